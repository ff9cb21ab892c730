package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.radio.Channel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The receive combiner: K = 1 against EJML's SVD; K &gt; 1 never below its starting point. */
class ReceiverTest {

  /**
   * With one client the combiner is H's principal left singular vector. EJML's SVD runs on the
   * real embedding [[Re H, −Im H], [Im H, Re H]], whose top singular value is H's, twice, with
   * the left singular pair spanning [Re u; Im u] and [−Im u; Re u]: the combiner must lie in that
   * plane and reach σ₁² = ‖Hᴴc‖².
   */
  @ParameterizedTest
  @CsvSource({"1, 1, 4", "2, 1, 16", "3, 2, 8", "4, 3, 12", "5, 4, 16"})
  void singleClient_isThePrincipalLeftSingularVector(long seed, int n, int m) {
    Channel ch = Channels.draw(seed, 1, n, 0);
    ClientChannels h = ClientChannels.of(ch, new int[] {0}, Channels.spread(m));
    double[][] c = Receiver.design(h, new int[] {0}, new double[] {1});

    DMatrixRMaj real = new DMatrixRMaj(2 * m, 2 * n);
    for (int r = 0; r < m; r++) {
      for (int a = 0; a < n; a++) {
        double re = h.re[0][r * n + a];
        double im = h.im[0][r * n + a];
        real.set(r, a, re);
        real.set(r, n + a, -im);
        real.set(m + r, a, im);
        real.set(m + r, n + a, re);
      }
    }
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(2 * m, 2 * n, true, false, false);
    assertThat(svd.decompose(real)).isTrue();
    double[] sv = svd.getSingularValues();
    DMatrixRMaj u = svd.getU(null, false);
    int top = 0;
    for (int i = 1; i < svd.numberOfSingularValues(); i++) {
      if (sv[i] > sv[top]) {
        top = i;
      }
    }
    double sigma = sv[top];
    // The plane of the top pair: columns of U with singular value σ₁.
    double inPlane = 0;
    for (int i = 0; i < svd.numberOfSingularValues(); i++) {
      if (Math.abs(sv[i] - sigma) <= 1e-9 * sigma) {
        double dot = 0;
        for (int r = 0; r < m; r++) {
          dot += u.get(r, i) * c[0][r] + u.get(m + r, i) * c[1][r];
        }
        inPlane += dot * dot;
      }
    }
    assertThat(inPlane).isCloseTo(1, within(1e-9));
    double[] gRe = new double[n];
    double[] gIm = new double[n];
    assertThat(h.project(0, c[0], c[1], gRe, gIm)).isCloseTo(sigma * sigma,
        within(1e-9 * sigma * sigma));
  }

  @ParameterizedTest
  @CsvSource({"21, 2, 1, 8", "22, 4, 1, 16", "23, 8, 1, 16", "24, 3, 2, 8"})
  void severalClients_ascentNeverEndsBelowThePrincipalStart(long seed, int k, int n, int m) {
    Channel ch = Channels.draw(seed, k, n, 0);
    int[] all = new int[k];
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      all[i] = i;
      w[i] = 1.0 + i;
    }
    ClientChannels h = ClientChannels.of(ch, all, Channels.spread(m));
    double[][] start = Receiver.principal(h, all, w);
    double[][] c = Receiver.design(h, all, w);
    double norm = 0;
    for (int r = 0; r < m; r++) {
      norm += c[0][r] * c[0][r] + c[1][r] * c[1][r];
    }
    assertThat(norm).isCloseTo(1, within(1e-12));
    assertThat(Receiver.minGain(h, all, w, c))
        .isGreaterThanOrEqualTo(Receiver.minGain(h, all, w, start));
  }
}
