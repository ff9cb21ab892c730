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
import org.ejml.data.Complex_F64;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

class CombinerTest {

  /** R_k(W) straight from docs/model.md: log2 det(I + P^½HᴴW(WᴴCW)⁻¹WᴴHP^½), with EJML's general det. */
  static double designRate(ZMatrixRMaj h, ZMatrixRMaj c, ZMatrixRMaj w, double powerPerStream) {
    int n = h.numCols;
    ZMatrixRMaj whc = new ZMatrixRMaj(n, c.numCols);
    CommonOps_ZDRM.multTransA(w, c, whc);
    ZMatrixRMaj inner = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.mult(whc, w, inner);
    CommonOps_ZDRM.invert(inner);
    ZMatrixRMaj wh = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.multTransA(w, h, wh);
    ZMatrixRMaj t = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.mult(inner, wh, t);
    ZMatrixRMaj m = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.multTransA(powerPerStream, 0, wh, t, m);
    for (int i = 0; i < n; i++) {
      m.set(i, i, m.getReal(i, i) + 1, m.getImag(i, i));
    }
    Complex_F64 det = CommonOps_ZDRM.det(m);
    return Math.log(det.real) / Math.log(2);
  }

  private static ZMatrixRMaj randomOblique(int rows, int cols, RandomStream rng) {
    ZMatrixRMaj w = new ZMatrixRMaj(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        w.set(i, j, NormalDist.inverseF01(rng.nextDouble()), NormalDist.inverseF01(rng.nextDouble()));
      }
    }
    UplinkRates.normalizeColumns(w);
    return w;
  }

  @Test
  void closedForm_geRiemannian_geRandomCombiners() {
    Scenario s = Fixtures.scenario();
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(2, "test");
    RiemannianCombiner riemannian = new RiemannianCombiner(200, 1e-8);
    for (long seed = 1; seed <= 20; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, 8, rng);
      ZMatrixRMaj[] h = UplinkRates.channelMatrices(ch, pos);
      ZMatrixRMaj q = UplinkRates.covariance(ch, h, -1);
      double[] closed = EjmlRates.rates(ch, h);
      double power = ch.user(0).txPower() / ch.userAntennas();
      for (int k = 0; k < h.length; k++) {
        ZMatrixRMaj c = UplinkRates.covariance(ch, h, k);
        ZMatrixRMaj w = ClosedFormCombiner.combiner(c, h[k]);
        assertThat(designRate(h[k], c, w, power)).isCloseTo(closed[k], within(1e-9 * closed[k]));
        ZMatrixRMaj mf = h[k].copy();
        UplinkRates.normalizeColumns(mf);
        double rie = riemannian.maximize(q, c, mf).rate();
        assertThat(rie).isLessThanOrEqualTo(closed[k] * (1 + 1e-9));
        assertThat(designRate(h[k], c, riemannian.maximize(q, c, mf).combiner(), power))
            .isCloseTo(rie, within(1e-9 * Math.max(1, rie)));
        for (int trial = 0; trial < 5; trial++) {
          double random = designRate(h[k], c, randomOblique(8, 2, rng), power);
          assertThat(random).isLessThanOrEqualTo(rie + 1e-9);
        }
      }
    }
  }

  @Test
  void singleUserSingleAntenna_rateIsLog2OnePlusPNormH2() {
    Scenario s = Fixtures.scenario(Fixtures.radio(1, 1, 4, 7));
    Panel panel = Panel.of(s.radio());
    for (long seed = 1; seed <= 10; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.spread(panel, 4);
      ZMatrixRMaj h = UplinkRates.channelMatrices(ch, pos)[0];
      double norm2 = 0;
      for (int m = 0; m < 4; m++) {
        norm2 += h.getReal(m, 0) * h.getReal(m, 0) + h.getImag(m, 0) * h.getImag(m, 0);
      }
      double expected = Math.log(1 + ch.user(0).txPower() * norm2) / Math.log(2);
      assertThat(UplinkRates.rates(ch, pos)[0]).isCloseTo(expected, within(1e-12 * expected));
    }
  }
}
