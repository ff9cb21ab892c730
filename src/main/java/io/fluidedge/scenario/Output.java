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
 */
public record Output(String dir, double windowS, boolean requestsCsv, boolean plots, boolean traceJson) {

  public Output {
    Objects.requireNonNull(dir, "dir");
    Radio.positive("window-s", windowS);
  }
}
