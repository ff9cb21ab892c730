package io.fluidedge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.Fixtures;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.RandomStream;

class UplinkRatesTest {

  /** The loop path the optimizer uses against EJML matrix products of the same formula. */
  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,32,20", "2,1,4,40", "3,2,6,-10", "1,1,1,5", "2,2,6,60",
      "9,1,9,0", "12,2,24,10", "16,2,32,20", "24,1,32,40", "20,1,24,30", "64,1,64,20",
      "4,2,20,40"})
  void rates_matchEjmlMatrixComputation(int k, int n, int m, double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(17, "test");
    for (long seed = 1; seed <= 5; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = layout(panel, m, rng);
      double[] loops = UplinkRates.rates(ch, pos);
      double[] ejml = EjmlRates.rates(ch, UplinkRates.channelMatrices(ch, pos));
      for (int u = 0; u < k; u++) {
        assertThat(loops[u]).isCloseTo(ejml[u], within(1e-10 * Math.max(1, ejml[u])));
      }
    }
  }

  /**
   * The one-inverse path of many users against the per-user factorisations on the same Gram
   * matrices, K on both sides of {@link UplinkRates#PER_USER_MAX_USERS}: equal to rounding.
   */
  @ParameterizedTest
  @CsvSource({"1,1,1,5", "2,2,6,30", "4,2,8,10", "8,2,32,20", "12,2,24,60", "32,2,64,20",
      "64,1,64,0", "10,3,30,40"})
  void fromInverse_matchesPerUserFactorisations(int k, int n, int m, double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(23, "test");
    int width = k * n;
    for (long seed = 1; seed <= 3; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = layout(panel, m, rng);
      double[] power = UplinkRates.columnPowers(ch);
      double[] gRe = new double[width * width];
      double[] gIm = new double[width * width];
      for (int p = 0; p < width; p++) {
        for (int q = 0; q < width; q++) {
          double re = 0;
          double im = 0;
          for (int r = 0; r < m; r++) {
            double[] hp = entry(ch, pos, r, p, n);
            double[] hq = entry(ch, pos, r, q, n);
            re += hp[0] * hq[0] + hp[1] * hq[1];
            im += hp[0] * hq[1] - hp[1] * hq[0];
          }
          double f = Math.sqrt(power[p] * power[q]) / ch.noisePower();
          gRe[p * width + q] = f * re + (p == q ? 1 : 0);
          gIm[p * width + q] = p == q ? 0 : f * im;
        }
      }
      double[] perUser = UplinkRates.perUser(gRe, gIm, width, n);
      double[] inverse = UplinkRates.fromInverse(gRe, gIm, width, n);
      for (int u = 0; u < k; u++) {
        assertThat(inverse[u]).isCloseTo(perUser[u], within(1e-11 * Math.max(1, perUser[u])));
      }
    }
  }

  /** A random feasible layout, or on panels too crowded for one the spread layout. */
  private static Positions layout(Panel panel, int m, RandomStream rng) {
    return m <= 32 ? Layouts.random(panel, m, rng) : Layouts.spread(panel, m);
  }

  /** H[r, p] of [H_1 | … | H_K] as {re, im}. */
  private static double[] entry(Channel ch, Positions pos, int r, int p, int n) {
    double[] re = new double[n];
    double[] im = new double[n];
    ch.user(p / n).row(pos.x(r), pos.y(r), re, im);
    return new double[] {re[p % n], im[p % n]};
  }
}
