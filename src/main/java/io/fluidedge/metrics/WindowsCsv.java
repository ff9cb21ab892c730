package io.fluidedge.metrics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code windows.csv}: one row per window from 0 to the last window of the run.
 *
 * <p>{@code window_start_s} is the exact decimal {@code index · windowS}
 * ({@link Formats#multiple}); an empty window has count 0 and empty statistic fields; other
 * numbers use {@link Formats#decimal}. The latency columns cover the measured requests
 * completed in the window; the flow columns of {@link WindowFlows} follow.
 */
final class WindowsCsv {

  /** The header row (contract). */
  static final String HEADER = "window_start_s,count,mean_s,p50_s,p90_s,p99_s,max_s,mean_psnr_db";

  private WindowsCsv() {}

  /** Window w's simulated length: windowS, or less for a last window cut by the run's end. */
  static double length(long w, double windowS, double simulatedS) {
    double endS = (w + 1) * windowS;
    double left = simulatedS - w * windowS;
    return endS <= simulatedS || !(left > 0) ? windowS : Math.min(windowS, left);
  }

  /**
   * Writes the file.
   *
   * @param flows      the flow columns appended to each row
   * @param simulatedS the simulated time reached (the last window's averages are over its
   *                   simulated part), s
   */
  static void write(Path file, double windowS, List<WindowStats> windows, WindowFlows flows,
      double simulatedS) throws IOException {
    AtomicFiles.write(file, stream -> {
      Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      out.write(HEADER + flows.header());
      out.write('\n');
      for (WindowStats w : windows) {
        LatencyStats s = w.latency();
        out.write(Formats.multiple(w.index(), windowS) + ',' + s.count() + ',' + Formats.decimal(s.meanS())
            + ',' + Formats.decimal(s.p50S()) + ',' + Formats.decimal(s.p90S()) + ','
            + Formats.decimal(s.p99S()) + ',' + Formats.decimal(s.maxS()) + ','
            + Formats.decimal(w.psnrDbMean()) + flows.row(w.index(), length(w.index(), windowS,
            simulatedS)) + '\n');
      }
      out.flush();
    });
  }
}
