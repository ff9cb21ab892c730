package io.fluidedge.cli;

import io.fluidedge.scenario.Scenario;
import io.fluidedge.sim.Components;
import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TraceReader;
import io.fluidedge.traffic.TrafficSource;

/**
 * The check {@code run} makes of its traffic before the output directory is touched and the clock
 * starts: the source is opened (an unknown source name or a bad trace header fails here) and a
 * trace is read once, row by row, exactly as far as the run will read it (to the first request
 * after {@code duration-s}), so that a bad row deep in the file fails in seconds instead of
 * after hours of simulation. The reader streams at about 3 million rows/s in constant memory.
 *
 * <p>Under {@code on-bad-row: fail} the first bad row is an {@link
 * io.fluidedge.scenario.InputException}; under {@code skip} the rows the run will skip are
 * counted. A trace that is not a regular file (a pipe) is only opened, since it can be read once.
 */
final class TracePrescan {

  /**
   * What the scan found.
   *
   * @param file           the trace as named in messages
   * @param requests       requests the run will replay
   * @param rejected       rows the run will skip (on-bad-row: skip)
   * @param firstRejection the message of the first skipped row, or null
   */
  record Result(String file, long requests, long rejected, String firstRejection) {
  }

  private TracePrescan() {
  }

  /**
   * Opens the scenario's traffic source and, for a trace file, reads it to the run's end.
   *
   * @return the scan of a trace file, or null for other sources (and for a trace that is not a
   *         regular file)
   * @throws io.fluidedge.scenario.InputException for an unknown source or a bad trace
   */
  static Result scan(Scenario scenario) {
    try (TrafficSource source = Components.traffic(scenario)) {
      if (!(source instanceof TraceReader reader) || !reader.isRegularFile()) {
        return null;
      }
      long requests = 0;
      for (Request r = reader.next(); r != null && r.timeS() <= scenario.durationS();
          r = reader.next()) {
        requests++;
      }
      return new Result(reader.file(), requests, reader.rejectedRows(), reader.firstRejection());
    }
  }
}
