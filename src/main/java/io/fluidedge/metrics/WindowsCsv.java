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
 * numbers use {@link Formats#decimal}.
 */
final class WindowsCsv {

  /** The header row (contract). */
  static final String HEADER = "window_start_s,count,mean_s,p50_s,p90_s,p99_s,max_s,mean_psnr_db";

  private WindowsCsv() {}

  static void write(Path file, double windowS, List<WindowStats> windows) throws IOException {
    AtomicFiles.write(file, stream -> {
      Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      out.write(HEADER);
      out.write('\n');
      for (WindowStats w : windows) {
        LatencyStats s = w.latency();
        out.write(Formats.multiple(w.index(), windowS) + ',' + s.count() + ',' + Formats.decimal(s.meanS())
            + ',' + Formats.decimal(s.p50S()) + ',' + Formats.decimal(s.p90S()) + ','
            + Formats.decimal(s.p99S()) + ',' + Formats.decimal(s.maxS()) + ','
            + Formats.decimal(w.psnrDbMean()) + '\n');
      }
      out.flush();
    });
  }
}
