package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PoissonSourceTest {

  private static final int K = 4;
  private static final double RATE_HZ = 10;
  private static final double T_S = 1000;

  @Test
  @Tag("validation")
  void next_countRateCvAndUsersMatchPoissonTheory() {
    long n = 0;
    long[] perUser = new long[K];
    double last = 0;
    double sum = 0;
    double sumSq = 0;
    try (PoissonSource src = new PoissonSource(Streams.of(11, "traffic"), K, RATE_HZ, 1000, T_S)) {
      Request r;
      while ((r = src.next()) != null) {
        assertThat(r.timeS()).isGreaterThanOrEqualTo(last).isLessThan(T_S);
        double gap = r.timeS() - last;
        sum += gap;
        sumSq += gap * gap;
        last = r.timeS();
        perUser[r.user()]++;
        assertThat(r.features()).isEqualTo(1000);
        assertThat(r.tokens()).isEqualTo(1);
        n++;
      }
    }
    // N ~ Poisson(K λ T): mean 40000, sd 200; 4 sd is a 99.99% interval.
    double mean = K * RATE_HZ * T_S;
    assertThat((double) n).isCloseTo(mean, org.assertj.core.data.Offset.offset(4 * Math.sqrt(mean)));
    // CV of exponential gaps is 1; the estimator's sd is about 1/sqrt(n) ≈ 0.005.
    double m = sum / n;
    double cv = Math.sqrt(sumSq / n - m * m) / m;
    assertThat(cv).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.03));
    // Users uniform: chi-square with K - 1 = 3 degrees of freedom, 0.1% critical value 16.27.
    double chi2 = 0;
    for (long c : perUser) {
      double e = (double) n / K;
      chi2 += (c - e) * (c - e) / e;
    }
    assertThat(chi2).isLessThan(16.27);
  }

  @Test
  void next_sameSeedSameRequests() {
    assertThat(draw(5)).isEqualTo(draw(5)).isNotEqualTo(draw(6));
  }

  @Test
  void next_zeroRateGivesNothing() {
    try (PoissonSource src = new PoissonSource(Streams.of(1, "t"), K, 0, 1000, 100)) {
      assertThat(src.next()).isNull();
      assertThat(src.next()).isNull();
    }
  }

  @Test
  void next_afterExhaustionStaysNull() {
    try (PoissonSource src = new PoissonSource(Streams.of(1, "t"), 1, 5, 1000, 1)) {
      while (src.next() != null) {
        // drain
      }
      assertThat(src.next()).isNull();
      assertThat(src.rejectedRows()).isZero();
    }
  }

  @Test
  void constructor_rejectsBadParameters() {
    assertThatThrownBy(() -> new PoissonSource(Streams.of(1, "t"), 0, 1, 1, 1))
        .hasMessageContaining("users must be >= 1: 0");
    assertThatThrownBy(() -> new PoissonSource(Streams.of(1, "t"), 1, -1, 1, 1))
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> new PoissonSource(Streams.of(1, "t"), 1, 1, 0, 1))
        .hasMessageContaining("features");
  }

  private static List<Request> draw(long seed) {
    List<Request> out = new ArrayList<>();
    try (PoissonSource src = new PoissonSource(Streams.of(seed, "traffic"), K, RATE_HZ, 1, 10)) {
      Request r;
      while ((r = src.next()) != null) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void perUserRates_equalValuesGiveExactlyTheUniformRequests() {
    PoissonSource uniform = new PoissonSource(Streams.of(3, "traffic"), 3, 20, 500, 1.0, 50);
    PoissonSource classes = new PoissonSource(Streams.of(3, "traffic"), new double[] {20, 20, 20},
        new double[] {500, 500, 500}, 50);
    Request a;
    int n = 0;
    while ((a = uniform.next()) != null) {
      Request b = classes.next();
      assertThat(b).isNotNull();
      assertThat(List.of(b.timeS(), (double) b.user(), b.features()))
          .isEqualTo(List.of(a.timeS(), (double) a.user(), a.features()));
      n++;
    }
    assertThat(classes.next()).isNull();
    assertThat(n).isGreaterThan(2000);
  }

  @Test
  @Tag("validation")
  void perUserRates_eachUserGetsItsShareAndItsFeatureSize() {
    double[] rates = {30, 5, 0, 15};
    double[] features = {100, 200, 300, 400};
    long[] count = new long[4];
    try (PoissonSource src = new PoissonSource(Streams.of(8, "traffic"), rates, features, 400)) {
      Request r;
      while ((r = src.next()) != null) {
        count[r.user()]++;
        assertThat(r.features()).isEqualTo(features[r.user()]);
      }
    }
    for (int k = 0; k < 4; k++) {
      // count_k ~ Poisson(λ_k T): within 4 standard deviations of λ_k T
      double mean = rates[k] * 400;
      assertThat((double) count[k]).as("user %d", k)
          .isBetween(mean - 4 * Math.sqrt(mean) - 1e-9, mean + 4 * Math.sqrt(mean) + 1e-9);
    }
  }
}
