package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlogWriterTest {

  @TempDir
  Path dir;

  /**
   * The interval lines are HdrHistogram's own writer's bytes, for empty, small, wide and reused
   * (grown, then reset) histograms written one after the other through one writer.
   */
  @Test
  void interval_sameBytesAsHistogramLogWriter() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    Histogram reused = new Histogram(3);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(expected, false, StandardCharsets.UTF_8);
    HistogramLogWriter reference = new HistogramLogWriter(print);
    HlogWriter writer = new HlogWriter(dir, 0.1);
    List<Integer> sizes = List.of(0, 1, 7, 1000, 0, 50_000, 3, 0, 20_000);
    for (int w = 0; w < sizes.size(); w++) {
      reused.reset();
      for (int i = 0; i < sizes.get(w); i++) {
        // Latencies from 1 µs to about 30 s (w = 5 grows the histogram far beyond the rest).
        double exponent = w == 5 ? 3 + 7.5 * random.nextDouble() : 3 + 3 * random.nextDouble();
        reused.recordValue(Math.round(Math.pow(10, exponent)));
      }
      double startS = w * 0.1;
      writer.interval(startS, startS + 0.1, reused);
      reference.outputIntervalHistogram(startS, startS + 0.1, reused, 1e9);
    }
    Path out = dir.resolve("latency.hlog");
    writer.moveTo(out);
    writer.close();
    print.flush();
    String ours = Files.readString(out);
    String theirs = expected.toString(StandardCharsets.UTF_8);
    assertThat(theirs.lines().count()).isEqualTo(sizes.size());
    assertThat(ours).endsWith(theirs);
    assertThat(ours.lines().filter(l -> !l.startsWith("#") && !l.startsWith("\""))).hasSize(
        sizes.size());
  }
}
