package io.fluidedge.metrics;

import java.util.List;

/**
 * Receives what one run emits, in simulated-time order, on the simulation thread: each request
 * at its arrival, uplink completion and inference completion (or its drop), each coherence
 * block's decision, and, when wanted, activity spans for trace.json.
 *
 * <p>The output writer ({@link RunRecorder}) and the entity-plugin hub implement it directly;
 * tests and tools may implement it to collect a run differently. Every method has a do-nothing
 * default.
 */
public interface RunListener {

  /**
   * The entity plugins' extra blocks.csv columns; called once, before the first block, and only
   * when there are some. Each later {@link BlockRecord#columns()} has one value per name.
   */
  default void blockColumns(List<String> names) {
  }

  /** A request arrived and was quantized and queued ({@code r.uplinkStartS()} is NaN). */
  default void arrival(RequestRecord r) {
  }

  /** An arrived request was dropped and will never complete. */
  default void dropped(RequestRecord r) {
  }

  /** A request's uplink transmission finished (its inference times are NaN). */
  default void uplinkDone(RequestRecord r) {
  }

  /** A request's inference finished; called in non-decreasing completion time. */
  default void inferenceDone(RequestRecord r) {
  }

  /** A coherence block's decision, at the block start, in block order. */
  default void block(BlockRecord b) {
  }

  /** Whether {@link #span} calls are wanted (asked once, when the run starts). */
  default boolean keepsSpans() {
    return false;
  }

  /**
   * An entity's activity span for trace.json; called only when {@link #keepsSpans()}.
   *
   * @param entity the entity and activity lane, e.g. {@code "user 2 uplink"}
   * @param name   the activity, e.g. {@code "request 17"}
   * @param lane   trace lane (&ge; 0)
   * @param startS start, simulated s
   * @param endS   end, simulated s (&ge; startS)
   */
  default void span(String entity, String name, int lane, double startS, double endS) {
  }

  /**
   * Two listeners as one: every call goes to {@code first}, then to {@code second}.
   *
   * @param first  told first
   * @param second told second
   * @return the pair
   */
  static RunListener tee(RunListener first, RunListener second) {
    return new Tee(first, second);
  }
}
