package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PrefetchReaderTest {

  private static String text(int length, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) rng.nextInt(0x20, 0x3000));
    }
    return sb.toString();
  }

  /** Reads everything with read lengths drawn at random, as a parser's refills would. */
  private static String drain(Reader r, long seed) throws IOException {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[100_000];
    for (int n; (n = r.read(buf, 0, 1 + rng.nextInt(buf.length))) >= 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void read_anyLength_sameCharactersInOrder() throws IOException {
    for (int length : new int[] {0, 1, 65_535, 65_536, 65_537, 4 * 65_536, 1_000_003}) {
      String expected = text(length, length);
      try (PrefetchReader r = new PrefetchReader(new StringReader(expected), "t")) {
        assertThat(drain(r, length)).as("length %d", length).isEqualTo(expected);
        assertThat(r.read(new char[8], 0, 8)).isEqualTo(-1);
      }
    }
  }

  @Test
  void read_sourceFailsMidway_charactersBeforeThenTheErrorEveryTime() throws IOException {
    String good = text(200_000, 7);
    Reader failing = new Reader() {
      private final StringReader in = new StringReader(good);

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n < 0) {
          throw new IOException("corrupt at the end");
        }
        return n;
      }

      @Override
      public void close() {
      }
    };
    try (PrefetchReader r = new PrefetchReader(failing, "t")) {
      char[] buf = new char[good.length()];
      int got = 0;
      while (got < buf.length) {
        got += r.read(buf, got, buf.length - got);
      }
      assertThat(new String(buf)).isEqualTo(good);
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> r.read(buf, 0, 1)).isInstanceOf(IOException.class)
            .hasMessage("corrupt at the end");
      }
    }
  }

  @Test
  void close_beforeTheEnd_stopsTheThreadAndClosesTheSource() throws IOException {
    AtomicBoolean sourceClosed = new AtomicBoolean();
    Reader endless = new Reader() {
      @Override
      public int read(char[] b, int off, int len) {
        return len;
      }

      @Override
      public void close() {
        sourceClosed.set(true);
      }
    };
    PrefetchReader r = new PrefetchReader(endless, "t");
    assertThat(r.read(new char[10], 0, 10)).isEqualTo(10);
    r.close();
    assertThat(r.running()).isFalse();
    assertThat(sourceClosed).isTrue();
  }
}
