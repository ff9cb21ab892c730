package io.fluidedge.plugin;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import java.util.List;
import java.util.Map;

/**
 * A simulated entity added by a plugin: it observes the network's events, may schedule its own
 * ({@link EntityContext#schedule}) and reports through summary.json and blocks.csv. Every method
 * has a do-nothing default; override the ones you need.
 *
 * <p>Plugins receive the same records the run writes ({@link RequestRecord}, {@link BlockRecord}).
 * Order within a run: {@link #start}, {@link #blockColumns}, then events in simulated-time
 * order — at block k, {@link #block} (after the block's allocation is decided) immediately
 * followed by {@link #blockValues}; per request {@link #arrival} (or {@link #dropped}),
 * {@link #uplinkDone}, {@link #inferenceDone} — and after the clock stops, {@link #summary} and
 * {@link #outputFiles}. Callbacks run on the simulation thread; one instance serves one run. Exceptions end the run (bad input if they are
 * {@link io.fluidedge.scenario.InputException}s, internal errors otherwise).
 */
public interface EntityPlugin {

  /** The run begins (simulated time 0); keep the context to read the clock or schedule events. */
  default void start(EntityContext context) {
  }

  /**
   * Block {@code block.block()} started and its allocation was decided ({@code block.columns()}
   * is empty: the plugins' values are asked next).
   */
  default void block(BlockRecord block) {
  }

  /** A request arrived and was quantized at its user's bits (later times are NaN). */
  default void arrival(RequestRecord request) {
  }

  /** An arrived request was dropped and will never complete. */
  default void dropped(RequestRecord request) {
  }

  /**
   * A queued request was removed because its deadline passed (slo.drop-expired); its times
   * show where it was (uplink done NaN: at its device, else at the server). By default a drop.
   */
  default void expired(RequestRecord request) {
    dropped(request);
  }

  /** A request's uplink transmission finished (inference times are NaN). */
  default void uplinkDone(RequestRecord request) {
  }

  /** A request's inference finished (its end-to-end latency is known). */
  default void inferenceDone(RequestRecord request) {
  }

  /**
   * Extra blocks.csv columns, appended after the core's; asked once, after {@link #start}. Prefix
   * them with the plugin's name (e.g. {@code energy_combiner_j}); names must be unique in the run.
   */
  default List<String> blockColumns() {
    return List.of();
  }

  /**
   * The values of {@link #blockColumns()} for the block just announced to {@link #block}.
   *
   * @return one finite or NaN value per column (NaN is written as an empty cell)
   */
  default double[] blockValues(BlockRecord block) {
    return new double[0];
  }

  /**
   * This plugin's section of summary.json, under its name (ordered maps keep key order; values
   * are numbers, strings, booleans, lists and maps; non-finite numbers become null). An empty map
   * adds no section.
   */
  default Map<String, Object> summary() {
    return Map.of();
  }

  /**
   * Extra files for the run's output directory, by plain file name (letters, digits, '.', '_',
   * '-'; no directory part, not one of the core's own outputs), with their text. Asked once
   * after {@link #summary} by runs that write an output directory; others do not ask. Prefix the
   * names with the plugin's name (e.g. {@code fl-rounds.csv}).
   */
  default Map<String, String> outputFiles() {
    return Map.of();
  }
}
