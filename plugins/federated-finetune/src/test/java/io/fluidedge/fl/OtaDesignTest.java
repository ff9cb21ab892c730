package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.fl.OtaDesign.Transmit;
import io.fluidedge.radio.Channel;
import io.fluidedge.scenario.Streams;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * The OTA transceiver against a Monte-Carlo simulation of the aggregation (E3–E6), and the
 * truncated power control against zero forcing and the power limits.
 */
class OtaDesignTest {

  /** Everything a design needs for K clients of a random channel at the spread layout. */
  private record Case(ClientChannels h, int[] all, double[] phi, double[][] c, double[] alpha) {

    static Case of(long seed, int k, int n, int m, double snrDb) {
      Channel ch = Channels.draw(seed, k, n, snrDb);
      int[] clients = new int[k];
      int[] all = new int[k];
      double[] phi = new double[k];
      double[] w = new double[k];
      for (int i = 0; i < k; i++) {
        clients[i] = i;
        all[i] = i;
        phi[i] = 1.0 / k;
      }
      ClientChannels h = ClientChannels.of(ch, clients, Channels.spread(m));
      for (int i = 0; i < k; i++) {
        w[i] = h.power[i] / (phi[i] * phi[i]);
      }
      double[][] c = Receiver.design(h, all, w);
      return new Case(h, all, phi, c, OtaDesign.alphas(h, all, c));
    }

    OtaDesign design(Transmit mode) {
      return OtaDesign.of(alpha, phi, h.power, h.noise, mode);
    }
  }

  @Tag("validation")
  @ParameterizedTest
  @CsvSource({"1, 1, 1, 8, 0, ZERO_FORCING", "2, 4, 1, 8, 0, TRUNCATED", "3, 4, 2, 12, -5, TRUNCATED",
      "4, 8, 1, 16, 5, ZERO_FORCING", "5, 8, 1, 16, -10, TRUNCATED"})
  void mse_closedFormMatchesMonteCarloWithinItsConfidenceInterval(long seed, int k, int n, int m,
      double snrDb, Transmit mode) {
    Case t = Case.of(seed, k, n, m, snrDb);
    OtaDesign d = t.design(mode);
    // E6 evaluated from the transmit vectors themselves equals the closed form.
    assertThat(e6(t, d)).isCloseTo(d.mse(), within(1e-9 * d.mse()));

    RandomStream rng = Streams.of(seed, "test-monte-carlo");
    int trials = 40_000;
    double[][] v = transmitVectors(t, d);
    double sum = 0;
    double sumSq = 0;
    double[] yRe = new double[m];
    double[] yIm = new double[m];
    double sd = Math.sqrt(t.h.noise / 2);
    for (int trial = 0; trial < trials; trial++) {
      double gRe = 0;
      double gIm = 0;
      for (int r = 0; r < m; r++) {
        yRe[r] = sd * normal(rng);
        yIm[r] = sd * normal(rng);
      }
      for (int i = 0; i < k; i++) {
        // a unit-variance complex Gaussian symbol s_k
        double sRe = normal(rng) / Math.sqrt(2);
        double sIm = normal(rng) / Math.sqrt(2);
        gRe += t.phi[i] * sRe;
        gIm += t.phi[i] * sIm;
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        for (int a = 0; a < n; a++) {
          xRe[a] = v[2 * i][a] * sRe - v[2 * i + 1][a] * sIm;
          xIm[a] = v[2 * i][a] * sIm + v[2 * i + 1][a] * sRe;
        }
        t.h.applyAdd(i, xRe, xIm, 1, yRe, yIm);
      }
      // ĝ = cᴴy/√η
      double eRe = 0;
      double eIm = 0;
      for (int r = 0; r < m; r++) {
        eRe += t.c[0][r] * yRe[r] + t.c[1][r] * yIm[r];
        eIm += t.c[0][r] * yIm[r] - t.c[1][r] * yRe[r];
      }
      double dr = eRe / d.scale() - gRe;
      double di = eIm / d.scale() - gIm;
      double e = dr * dr + di * di;
      sum += e;
      sumSq += e * e;
    }
    double mean = sum / trials;
    double ci = 1.96 * Math.sqrt((sumSq / trials - mean * mean) / trials);
    assertThat(d.mse()).isBetween(mean - 1.5 * ci, mean + 1.5 * ci);
  }

