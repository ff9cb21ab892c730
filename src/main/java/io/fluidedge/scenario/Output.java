package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Output settings (scenario section {@code output}).
 *
 * @param dir         output directory
 * @param windowS     latency window length for windows.csv and latency.hlog, s (&gt; 0)
 * @param requestsCsv write requests.csv.gz (one row per request)
 * @param plots       write plots/*.png
 * @param traceJson   write trace.json (Chrome trace-event format) of entity activity
 * @param eventLog    write events.log, one line per simulation event
 */
public record Output(String dir, double windowS, boolean requestsCsv, boolean plots, boolean traceJson,
    boolean eventLog) {

  /** Validates the directory and the window. */
  public Output {
    Objects.requireNonNull(dir, "dir");
    Radio.positive("window-s", windowS);
  }

  /**
   * Output settings without the event log.
   *
   * @param dir         output directory
   * @param windowS     latency window, s
   * @param requestsCsv write requests.csv.gz
   * @param plots       write the plots
   * @param traceJson   write trace.json
   */
  public Output(String dir, double windowS, boolean requestsCsv, boolean plots, boolean traceJson) {
    this(dir, windowS, requestsCsv, plots, traceJson, false);
  }
}
