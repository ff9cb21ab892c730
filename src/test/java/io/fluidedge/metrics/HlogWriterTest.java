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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HlogWriter} writes what HdrHistogram's own writer writes when the latencies are recorded
 * in line, and fills the users' histograms as recording in line does.
 */
class HlogWriterTest {

  @TempDir
  Path tmp;

  @Test
  void intervalsAndUsers_areThoseOfRecordingInLine_throughGrowthChunksAndEmptyWindows()
      throws IOException {
    double windowS = 0.1;
    int users = 3;
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
    Histogram[] inLine = new Histogram[users];
    Histogram[] kept = new Histogram[users];
    for (int k = 0; k < users; k++) {
      inLine[k] = new Histogram(3);
      kept[k] = new Histogram(3);
    }
    int windows = 10 * HlogWriter.AHEAD + 3;
    long entries = 0;
    try (HlogWriter hlog = new HlogWriter(spool, windowS, kept)) {
      for (int w = 0; w < windows; w++) {
        // Empty windows, windows longer than a chunk, and latencies whose range grows now and
        // then (the histograms resize).
        int n = w % 7 == 3 ? 0 : w % 11 == 5 ? HlogWriter.CHUNK + rnd.nextInt(3 * HlogWriter.CHUNK)
            : rnd.nextInt(1, 400);
        long scale = 20_000L << Math.min(w / 9, 20);
        for (int i = 0; i < n; i++) {
          long v = 1 + (long) (scale * -Math.log(1 - rnd.nextDouble()));
          int user = rnd.nextInt(users);
          window.recordValue(v);
          inLine[user].recordValue(v);
          hlog.latency(v, user);
        }
        entries += n + 1;
        direct.outputIntervalHistogram(w * windowS, (w + 1) * windowS, window, 1e9);
        window.reset();
        hlog.interval(w * windowS, (w + 1) * windowS, null);
      }
      hlog.awaitIntervals();
      for (int k = 0; k < users; k++) {
        assertThat(kept[k]).isEqualTo(inLine[k]);
        assertThat(kept[k].getMaxValue()).isEqualTo(inLine[k].getMaxValue());
        assertThat(kept[k].getTotalCount()).isPositive();
      }
      hlog.moveTo(target);
    }
    print.flush();
    assertThat(entries).isGreaterThan(5L * HlogWriter.CHUNK);
    assertThat(expected.size()).isGreaterThan(windows * 20);
    assertThat(Files.readString(target)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
  }

  @Test
  void interval_afterTheLogIsComplete_isRefused() throws IOException {
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    try (HlogWriter hlog = new HlogWriter(spool, 1, new Histogram[] {new Histogram(3)})) {
      hlog.latency(5000, 0);
      hlog.interval(0, 1, null);
      hlog.moveTo(tmp.resolve("latency.hlog"));
      assertThatThrownBy(() -> hlog.interval(1, 2, null))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("completed or closed");
    }
    assertThat(Files.readAllLines(tmp.resolve("latency.hlog")).get(5)).startsWith("0.000,1.000,");
  }

  /** Each window's histogram is read before it is reset, and awaitIntervals waits for all. */
  @Test
  void first_readsEveryWindowBeforeItIsReset_andAwaitIntervalsWaitsForAll() throws IOException {
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    int windows = 3 * HlogWriter.AHEAD + 1;
    long[] seen = new long[windows];
    long[] recorded = new long[windows];
    Histogram user = new Histogram(3);
    long total = 0;
    try (HlogWriter hlog = new HlogWriter(spool, 1, new Histogram[] {user})) {
      for (int w = 0; w < windows; w++) {
        // Window w has w·CHUNK/4 + 1 latencies: chunks end inside windows and between them.
        int n = w * (HlogWriter.CHUNK / 4) + 1;
        for (int i = 0; i < n; i++) {
          hlog.latency(1000 + i % 977, 0);
        }
        recorded[w] = n;
        total += n;
        int at = w;
        hlog.interval(w, w + 1, h -> seen[at] = h.getTotalCount());
      }
      hlog.awaitIntervals();
      assertThat(seen).containsExactly(recorded);
      assertThat(user.getTotalCount()).isEqualTo(total);
      hlog.moveTo(tmp.resolve("latency.hlog"));
    }
  }

  @Test
  @Timeout(60)
  void awaitIntervals_afterClose_returns() throws IOException {
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    HlogWriter hlog = new HlogWriter(spool, 1, new Histogram[] {new Histogram(3)});
    for (int w = 0; w < 4 * HlogWriter.AHEAD; w++) {
      for (int i = 0; i < HlogWriter.CHUNK; i++) {
        hlog.latency(1000 + i, 0);
      }
      hlog.interval(w, w + 1, null);
    }
    hlog.close();
    hlog.awaitIntervals();
    assertThat(Files.list(spool)).isEmpty();
  }
}
