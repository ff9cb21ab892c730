package io.fluidedge.cli;

import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Traffic;
import io.fluidedge.traffic.TraceReader;
import io.fluidedge.traffic.TraceVerdicts;
import io.fluidedge.traffic.TrafficSource;

/**
 * The check {@code run} makes of its traffic before the output directory is touched and the clock
 * starts: the source is opened (an unknown source name or a bad trace header fails here) and a
 * trace is read once, row by row, exactly as far as the run will read it (to the first request
 * after {@code duration-s}), so that a bad row deep in the file fails in seconds instead of
 * after hours of simulation. The reader streams at about 3 million rows/s in constant memory;
 * a trace already read, unchanged and under the same settings, is not read again
 * ({@link TraceVerdicts}).
 *
 * <p>A column the scenario maps to a name of its own in {@code traffic.columns} must be in the
 * header; a column under its default name may be absent (users are then assigned, features and
 * tokens take their defaults). Under {@code on-bad-row: fail} the first bad row is an
 * InputException; under {@code skip} the rows the run will skip are counted. A trace that is not
 * a regular file (a pipe) is only opened, since it can be read once.
 */
final class TracePrescan {

  /**
   * What the scan found.
   *
   * @param file           the trace as named in messages
   * @param requests       requests the run will replay
   * @param rejected       rows the run will skip (on-bad-row: skip)
   * @param firstRejection the message of the first skipped row, or null
   * @param beyond         requests after duration-s, not replayed
   * @param beyondComplete false when a bad row after duration-s stopped the count of
   *                       {@code beyond} (then a lower bound)
   */
  record Result(String file, long requests, long rejected, String firstRejection, long beyond,
      boolean beyondComplete) {
  }

  private TracePrescan() {
  }

  /**
   * Opens the scenario's traffic source from the command's registry (so a traffic-source plugin
   * loaded with {@code --plugins} is known here as in the run) and, for a trace file, reads it
   * to the run's end.
   *
   * @param loaded   the scenario and its key locations
   * @param registry the command's plugin registry
   * @param maxRequests stop counting after this many requests (the run is then refused as too
   *                 large unless allowed; {@link Long#MAX_VALUE}: count them all)
   * @return the scan of a trace file, or null for other sources (and for a trace that is not a
   *         regular file)
   * @throws io.fluidedge.scenario.InputException for an unknown source or a bad trace
   */
  static Result scan(LoadedScenario loaded, PluginRegistry registry, long maxRequests) {
    Scenario scenario = loaded.scenario();
    try (TrafficSource source = registry.trafficSource(scenario)) {
      if (!(source instanceof TraceReader reader)) {
        return null;
      }
      Traffic.Columns names = scenario.traffic().columns();
      Traffic.Columns defaults = ScenarioLoader.defaults().traffic().columns();
      requireMapped(loaded, reader, "user", names.user(), defaults.user(),
          reader.hasUserColumn());
      requireMapped(loaded, reader, "features", names.features(), defaults.features(),
          reader.hasFeaturesColumn());
      requireMapped(loaded, reader, "tokens", names.tokens(), defaults.tokens(),
          reader.hasTokensColumn());
      if (!reader.isRegularFile()) {
        return null;
      }
      TraceVerdicts.Verdict v = TraceVerdicts.check(reader, scenario.durationS(), maxRequests);
      return new Result(reader.file(), v.requests(), v.rejected(), v.firstRejection(),
          v.beyond(), v.beyondComplete());
    }
  }

  /** A column mapped to a name other than its default must be in the header. */
  private static void requireMapped(LoadedScenario loaded, TraceReader reader, String column,
      String name, String defaultName, boolean present) {
    String key = "traffic.columns." + column;
    if (!present && !name.equals(defaultName)) {
      String header = String.join(", ", reader.header());
      throw loaded.locations().error(key, "column '" + name + "' is not in the header of "
          + reader.file() + " (" + (header.length() > 200 ? header.substring(0, 200) + "..."
          : header) + ")");
    }
  }
}
