package io.fluidedge.metrics;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Streams {@code latency.hlog}, an HdrHistogram interval log with one interval per window, to a
 * spool file as windows close.
 *
 * <p>Values are latencies in ns; interval timestamps are simulated seconds from 0 (base time 0,
 * no wall-clock start time, so the file is deterministic); the interval max column is in s. The
 * log format prints timestamps with 3 decimals, so windows shorter than 1 ms lose their exact
 * start in the log (windows.csv keeps it).
 */
final class HlogWriter implements Closeable {

  private final Spool spool;
  private final PrintStream print;
  private final HistogramLogWriter writer;

  HlogWriter(Path spoolDir, double windowS) throws IOException {
    spool = Spool.create(spoolDir, RunOutputs.LATENCY_HLOG);
    print = new PrintStream(spool.stream(), false, StandardCharsets.UTF_8);
    writer = new HistogramLogWriter(print);
    writer.outputComment("FluidEdge end-to-end request latency, one interval per window of "
        + Formats.decimal(windowS) + " s, by completion time");
    writer.outputComment("Values in ns (3 significant digits); timestamps in simulated s; Interval_Max in s");
    writer.outputLogFormatVersion();
    writer.outputBaseTime(0);
    writer.outputLegend();
  }

  /**
   * Appends one interval.
   *
   * @param startS    window start, s
   * @param endS      window end, s
   * @param histogram the window's latencies in ns (not modified)
   */
  void interval(double startS, double endS, Histogram histogram) {
    writer.outputIntervalHistogram(startS, endS, histogram, 1e9);
  }

  /** Completes the log and moves it to {@code target}. */
  void moveTo(Path target) throws IOException {
    print.flush();
    check();
    spool.moveTo(target);
  }

  @Override
  public void close() throws IOException {
    spool.close();
  }

  private void check() throws IOException {
    if (print.checkError()) {
      throw new IOException("cannot write " + spool.path() + ": the write failed (is the disk full?)");
    }
  }
}
