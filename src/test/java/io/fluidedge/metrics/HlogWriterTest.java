package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HlogWriter} writes what HdrHistogram's own writer writes when called in line. */
class HlogWriterTest {

  @TempDir
  Path tmp;

  @Test
  void intervals_areTheBytesOfTheInLineWriter_throughGrowthAndEmptyWindows() throws IOException {
    double windowS = 0.1;
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(expected, false, StandardCharsets.UTF_8);
    HistogramLogWriter direct = new HistogramLogWriter(print);
    direct.outputComment("FluidEdge end-to-end request latency, one interval per window of "
        + Formats.decimal(windowS) + " s, by completion time");
    direct.outputComment("Values in ns (3 significant digits); timestamps in simulated s; "
        + "Interval_Max in s");
    direct.outputLogFormatVersion();
    direct.outputBaseTime(0);
    direct.outputLegend();
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    Path target = tmp.resolve("latency.hlog");
    SplittableRandom rnd = new SplittableRandom(7);
    Histogram window = new Histogram(3);
    int windows = 10 * HlogWriter.AHEAD + 3;
    try (HlogWriter hlog = new HlogWriter(spool, windowS)) {
      for (int w = 0; w < windows; w++) {
        // Empty windows, then latencies whose range grows now and then (the histogram resizes).
        int n = w % 7 == 3 ? 0 : rnd.nextInt(1, 400);
        long scale = 20_000L << Math.min(w / 9, 20);
        for (int i = 0; i < n; i++) {
          window.recordValue(1 + (long) (scale * -Math.log(1 - rnd.nextDouble())));
        }
        direct.outputIntervalHistogram(w * windowS, (w + 1) * windowS, window, 1e9);
        Histogram next = hlog.interval(w * windowS, (w + 1) * windowS, window, null);
        assertThat(next.getTotalCount()).isZero();
        window = next;
      }
      hlog.moveTo(target);
    }
    print.flush();
    assertThat(expected.size()).isGreaterThan(windows * 20);
    assertThat(Files.readString(target)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
  }

  @Test
  void interval_afterTheLogIsComplete_isRefused() throws IOException {
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    try (HlogWriter hlog = new HlogWriter(spool, 1)) {
      Histogram next = hlog.interval(0, 1, new Histogram(3), null);
      hlog.moveTo(tmp.resolve("latency.hlog"));
      assertThatThrownBy(() -> hlog.interval(1, 2, next, null))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("completed or closed");
    }
    assertThat(Files.readAllLines(tmp.resolve("latency.hlog")).get(5)).startsWith("0.000,1.000,");
  }

  /** Each window's histogram is read before it is reset, and awaitIntervals waits for all. */
  @Test
  void first_readsEveryHistogramBeforeItIsReset_andAwaitIntervalsWaitsForAll() throws IOException {
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    int windows = 3 * HlogWriter.AHEAD + 1;
    long[] seen = new long[windows];
    long[] recorded = new long[windows];
    try (HlogWriter hlog = new HlogWriter(spool, 1)) {
      Histogram window = new Histogram(3);
      for (int w = 0; w < windows; w++) {
        for (int i = 0; i <= w; i++) {
          window.recordValue(1000 + i);
        }
        recorded[w] = window.getTotalCount();
        int at = w;
        window = hlog.interval(w, w + 1, window, h -> seen[at] = h.getTotalCount());
      }
      hlog.awaitIntervals();
      assertThat(seen).containsExactly(recorded);
      hlog.moveTo(tmp.resolve("latency.hlog"));
    }
  }
}
