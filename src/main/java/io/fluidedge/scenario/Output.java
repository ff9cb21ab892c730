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
 * @param plotFormats the figure formats, each of {@link #PLOT_FORMATS}, at least one
 */
public record Output(String dir, double windowS, boolean requestsCsv, boolean plots, boolean traceJson,
    List<String> plotFormats) {

  /** The known figure formats ({@code output.plot-formats}). */
  public static final List<String> PLOT_FORMATS = List.of("png", "svg", "pdf");

  public Output {
    Objects.requireNonNull(dir, "dir");
    Radio.positive("window-s", windowS);
    plotFormats = List.copyOf(plotFormats);
    if (plotFormats.isEmpty() || !PLOT_FORMATS.containsAll(plotFormats)) {
      throw new IllegalArgumentException("plot-formats must list some of " + PLOT_FORMATS + ": "
          + plotFormats);
    }
  }

  /** Output settings with PNG figures only (the default of {@code output.plot-formats}). */
  public Output(String dir, double windowS, boolean requestsCsv, boolean plots,
      boolean traceJson) {
    this(dir, windowS, requestsCsv, plots, traceJson, List.of("png"));
  }
}
