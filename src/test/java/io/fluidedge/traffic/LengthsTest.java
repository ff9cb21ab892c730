package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.Streams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt and answer length distributions for trace gen, against their closed forms. */
class LengthsTest {

  @Test
  void zipf_frequenciesMatchTheProbabilitiesWithinTheirCi() {
    Lengths.Sampler z = Lengths.parse("zipf:1.2:50").sampler(Streams.of(3, "zipf"));
    int n = 200_000;
    long[] counts = new long[51];
    for (int i = 0; i < n; i++) {
      counts[(int) z.next()]++;
    }
    double h = 0;
    for (int k = 1; k <= 50; k++) {
      h += Math.pow(k, -1.2);
    }
    for (int k : new int[] {1, 2, 5, 20, 50}) {
      double p = Math.pow(k, -1.2) / h;
      double ci = 4 * Math.sqrt(p * (1 - p) / n);
      assertThat((double) counts[k] / n).as("P(%d)", k).isBetween(p - ci, p + ci);
    }
    assertThat(counts[0]).isZero();
  }

  @Test
  void lognormal_medianAndClampHold() {
    Lengths.Sampler l = Lengths.parse("lognormal:200:1.0:2000").sampler(Streams.of(3, "ln"));
    int n = 100_000;
    int below = 0;
    long max = 0;
    long min = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      long x = l.next();
      below += x < 200 ? 1 : 0;
      max = Math.max(max, x);
      min = Math.min(min, x);
    }
    // P(round(200·e^Z) < 200) = P(Z < ln(199.5/200)): a hair under 1/2.
    double p = umontreal.ssj.probdist.NormalDist.cdf01(Math.log(199.5 / 200));
    assertThat((double) below / n).isCloseTo(p, org.assertj.core.api.Assertions.within(
        4 * Math.sqrt(0.25 / n)));
    assertThat(max).isEqualTo(2000);
    assertThat(min).isGreaterThanOrEqualTo(1);
  }

  @Test
  void parse_rejectsBadTextNamingIt() {
    assertThatThrownBy(() -> Lengths.parse("gamma:1:2")).hasMessageContaining("lognormal:MEDIAN");
    assertThatThrownBy(() -> Lengths.parse("zipf:0:10")).hasMessageContaining("exponent");
    assertThatThrownBy(() -> Lengths.parse("lognormal:x:1")).hasMessageContaining("not a number");
  }

  @Test
  void lengths_leaveTheArrivalsUnchanged(@TempDir Path dir) throws IOException {
    TraceGenerator.Spec spec = TraceGenerator.Spec.poisson(3, 5, 1, 1);
    Path plain = dir.resolve("plain.csv");
    Path sized = dir.resolve("sized.csv");
    TraceGenerator.generate(spec, 9, 20, Long.MAX_VALUE, plain);
    TraceGenerator.generate(spec, Lengths.parse("lognormal:100:0.8"), Lengths.parse("zipf:1:500"),
        9, 20, Long.MAX_VALUE, sized);
    List<String> a = Files.readAllLines(plain);
    List<String> b = Files.readAllLines(sized);
    assertThat(b).hasSameSizeAs(a);
    for (int i = 1; i < a.size(); i++) {
      String[] x = a.get(i).split(",");
      String[] y = b.get(i).split(",");
      assertThat(y[0]).isEqualTo(x[0]);
      assertThat(y[1]).isEqualTo(x[1]);
    }
    assertThat(b.stream().skip(1).map(r -> r.split(",")[2]).distinct().count()).isGreaterThan(10);
  }
}
