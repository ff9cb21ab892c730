package io.fluidedge.link;

/**
 * The gradient of Φ = Σ_k w_k/R_k with respect to every antenna's position at once, from the
 * state {@link SchurRates} keeps (Y_j = Q⁻¹H_j and the rows' derivatives ∂h_jm), in
 * O(K²·M·N²): what lets the position block see which antennas are worth moving without
 * focusing each one (O(M²) apiece).
 *
 * <p>With X_kj = H_kᴴY_j and T_k = I − c_k·X_kk: det C_k = det Q · det T_k, so
 * R_k = −log2 det T_k, and Woodbury gives C_k⁻¹H_j = Y_j + c_k·Y_k·T_k⁻¹X_kj. Moving antenna m
 * changes row m of every H_j, so d ln det X = 2·Re Σ_j c_j·dh_jm·conj((X⁻¹H_j)[m,:]) (X = Q; for
 * X = C_k the sum skips j = k). Collecting terms per user j:
 * ∂Φ/∂x_m = −(2/ln 2)·Re Σ_j ∂h_jm/∂x · conj(V_j[m,:]) with
 * V_j = β_j·Y_j − c_j·Σ_{k≠j} β_k·Y_k·T_k⁻¹X_kj and β_k = w_k·c_k/R_k².
 */
final class PotentialGradient {

  private final int users;
  private final int streams;
  private final double[][] cross;
  private final double[][] tInv;
  private final double[][] mix;
  private final double[] t;
  private final double[] work;
  private final double[] beta;

  PotentialGradient(int users, int streams) {
    this.users = users;
    this.streams = streams;
    int nn = 2 * streams * streams;
    cross = new double[users * users][nn];
    tInv = new double[users][nn];
    mix = new double[users * users][nn];
    t = new double[nn];
    work = new double[nn];
    beta = new double[users];
  }

  /** See {@link SchurRates#potentialGradient}. */
  boolean run(SchurRates sr, double[] w, double[] rates, double[] gx, double[] gy) {
    int n = streams;
    ComplexRows h = sr.rows();
    ComplexRows y = sr.y();
    for (int k = 0; k < users; k++) {
      for (int j = k; j < users; j++) {
        h.crossGram(k, y, j, -1, cross[k * users + j]);
        if (j != k) { // X_jk = H_jᴴQ⁻¹H_k = X_kjᴴ
          adjoint(cross[k * users + j], cross[j * users + k]);
        }
      }
    }
    for (int k = 0; k < users; k++) {
      double c = sr.power(k);
      double[] xkk = cross[k * users + k];
      for (int i = 0; i < t.length; i++) {
        t[i] = -c * xkk[i];
      }
      for (int i = 0; i < n; i++) {
        t[2 * (i * n + i)] += 1;
      }
      Hermitian.hermitize(t, n);
      double logDet = Hermitian.invertIfDefinite(t, n, tInv[k], work);
      double rate = -logDet / SchurRates.ln2();
      if (!(rate > 0) || !Double.isFinite(rate)) {
        return false; // T_k formed by cancellation beyond rounding: very high SNR
      }
      rates[k] = rate;
      beta[k] = w[k] * c / (rate * rate);
    }
    for (int k = 0; k < users; k++) {
      for (int j = 0; j < users; j++) {
        if (j != k) {
          multiply(tInv[k], cross[k * users + j], mix[k * users + j]);
        }
      }
    }
    ComplexRows dx = sr.rowsDx();
    ComplexRows dy = sr.rowsDy();
    double scale = -2 / SchurRates.ln2();
    int antennas = sr.antennas();
    for (int m = 0; m < antennas; m++) {
      double sx = 0;
      double sy = 0;
      for (int j = 0; j < users; j++) {
        double cj = sr.power(j);
        for (int i = 0; i < n; i++) {
          double vr = beta[j] * y.re(j, m, i);
          double vi = beta[j] * y.im(j, m, i);
          for (int k = 0; k < users; k++) {
            if (k == j) {
              continue;
            }
            double[] wkj = mix[k * users + j];
            double ar = 0;
            double ai = 0;
            for (int l = 0; l < n; l++) {
              double yr = y.re(k, m, l);
              double yi = y.im(k, m, l);
              double br = wkj[2 * (l * n + i)];
              double bi = wkj[2 * (l * n + i) + 1];
              ar += yr * br - yi * bi;
              ai += yr * bi + yi * br;
            }
            vr -= cj * beta[k] * ar;
            vi -= cj * beta[k] * ai;
          }
          // Re(d·conj(v)) = d.re·v.re + d.im·v.im
          sx += dx.re(j, m, i) * vr + dx.im(j, m, i) * vi;
          sy += dy.re(j, m, i) * vr + dy.im(j, m, i) * vi;
        }
      }
      gx[m] = scale * sx;
      gy[m] = scale * sy;
    }
    return true;
  }

  /** out = aᴴ for an N × N interleaved matrix. */
  private void adjoint(double[] a, double[] out) {
    int n = streams;
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        out[2 * (c * n + r)] = a[2 * (r * n + c)];
        out[2 * (c * n + r) + 1] = -a[2 * (r * n + c) + 1];
      }
    }
  }

  /** out = a·b for N × N interleaved matrices. */
  private void multiply(double[] a, double[] b, double[] out) {
    int n = streams;
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        double sr = 0;
        double si = 0;
        for (int p = 0; p < n; p++) {
          double ar = a[2 * (r * n + p)];
          double ai = a[2 * (r * n + p) + 1];
          double br = b[2 * (p * n + c)];
          double bi = b[2 * (p * n + c) + 1];
          sr += ar * br - ai * bi;
          si += ar * bi + ai * br;
        }
        out[2 * (r * n + c)] = sr;
        out[2 * (r * n + c) + 1] = si;
      }
    }
  }
}
