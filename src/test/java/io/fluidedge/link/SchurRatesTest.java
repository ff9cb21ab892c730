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
  @CsvSource({"4,2,8,10,false", "8,2,32,10,false", "2,1,4,40,false", "3,2,6,-10,false",
      "1,1,1,5,false", "4,2,8,10,true", "8,2,32,10,true", "2,1,4,40,true", "3,2,6,-10,true",
      "1,1,1,5,true", "16,1,20,20,true"})
  void evaluate_matchesFullDeterminantAtRandomPoints(int k, int n, int m, double snrDb,
      boolean large) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(7, "test");
    for (long seed = 1; seed <= 5; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      // large: G_j = A⁻¹H̃_j left implicit, Y updated by rank two (the arithmetic of M > 16)
      SchurRates sr = new SchurRates(ch, pos, large);
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
  @CsvSource({"4,2,8,10,false", "8,2,32,20,false", "2,2,4,0,false", "8,2,32,20,true",
      "2,2,4,0,true"})
  void gradient_matchesCentralFiniteDifferences(int k, int n, int m, double snrDb,
      boolean large) {
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
      SchurRates sr = new SchurRates(ch, Layouts.random(panel, m, rng), large);
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

  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,32,20", "16,1,16,0", "3,1,5,30", "1,1,1,5"})
  void potentialGradient_keptGramAfterMovesMatchesRecomputedGram(int k, int n, int m,
      double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(17, "test");
    double[] w = new double[k];
    double[] rates = new double[k];
    double[] gx = new double[m];
    double[] gy = new double[m];
    double[] freshRates = new double[k];
    double[] freshX = new double[m];
    double[] freshY = new double[m];
    for (long seed = 1; seed <= 5; seed++) {
      for (int u = 0; u < k; u++) {
        w[u] = 0.1 + rng.nextDouble();
      }
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      SchurRates sr = new SchurRates(ch, pos, true);
      // X = HᴴQ⁻¹H is computed here and then kept through the moves below by rank updates.
      assertThat(sr.potentialGradient(w, rates, gx, gy)).isTrue();
      for (int move = 0; move < 3 * m; move++) {
        int antenna = move % m;
        double x = rng.nextDouble() * panel.sideM();
        double y = rng.nextDouble() * panel.sideM();
        assertThat(sr.focus(antenna)).isTrue();
        sr.commit(x, y);
        pos = pos.with(antenna, x, y);
        if (move % 2 == 1) {
          sr.commit(x, y); // a second commit on the same focus, to the same point
        }
      }
      assertThat(sr.potentialGradient(w, rates, gx, gy)).isTrue();
      // From scratch: X recomputed as [H]ᴴ[Y] from the state's own rows (the rank-updated Y and
      // Q⁻¹ drift from a fresh state by their own rounding; this isolates the update of X).
      PotentialGradient scratch = new PotentialGradient(k, n);
      scratch.hRe = sr.rows().re();
      scratch.hIm = sr.rows().im();
      scratch.yRe = sr.y().re();
      scratch.yIm = sr.y().im();
      scratch.dxRe = sr.rowsDx().re();
      scratch.dxIm = sr.rowsDx().im();
      scratch.dyRe = sr.rowsDy().re();
      scratch.dyIm = sr.rowsDy().im();
      for (int u = 0; u < k; u++) {
        scratch.power[u] = sr.power(u);
      }
      assertThat(scratch.run(m, w, freshRates, freshX, freshY)).isTrue();
      double[] keptRe = flat(sr.gradientKernel().gramRe());
      double[] keptIm = flat(sr.gradientKernel().gramIm());
      double[] freshRe = flat(scratch.gramRe());
      double[] freshIm = flat(scratch.gramIm());
      double scale = 0;
      for (int p = 0; p < freshRe.length; p++) {
        scale = Math.max(scale, Math.hypot(freshRe[p], freshIm[p]));
      }
      for (int p = 0; p < freshRe.length; p++) {
        assertThat(keptRe[p]).isCloseTo(freshRe[p], within(1e-9 * scale));
        assertThat(keptIm[p]).isCloseTo(freshIm[p], within(1e-9 * scale));
      }
      // What follows from X (T_k = I − c_k·X_kk, formed by cancellation) inherits its rounding
      // amplified by up to the SNR: rates and gradient to 1e-6.
      for (int u = 0; u < k; u++) {
        assertThat(rates[u]).isCloseTo(freshRates[u], within(1e-6 * Math.abs(freshRates[u])));
      }
      double gradScale = 0;
      for (int a = 0; a < m; a++) {
        gradScale = Math.max(gradScale, Math.hypot(freshX[a], freshY[a]));
      }
      for (int a = 0; a < m; a++) {
        assertThat(gx[a]).isCloseTo(freshX[a], within(1e-6 * gradScale));
        assertThat(gy[a]).isCloseTo(freshY[a], within(1e-6 * gradScale));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"4,2,20,10", "16,1,24,20", "8,2,32,0"})
  void commit_largePanelRankTwoUpdateOfYMatchesRecomputedState(int k, int n, int m,
      double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(19, "test");
    double[] rates = new double[k];
    for (long seed = 1; seed <= 3; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      SchurRates sr = new SchurRates(ch, pos, true);
      for (int move = 0; move < 2 * m; move++) {
        int antenna = (7 * move) % m;
        assertThat(sr.focus(antenna)).isTrue();
        double x = rng.nextDouble() * panel.sideM();
        double y = rng.nextDouble() * panel.sideM();
        sr.evaluate(x, y, rates, null, null);
        sr.commit(x, y);
        pos = pos.with(antenna, x, y);
        if (move % 3 == 0) { // a second move of the same focus: z and β carried by the commit
          x = rng.nextDouble() * panel.sideM();
          y = rng.nextDouble() * panel.sideM();
          sr.commit(x, y);
          pos = pos.with(antenna, x, y);
        }
      }
      // Y = Q⁻¹H and the implicit G = A⁻¹H̃ against a state computed from scratch at the same
      // positions.
      SchurRates fresh = new SchurRates(ch, pos, false);
      assertClose(sr.y(), fresh.y(), 1e-9);
      int antenna = m / 2;
      assertThat(sr.focus(antenna)).isTrue();
      assertThat(fresh.focus(antenna)).isTrue();
      assertClose(sr.g(), fresh.g(), 1e-9);
    }
  }

  @ParameterizedTest
  @CsvSource({"16,1,20,10", "12,2,24,20", "3,2,17,0", "9,1,18,30"})
  void refreshedRates_matchFullDeterminantsUntilTheFirstCommit(int k, int n, int m,
      double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(23, "test");
    for (long seed = 1; seed <= 3; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      SchurRates sr = new SchurRates(ch, pos, true);
      double[] full = UplinkRates.rates(ch, pos);
      double[] fresh = sr.refreshedRates();
      assertThat(fresh).isNotNull();
      // T_k = I − c_k·X_kk is formed by cancellation: its rounding grows with the SNR (the full
      // determinants measured 2.5e-9 apart at 30 dB).
      double tolerance = 1e-9 * Math.max(1, Math.pow(10, snrDb / 10) / 100);
      for (int u = 0; u < k; u++) {
        assertThat(fresh[u]).isCloseTo(full[u], within(tolerance * Math.max(1, full[u])));
      }
      assertThat(sr.focus(0)).isTrue();
      assertThat(sr.refreshedRates()).isNotNull(); // a focus changes nothing
      sr.commit(sr.x(0), sr.y(0));
      assertThat(sr.refreshedRates()).isNull(); // rank-updated: no longer from scratch
      sr.refresh();
      assertThat(sr.refreshedRates()).isNotNull();
    }
    SchurRates small = new SchurRates(Fixtures.channel(s, 1), Layouts.random(panel, m, rng));
    assertThat(small.refreshedRates()).isNull(); // not a large-panel state
  }

  @ParameterizedTest
  @CsvSource({"8,2,32,10", "4,2,20,30", "2,1,4,40", "16,1,32,20", "3,2,12,0"})
  void refresh_inKernelSpaceMatchesTheInverseOfQ(int k, int n, int m, double snrDb) {
    // 2·K·N ≤ M: the large state inverts σ²I + H̃ᴴH̃ (order KN); the plain one inverts Q (order M).
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(29, "test");
    double[] lean = new double[k];
    double[] plain = new double[k];
    for (long seed = 1; seed <= 3; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      SchurRates sr = new SchurRates(ch, pos, true);
      for (int round = 0; round < 2; round++) {
        SchurRates fresh = new SchurRates(ch, pos, false);
        assertClose(sr.y(), fresh.y(), 1e-9);
        // The focus reads Q⁻¹'s column m and ln det Q: an evaluation uses both.
        for (int antenna = 0; antenna < m; antenna += Math.max(1, m / 5)) {
          assertThat(sr.focus(antenna)).isTrue();
          assertThat(fresh.focus(antenna)).isTrue();
          double x = rng.nextDouble() * panel.sideM();
          double y = rng.nextDouble() * panel.sideM();
          sr.evaluate(x, y, lean, null, null);
          fresh.evaluate(x, y, plain, null, null);
          double[] full = UplinkRates.rates(ch, pos.with(antenna, x, y));
          // Both Schur paths lose digits with the SNR (measured 3e-9 relative apart at 30 dB, 4e-9
          // at 40 dB); against the full determinants the kernel-space one is the closer.
          double tolerance = 1e-9 * Math.max(1, Math.pow(10, snrDb / 10) / 100);
          for (int u = 0; u < k; u++) {
            double scale = Math.max(1, full[u]);
            assertThat(lean[u]).isCloseTo(full[u], within(tolerance * scale));
            assertThat(Math.abs(lean[u] - full[u]))
                .isLessThanOrEqualTo(Math.abs(plain[u] - full[u]) + 1e-12 * scale);
          }
        }
        // Moves, then a refresh from the moved rows.
        for (int move = 0; move < m; move++) {
          assertThat(sr.focus(move)).isTrue();
          double x = rng.nextDouble() * panel.sideM();
          double y = rng.nextDouble() * panel.sideM();
          sr.commit(x, y);
          pos = pos.with(move, x, y);
        }
        sr.refresh();
      }
    }
  }

  private static void assertClose(ComplexRows actual, ComplexRows expected, double relative) {
    double[] expectedRe = flat(expected.re());
    double[] expectedIm = flat(expected.im());
    double[] actualRe = flat(actual.re());
    double[] actualIm = flat(actual.im());
    double scale = 0;
    for (int p = 0; p < expectedRe.length; p++) {
      scale = Math.max(scale, Math.hypot(expectedRe[p], expectedIm[p]));
    }
    for (int p = 0; p < expectedRe.length; p++) {
      assertThat(actualRe[p]).isCloseTo(expectedRe[p], within(relative * scale));
      assertThat(actualIm[p]).isCloseTo(expectedIm[p], within(relative * scale));
    }
  }

  /** The rows of a matrix one after another. */
  private static double[] flat(double[][] rows) {
    return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
  }
}
