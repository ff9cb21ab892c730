package io.fluidedge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.scenario.Streams;
import org.ejml.data.Complex_F64;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.ejml.dense.row.RandomMatrices_ZDRM;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class HermitianTest {

  private static ZMatrixRMaj randomHpd(int n, java.util.Random rnd) {
    ZMatrixRMaj a = RandomMatrices_ZDRM.rectangle(n, n, -1, 1, rnd);
    ZMatrixRMaj x = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.multTransB(a, a, x);
    for (int i = 0; i < n; i++) {
      x.set(i, i, x.getReal(i, i) + 0.5, 0);
    }
    UplinkRates.hermitize(x);
    return x;
  }

  @Test
  void logDet_matchesEjmlDeterminant() {
    java.util.Random rnd = new java.util.Random(3);
    for (int n = 1; n <= 12; n++) {
      ZMatrixRMaj x = randomHpd(n, rnd);
      Complex_F64 det = CommonOps_ZDRM.det(x.copy());
      double logDet = Hermitian.logDet(x.data, n, new double[2 * n * n]);
      assertThat(logDet).isCloseTo(Math.log(det.real), within(1e-10 * Math.max(1, Math.abs(logDet))));
    }
  }

  @Test
  void invert_timesMatrixIsIdentity() {
    java.util.Random rnd = new java.util.Random(5);
    for (int n = 1; n <= 12; n++) {
      ZMatrixRMaj x = randomHpd(n, rnd);
      ZMatrixRMaj inv = new ZMatrixRMaj(n, n);
      Hermitian.invert(x.data, n, inv.data, new double[2 * n * n]);
      ZMatrixRMaj prod = new ZMatrixRMaj(n, n);
      CommonOps_ZDRM.mult(x, inv, prod);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          assertThat(prod.getReal(i, j)).isCloseTo(i == j ? 1 : 0, within(1e-10));
          assertThat(prod.getImag(i, j)).isCloseTo(0, within(1e-10));
        }
      }
    }
  }

  @Test
  void invertIfDefinite_twoByTwoClosedForm_agreesWithCholesky_andDeclinesIndefinite() {
    java.util.Random rnd = new java.util.Random(11);
    double[] work = new double[8];
    for (int trial = 0; trial < 200; trial++) {
      // [[p, b], [conj(b), d]] with det/(p·d) from 1 down to 1e-12 (past the closed form's 1e-8)
      double p = 0.1 + 10 * rnd.nextDouble();
      double d = 0.1 + 10 * rnd.nextDouble();
      double gap = Math.pow(10, -12 * rnd.nextDouble());
      double modulus = Math.sqrt(p * d * (1 - gap));
      double phase = 2 * Math.PI * rnd.nextDouble();
      double[] a = {p, 0, modulus * Math.cos(phase), modulus * Math.sin(phase),
          modulus * Math.cos(phase), -modulus * Math.sin(phase), d, 0};
      double[] closed = new double[8];
      double[] cholesky = new double[8];
      double logDet = Hermitian.invertIfDefinite(a, 2, closed, work);
      double reference = Hermitian.invert(a, 2, cholesky, work);
      // Both lose about rounding/gap of relative accuracy to the cancellation in det.
      double tolerance = 1e-13 / gap;
      assertThat(logDet).isCloseTo(reference, within(tolerance));
      double scale = 1 / (p * d * gap);
      for (int i = 0; i < 8; i++) {
        assertThat(closed[i]).isCloseTo(cholesky[i], within(tolerance * Math.max(1, scale)));
      }
    }
    double[] indefinite = {1, 0, 2, 0, 2, 0, 1, 0};
    assertThat(Hermitian.invertIfDefinite(indefinite, 2, new double[8], work)).isNaN();
  }

  @Test
  void logDet_rankDeficientPlusTinyNoiseStaysFinite() {
    RandomStream rng = Streams.of(1, "t");
    int n = 6;
    ZMatrixRMaj h = new ZMatrixRMaj(n, 1);
    for (int i = 0; i < n; i++) {
      h.set(i, 0, rng.nextDouble(), rng.nextDouble());
    }
    ZMatrixRMaj x = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.multTransB(1e12, 0, h, h, x);
    for (int i = 0; i < n; i++) {
      x.set(i, i, x.getReal(i, i) + 1e-6, 0);
    }
    UplinkRates.hermitize(x);
    assertThat(Hermitian.logDet(x.data, n, new double[2 * n * n])).isFinite();
  }
}
