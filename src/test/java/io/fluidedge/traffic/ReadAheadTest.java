package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Streams;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

  @TempDir
  Path dir;

  /**
   * A trace of {@code rows} data rows; with {@code badEvery} &gt; 0 about one row in that many
   * is bad in one of four ways (not a number, negative, user out of range, earlier time).
   */
  private static String trace(int rows, int badEvery, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("time_s,user,features\n");
    double t = 0;
    for (int i = 0; i < rows; i++) {
      t += rng.nextDouble() * 1e-3;
      String time = Double.toString(t);
      String user = Integer.toString(rng.nextInt(4));
      if (badEvery > 0 && rng.nextInt(badEvery) == 0) {
        switch (rng.nextInt(4)) {
          case 0 -> time = "x" + i;
          case 1 -> time = "-1";
          case 2 -> user = "9";
          default -> time = Double.toString(t / 2);
        }
      }
      sb.append(time).append(',').append(user).append(',').append(1 + rng.nextInt(500))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Step by step the same requests, the same rejected-row count after each and the same first
   * rejection as the reader alone, across batch boundaries and with skipped rows.
   */
  @Test
  void next_sameAsTheReaderStepByStep() {
    int[] lengths = {0, 1, ReadAhead.BATCH - 1, ReadAhead.BATCH, ReadAhead.BATCH + 1,
        5 * ReadAhead.BATCH + 17, 20_000};
    for (int rows : lengths) {
      for (int badEvery : new int[] {0, 3, 50}) {
        Path file = Traces.write(dir.resolve("t" + rows + "-" + badEvery + ".csv"),
            trace(rows, badEvery, rows * 31L + badEvery));
        try (TraceReader direct = TraceReader.open(file, Traces.skipping(), 4, 100);
            TrafficSource ahead = ReadAhead.of(
                TraceReader.open(file, Traces.skipping(), 4, 100), 0)) {
          assertThat(ahead).isInstanceOf(ReadAhead.class);
          for (int step = 0; ; step++) {
            Request expected = direct.next();
            Request got = ahead.next();
            String at = "rows " + rows + " bad 1/" + badEvery + " step " + step;
            assertThat(got).as(at).isEqualTo(expected);
            assertThat(ahead.rejectedRows()).as(at).isEqualTo(direct.rejectedRows());
            assertThat(ahead.firstRejection()).as(at).isEqualTo(direct.firstRejection());
            if (expected == null) {
              break;
            }
          }
          assertThat(ahead.next()).isNull();
          if (badEvery == 3 && rows > 100) {
            assertThat(ahead.rejectedRows()).isPositive();
          }
        }
      }
    }
  }

  /** A bad row under on-bad-row: fail is thrown after every request before it, as the reader's. */
  @Test
  void next_badRowUnderFail_requestsBeforeItThenTheReadersError() {
    String text = trace(3000, 0, 5);
    int badLine = 2 + 2500; // header, then data row 2500 (0-based)
    String[] lines = text.split("\n", -1);
    lines[badLine - 1] = "oops,1,10";
    Path file = Traces.write(dir.resolve("bad.csv"), String.join("\n", lines));
    String expected = null;
    try (TraceReader direct = TraceReader.open(file, Traces.settings(), 4, 100)) {
      for (int i = 0; i < 2500; i++) {
        direct.next();
      }
      try {
        direct.next();
      } catch (InputException e) {
        expected = e.getMessage();
      }
    }
    assertThat(expected).contains("bad.csv:" + badLine + ":1:");
    try (TrafficSource ahead = ReadAhead.of(TraceReader.open(file, Traces.settings(), 4, 100), 0)) {
      for (int i = 0; i < 2500; i++) {
        assertThat(ahead.next()).as("request %d", i).isNotNull();
      }
      assertThatThrownBy(ahead::next).isInstanceOf(InputException.class)
          .hasMessage(expected);
    }
  }

  /**
   * Rows skipped beyond the requests taken are not counted, though the thread has read them:
   * a run that stops early reports the rows skipped before its end only.
   */
  @Test
  void rejectedRows_countsOnlyRowsBeforeTheRequestsTaken() {
    StringBuilder sb = new StringBuilder("time_s\n");
    for (int i = 0; i < 3 * ReadAhead.BATCH; i++) {
      sb.append(i < 10 ? Integer.toString(i) : "bad").append('\n');
    }
    Path file = Traces.write(dir.resolve("tail.csv"), sb.toString());
    try (TrafficSource ahead = ReadAhead.of(TraceReader.open(file, Traces.skipping(), 1, 1), 0)) {
      for (int i = 0; i < 10; i++) {
        assertThat(ahead.next().timeS()).isEqualTo(i);
        assertThat(ahead.rejectedRows()).isZero();
        assertThat(ahead.firstRejection()).isNull();
      }
      assertThat(ahead.next()).isNull();
      assertThat(ahead.rejectedRows()).isEqualTo(3 * ReadAhead.BATCH - 10);
      assertThat(ahead.firstRejection()).contains("tail.csv:12:1:");
    }
  }

  /** Closing before the end stops the thread (and closes the reader); closing again is a no-op. */
  @Test
  void close_beforeTheEnd_stopsTheThread() {
    Path file = Traces.gzip(dir.resolve("long.csv.gz"), trace(200_000, 0, 9));
    ReadAhead ahead = (ReadAhead) ReadAhead.of(
        TraceReader.open(file, Traces.settings(), 4, 100), 0);
    for (int i = 0; i < 10; i++) {
      assertThat(ahead.next()).isNotNull();
    }
    assertThat(ahead.running()).isTrue();
    ahead.close();
    assertThat(ahead.running()).isFalse();
    ahead.close();
  }

  /** Generated sources are not worth a thread: they come back as they are. */
  @Test
  void of_generatedSource_returnedAsItIs() {
    TrafficSource poisson = new PoissonSource(Streams.of(1, "t"), 2, 10, 100, 1, 1);
    assertThat(ReadAhead.of(poisson, 0)).isSameAs(poisson);
  }

  /** With every processor running a simulation, the trace is read on the caller's thread. */
  @Test
  void of_noProcessorFree_returnsTheReader() {
    Path file = Traces.write(dir.resolve("busy.csv"), trace(10, 0, 3));
    try (TraceReader reader = TraceReader.open(file, Traces.settings(), 4, 100)) {
      int processors = Runtime.getRuntime().availableProcessors();
      assertThat(ReadAhead.of(reader, processors)).isSameAs(reader);
    }
  }
}
