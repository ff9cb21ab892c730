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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.RandomStream;

class LayoutPotentialTest {

  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,16,20", "2,2,4,0", "3,1,5,30", "1,1,1,5"})
  void gradient_matchesFiniteDifferencesOfFullRatesForEveryAntenna(int k, int n, int m,
      double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(17, "test");
    double step = panel.wavelengthM() * 1e-6;
    double[] w = new double[k];
    double[] rates = new double[k];
    double[] gx = new double[m];
    double[] gy = new double[m];
    for (long seed = 1; seed <= 5; seed++) {
      for (int u = 0; u < k; u++) {
        w[u] = 0.1 + rng.nextDouble();
      }
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      LayoutPotential lp = new LayoutPotential(ch);
      assertThat(lp.evaluate(pos.xs(), pos.ys(), w, rates, gx, gy)).isTrue();
      double[] full = UplinkRates.rates(ch, pos);
      for (int u = 0; u < k; u++) {
        assertThat(rates[u]).isCloseTo(full[u], within(1e-8 * Math.max(1, full[u])));
      }
      PotentialChecks.assertGradient(ch, pos, w, gx, gy, step);
    }
  }

  @Test
  void exactRates_equalUplinkRates_andTheCacheFollowsTheLayout() {
    Scenario s = Fixtures.scenario(Fixtures.radio(4, 2, 8, 10));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(19, "test");
    Channel ch = Fixtures.channel(s, 3);
    LayoutPotential lp = new LayoutPotential(ch);
    double[] w = {1, 2, 0.5, 1.5};
    double[] w2 = {0.3, 1, 2, 0.7};
    double[] rates = new double[4];
    double[] gx = new double[8];
    double[] gy = new double[8];
    Positions previous = null;
    for (int trial = 0; trial < 20; trial++) {
      Positions pos = trial % 3 == 2 ? previous : Layouts.random(panel, 8, rng);
      // The same arithmetic as UplinkRates on the same rows: equal to the last bit.
      assertThat(lp.rates(pos.xs(), pos.ys())).containsExactly(UplinkRates.rates(ch, pos));
      // A cached layout with other weights gives what a fresh evaluator gives.
      lp.evaluate(pos.xs(), pos.ys(), w, rates, gx, gy);
      lp.evaluate(pos.xs(), pos.ys(), w2, rates, gx, gy);
      double[] freshRates = new double[4];
      double[] fx = new double[8];
      double[] fy = new double[8];
      new LayoutPotential(ch).evaluate(pos.xs(), pos.ys(), w2, freshRates, fx, fy);
      assertThat(rates).containsExactly(freshRates);
      assertThat(gx).containsExactly(fx);
      assertThat(gy).containsExactly(fy);
      // One coordinate of one antenna moved: a new layout, not the cached one.
      Positions nudged = pos.with(trial % 8, pos.x(trial % 8) + 1e-4, pos.y(trial % 8));
      if (nudged.feasibleOn(panel)) {
        assertThat(lp.rates(nudged.xs(), nudged.ys())).containsExactly(UplinkRates.rates(ch, nudged));
      }
      previous = pos;
    }
  }
}
