package io.fluidedge.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Output settings (scenario section {@code output}).
 *
 * @param dir         output directory
 * @param windowS     latency window length for windows.csv and latency.hlog, s (&gt; 0)
 * @param requestsCsv write requests.csv.gz (one row per request)
 * @param plots       write the figures in plots/
 * @param traceJson   write trace.json (Chrome trace-event format) of entity activity
 * @param eventLog    write events.log, one line per simulation event
 * @param plotFormats the figure formats, each of {@link #PLOT_FORMATS}, at least one
 */
public record Output(String dir, double windowS, boolean requestsCsv, boolean plots, boolean traceJson,
    boolean eventLog, List<String> plotFormats) {

  /** The known figure formats ({@code output.plot-formats}). */
  public static final List<String> PLOT_FORMATS = List.of("png", "svg", "pdf");

  /** Validates the directory, the window and the figure formats. */
  public Output {
    Objects.requireNonNull(dir, "dir");
    Radio.positive("window-s", windowS);
    plotFormats = List.copyOf(plotFormats);
    if (plotFormats.isEmpty() || !PLOT_FORMATS.containsAll(plotFormats)) {
      throw new IllegalArgumentException("plot-formats must list some of " + PLOT_FORMATS + ": "
          + plotFormats);
    }
  }

  /**
   * Output settings with PNG figures only (the default of {@code output.plot-formats}).
   *
   * @param dir         output directory
   * @param windowS     latency window, s
   * @param requestsCsv write requests.csv.gz
   * @param plots       write the plots
   * @param traceJson   write trace.json
   * @param eventLog    write events.log
   */
  public Output(String dir, double windowS, boolean requestsCsv, boolean plots, boolean traceJson,
      boolean eventLog) {
    this(dir, windowS, requestsCsv, plots, traceJson, eventLog, List.of("png"));
  }

  /**
   * Output settings without the event log, PNG figures only.
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
