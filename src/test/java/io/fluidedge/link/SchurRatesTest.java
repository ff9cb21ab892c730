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

class SchurRatesTest {

  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,32,10", "2,1,4,40", "3,2,6,-10", "1,1,1,5"})
  void evaluate_matchesFullDeterminantAtRandomPoints(int k, int n, int m, double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(7, "test");
    for (long seed = 1; seed <= 5; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      SchurRates sr = new SchurRates(ch, pos);
      double[] rates = new double[k];
      for (int antenna = 0; antenna < m; antenna++) {
        sr.focus(antenna);
        for (int trial = 0; trial < 3; trial++) {
          double x = rng.nextDouble() * panel.sideM();
          double y = rng.nextDouble() * panel.sideM();
          sr.evaluate(x, y, rates, null, null);
          double[] full = UplinkRates.rates(ch, pos.with(antenna, x, y));
          for (int u = 0; u < k; u++) {
            assertThat(rates[u]).isCloseTo(full[u], within(1e-6 * Math.max(1, full[u])));
          }
        }
        // Commit moves (two on the same focus) and keep going: the rank updates must track the
        // full computation.
        for (int move = 0; move < 2; move++) {
          double x = rng.nextDouble() * panel.sideM();
          double y = rng.nextDouble() * panel.sideM();
          sr.commit(x, y);
          pos = pos.with(antenna, x, y);
          sr.evaluate(pos.x(antenna), pos.y(antenna), rates, null, null);
          double[] full = UplinkRates.rates(ch, pos);
          for (int u = 0; u < k; u++) {
            assertThat(rates[u]).isCloseTo(full[u], within(1e-6 * Math.max(1, full[u])));
          }
        }
      }
      sr.currentRates(rates);
      double[] full = UplinkRates.rates(ch, pos);
      for (int u = 0; u < k; u++) {
        assertThat(rates[u]).isCloseTo(full[u], within(1e-6 * Math.max(1, full[u])));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,32,20", "2,2,4,0"})
  void gradient_matchesCentralFiniteDifferences(int k, int n, int m, double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(11, "test");
    double step = panel.wavelengthM() * 1e-6;
    double[] r = new double[k];
    double[] gx = new double[k];
    double[] gy = new double[k];
    double[] plus = new double[k];
    double[] minus = new double[k];
    for (long seed = 1; seed <= 5; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      SchurRates sr = new SchurRates(ch, Layouts.random(panel, m, rng));
      for (int antenna = 0; antenna < m; antenna += Math.max(1, m / 4)) {
        sr.focus(antenna);
        double x = rng.nextDouble() * panel.sideM();
        double y = rng.nextDouble() * panel.sideM();
        sr.evaluate(x, y, r, gx, gy);
        sr.evaluate(x + step, y, plus, null, null);
        sr.evaluate(x - step, y, minus, null, null);
        for (int u = 0; u < k; u++) {
          double fd = (plus[u] - minus[u]) / (2 * step);
          assertThat(gx[u]).isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
        }
        sr.evaluate(x, y + step, plus, null, null);
        sr.evaluate(x, y - step, minus, null, null);
        for (int u = 0; u < k; u++) {
          double fd = (plus[u] - minus[u]) / (2 * step);
          assertThat(gy[u]).isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,32,20", "2,2,4,0", "3,1,5,30", "1,1,1,5"})
  void potentialGradient_matchesFiniteDifferencesOfFullRatesForEveryAntenna(int k, int n, int m,
      double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(13, "test");
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
      SchurRates sr = new SchurRates(ch, pos);
      // Two committed moves first: the gradient must follow the rank-updated state.
      for (int antenna = 0; antenna < Math.min(2, m); antenna++) {
        double x = rng.nextDouble() * panel.sideM();
        double y = rng.nextDouble() * panel.sideM();
        sr.focus(antenna);
        sr.commit(x, y);
        pos = pos.with(antenna, x, y);
      }
      assertThat(sr.potentialGradient(w, rates, gx, gy)).isTrue();
      double[] full = UplinkRates.rates(ch, pos);
      assertThat(sr.exactRates()).containsExactly(full); // same rows, same arithmetic
      for (int u = 0; u < k; u++) {
        assertThat(rates[u]).isCloseTo(full[u], within(1e-8 * Math.max(1, full[u])));
      }
      PotentialChecks.assertGradient(ch, pos, w, gx, gy, step);
    }
  }
}
