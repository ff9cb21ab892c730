package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvScannerTest {

  @Test
  void number_matchesDoubleParseDouble() throws IOException {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    int n = 20_000;
    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      double v = Math.scalb(random.nextDouble(), random.nextInt(80) - 40);
      texts[i] = switch (i % 6) {
        case 0 -> Double.toString(v);
        case 1 -> String.format(java.util.Locale.ROOT, "%.9f", v);
        case 2 -> String.format(java.util.Locale.ROOT, "%.17e", v);
        case 3 -> Long.toString(random.nextLong() >>> random.nextInt(64));
        case 4 -> "-" + String.format(java.util.Locale.ROOT, "%.3f", v);
        default -> String.format(java.util.Locale.ROOT, "  %.20f\t", v);
      };
      sb.append(texts[i]).append('\n');
    }
    sb.append("0.1\n.5\n5.\n+2\n-0\n1E5\n1e-5\n0.000000000000000000001\n"
        + "123456789012345678901234567890\n9007199254740993\n2.2250738585072014E-308\n");
    try (CsvScanner csv = new CsvScanner(new StringReader(sb.toString()), "x")) {
      for (int i = 0; csv.next(); i++) {
        String text = csv.text(0);
        double expected = Double.parseDouble(text);
        assertThat(Double.doubleToLongBits(csv.number(0, "v")))
            .as("%s", text).isEqualTo(Double.doubleToLongBits(expected));
      }
    }
  }

  /**
   * Numbers of 1 to 20 digits, split at random between the integer part and the fraction, with
   * leading zeros and optional exponents: the same double as Double.parseDouble, on both sides
   * of the 15 digits up to which the digits are taken four at a time.
   */
  @Test
  void number_ofEveryDigitCount_matchesDoubleParseDouble() throws IOException {
    Random random = new Random(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      int count = 1 + i % 20;
      int point = random.nextInt(count + 1); // digits before the point
      StringBuilder t = new StringBuilder(random.nextInt(8) == 0 ? "-" : "");
      for (int d = 0; d < count; d++) {
        if (d == point) {
          t.append('.');
        }
        t.append((char) ('0' + (random.nextInt(4) == 0 ? 0 : random.nextInt(10))));
      }
      if (point == count && random.nextBoolean()) {
        t.append('.');
      }
      if (random.nextInt(4) == 0) {
        t.append('e').append(random.nextInt(40) - 20);
      }
      sb.append(t).append('\n');
    }
    int n = 0;
    try (CsvScanner csv = new CsvScanner(new StringReader(sb.toString()), "x")) {
      for (; csv.next(); n++) {
        String text = csv.text(0);
        assertThat(Double.doubleToLongBits(csv.number(0, "v"))).as("%s", text)
            .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
      }
    }
    assertThat(n).isEqualTo(40_000);
  }

  @Test
  void next_splitsQuotedFields() throws IOException {
    try (CsvScanner csv = new CsvScanner(new StringReader("a,\"b,\"\"c\"\"\",\"\"\r\nx"), "x")) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.fields()).isEqualTo(3);
      assertThat(csv.text(1)).isEqualTo("b,\"c\"");
      assertThat(csv.text(2)).isEmpty();
      assertThat(csv.next()).isTrue();
      assertThat(csv.line()).isEqualTo(2);
      assertThat(csv.text(0)).isEqualTo("x");
      assertThat(csv.next()).isFalse();
    }
  }

  /**
   * The whole-record path for unquoted LF-ended records gives what the char-by-char loop gives:
   * the same records, fields, texts, lines and errors, on random documents of commas, quotes,
   * CR, LF, CRLF, spaces, blank lines and a BOM, read in random chunks so that records cross the
   * buffer's end.
   */
  @Test
  void wholeRecordPath_readsAsTheCharByCharLoop() throws IOException {
    Random random = new Random(11);
    String[] pieces = {"a", "12", "0.5", "-3e2", ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"",
        "\"\"", " ", "\t", "x\"y"};
    int fastRecords = 0;
    for (int doc = 0; doc < 3000; doc++) {
      StringBuilder sb = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
      int n = random.nextInt(doc % 10 == 0 ? 20_000 : 60);
      for (int i = 0; i < n; i++) {
        // mostly plain rows, as a trace has
        sb.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)]
            : "0." + random.nextInt(1_000_000) + "," + random.nextInt(4) + ",100,1\n");
      }
      String text = sb.toString();
      int chunk = 1 + random.nextInt(doc % 2 == 0 ? 70_000 : 50);
      List<String> slow = records(new CsvScanner(new Chunked(text, chunk), "f", false));
      List<String> fast = records(new CsvScanner(new Chunked(text, chunk), "f", true));
      assertThat(fast).as("document %d: %s", doc, text.length() < 300 ? text : "long")
          .isEqualTo(slow);
      fastRecords += fast.size();
    }
    assertThat(fastRecords).isGreaterThan(100_000);
  }

  /** Each record as "line|field|field|...", then the error if reading stopped on one. */
  private static List<String> records(CsvScanner csv) throws IOException {
    List<String> out = new ArrayList<>();
    try (csv) {
      while (csv.next()) {
        StringBuilder sb = new StringBuilder().append(csv.line());
        for (int i = 0; i < csv.fields(); i++) {
          sb.append('|').append(csv.text(i));
        }
        out.add(sb.toString());
      }
    } catch (InputException e) {
      out.add("error: " + e.getMessage());
    }
    return out;
  }

  /** A reader that hands out at most {@code chunk} chars per read. */
  private static final class Chunked extends Reader {
    private final String text;
    private final int chunk;
    private int pos;

    Chunked(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (pos == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), text.length() - pos);
      text.getChars(pos, pos + n, cbuf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {
    }
  }
}