  @ParameterizedTest
  @CsvSource({"11, 1, 1, 4, 0", "12, 2, 1, 8, -10", "13, 4, 2, 12, 0", "14, 8, 1, 16, -5",
      "15, 8, 1, 16, 10", "16, 3, 1, 6, -20"})
  void truncated_neverWorseThanZeroForcingAndWithinPowerLimits(long seed, int k, int n, int m,
      double snrDb) {
    Case t = Case.of(seed, k, n, m, snrDb);
    OtaDesign zf = t.design(Transmit.ZERO_FORCING);
    OtaDesign tr = t.design(Transmit.TRUNCATED);
    assertThat(zf.mse()).isEqualTo(zf.mseZf());
    assertThat(tr.mse()).isLessThanOrEqualTo(zf.mse());
    for (OtaDesign d : new OtaDesign[] {zf, tr}) {
      for (int i = 0; i < k; i++) {
        assertThat(d.amplitude()[i] * d.amplitude()[i])
            .isLessThanOrEqualTo(t.h.power[i] * (1 + 1e-12));
      }
    }
    // Zero forcing aligns every client exactly: cᴴH_k v_k/√η = φ_k.
    double[][] v = transmitVectors(t, zf);
    for (int i = 0; i < k; i++) {
      assertThat(effective(t, v, i, zf.scale())).isCloseTo(t.phi[i], within(1e-9));
    }
    // No √η on a fine grid does better than the truncated choice.
    double lo = tr.scale() / 20;
    for (int g = 0; g <= 4000; g++) {
      double s = lo + g * (40 * tr.scale() - lo) / 4000;
      assertThat(OtaDesign.mseAt(s, t.alpha, t.phi, t.h.noise))
          .isGreaterThanOrEqualTo(tr.mse() * (1 - 1e-12));
    }
  }

  @Test
  void blend_averagesMseAndPowerOverTheBlocks() {
    OtaDesign a = Case.of(61, 3, 1, 8, 0).design(Transmit.TRUNCATED);
    OtaDesign b = Case.of(62, 3, 1, 8, 0).design(Transmit.TRUNCATED);
    assertThat(OtaDesign.blend(List.of(a), new double[] {1})).isSameAs(a);
    OtaDesign m = OtaDesign.blend(List.of(a, b), new double[] {0.25, 0.75});
    assertThat(m.mse()).isCloseTo(0.25 * a.mse() + 0.75 * b.mse(), within(1e-15));
    assertThat(m.mseZf()).isCloseTo(0.25 * a.mseZf() + 0.75 * b.mseZf(), within(1e-15));
    for (int i = 0; i < 3; i++) {
      assertThat(m.energy(2)[i]).isCloseTo(0.25 * a.energy(2)[i] + 0.75 * b.energy(2)[i],
          within(1e-12 * a.energy(2)[i]));
    }
  }

  /** v_k = b_k·H_kᴴc/‖H_kᴴc‖ as rows {re, im} per client. */
  private static double[][] transmitVectors(Case t, OtaDesign d) {
    int n = t.h.userAntennas;
    double[][] v = new double[2 * t.all.length][n];
    for (int i = 0; i < t.all.length; i++) {
      double norm = Math.sqrt(t.h.project(i, t.c[0], t.c[1], v[2 * i], v[2 * i + 1]));
      for (int a = 0; a < n; a++) {
        v[2 * i][a] *= d.amplitude()[i] / norm;
        v[2 * i + 1][a] *= d.amplitude()[i] / norm;
      }
    }
    return v;
  }

  /** cᴴH_k v_k / √η (real: v_k is aligned with H_kᴴc). */
  private static double effective(Case t, double[][] v, int i, double scale) {
    int m = t.h.antennas;
    double[] yRe = new double[m];
    double[] yIm = new double[m];
    t.h.applyAdd(i, v[2 * i], v[2 * i + 1], 1, yRe, yIm);
    double re = 0;
    for (int r = 0; r < m; r++) {
      re += t.c[0][r] * yRe[r] + t.c[1][r] * yIm[r];
    }
    return re / scale;
  }

  /** E6 from the transmit vectors: Σ|cᴴH_k v_k/√η − φ_k|² + σ²‖c‖²/η. */
  private static double e6(Case t, OtaDesign d) {
    double[][] v = transmitVectors(t, d);
    double mse = t.h.noise / (d.scale() * d.scale());
    for (int i = 0; i < t.all.length; i++) {
      double e = effective(t, v, i, d.scale()) - t.phi[i];
      mse += e * e;
    }
    return mse;
  }

  private static double normal(RandomStream rng) {
    return NormalDist.inverseF01(rng.nextDouble());
  }
}
