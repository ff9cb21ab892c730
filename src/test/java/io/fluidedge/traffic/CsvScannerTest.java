package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
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
}
