package io.fluidedge.link;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * Uplink channel matrices and rates (docs/model.md), in bit/s/Hz.
 *
 * <p>With equal power over a user's antennas P_k = (p_k/N)·I and σ² from the channel:
 * Q = Σ_j H_j P_j H_jᴴ + σ²I and C_k = Q − H_k P_k H_kᴴ. For a combiner W (M × N),
 * R_k(W) = log2 det(I + P^{1/2}Hᴴ W (WᴴCW)⁻¹ WᴴH P^{1/2}) = log2 det(WᴴQW) − log2 det(WᴴC_kW),
 * maximised by W = C_k⁻¹H_k at R_k = log2 det Q − log2 det C_k.
 */
public final class UplinkRates {

  private static final double LN2 = Math.log(2);

  private UplinkRates() {
  }

  /** H_k (M × N) for every user at the given BS antenna positions. */
  public static ZMatrixRMaj[] channelMatrices(Channel channel, Positions positions) {
    int k = channel.userCount();
    int n = channel.userAntennas();
    int m = positions.size();
    ZMatrixRMaj[] h = new ZMatrixRMaj[k];
    double[] re = new double[n];
    double[] im = new double[n];
    for (int j = 0; j < k; j++) {
      h[j] = new ZMatrixRMaj(m, n);
      UserChannel u = channel.user(j);
      for (int row = 0; row < m; row++) {
        u.row(positions.x(row), positions.y(row), re, im);
        for (int col = 0; col < n; col++) {
          h[j].set(row, col, re[col], im[col]);
        }
      }
    }
    return h;
  }

  /**
   * Σ_{j ≠ exclude} H_j P_j H_jᴴ + σ²I: Q when {@code exclude} is −1, C_k when it is k.
   */
  public static ZMatrixRMaj covariance(Channel channel, ZMatrixRMaj[] h, int exclude) {
    int m = h[0].numRows;
    ZMatrixRMaj x = CommonOps_ZDRM.identity(m);
    CommonOps_ZDRM.scale(channel.noisePower(), 0, x);
    ZMatrixRMaj term = new ZMatrixRMaj(m, m);
    for (int j = 0; j < h.length; j++) {
      if (j == exclude) {
        continue;
      }
      double power = channel.user(j).txPower() / channel.userAntennas();
      CommonOps_ZDRM.multTransB(power, 0, h[j], h[j], term);
      CommonOps_ZDRM.add(x, term, x);
    }
    hermitize(x);
    return x;
  }

  /**
   * Closed-form (optimal-combiner) rates R_k = log2 det Q − log2 det C_k for every user
   * (C_k = Q − H_kP_kH_kᴴ), computed in the K·N-dimensional form of
   * {@link #rates(Channel, double[][], double[][], int)}, in allocation-light loops: the optimizer
   * checks every position pass with it.
   */
  public static double[] rates(Channel channel, Positions positions) {
    int users = channel.userCount();
    int streams = channel.userAntennas();
    int m = positions.size();
    int width = users * streams;
    double[][] hRe = new double[m][width];
    double[][] hIm = new double[m][width];
    double[] re = new double[streams];
    double[] im = new double[streams];
    for (int j = 0; j < users; j++) {
      UserChannel u = channel.user(j);
      for (int row = 0; row < m; row++) {
        u.row(positions.x(row), positions.y(row), re, im);
        System.arraycopy(re, 0, hRe[row], j * streams, streams);
        System.arraycopy(im, 0, hIm[row], j * streams, streams);
      }
    }
    return rates(channel, hRe, hIm, m);
  }

  /**
   * The rates from [H_1 | … | H_K] (M rows of KN, real and imaginary parts apart), as
   * {@link #rates(Channel, Positions)}.
   *
   * <p>With H̃ = [√c_1·H_1 | … | √c_K·H_K] and G = I + H̃ᴴH̃/σ² (KN × KN), Sylvester's identity
   * gives det Q = σ^{2M}·det G and det C_k = σ^{2M}·det G₋ₖ, G₋ₖ being G without user k's rows and
   * columns. So R_k = log2 det S_k for the Schur complement S_k of G₋ₖ in G, whose Cholesky pivots
   * are the last N of a Cholesky factorisation of G with user k's block ordered last. That is
   * one O(M·K²N²) Gram matrix and K factorisations of order KN, instead of K + 1 of order M; and
   * R_k is a sum of logarithms of pivots ≥ 1, not a difference of two large log-determinants.
   */
  static double[] rates(Channel channel, double[][] hRe, double[][] hIm, int m) {
    return rates(hRe, hIm, m, columnPowers(channel), channel.userAntennas(),
        channel.noisePower());
  }

  /** {@link #rates(Channel, double[][], double[][], int)} with the per-column powers and σ². */
  static double[] rates(double[][] hRe, double[][] hIm, int m, double[] power, int streams,
      double noise) {
    int width = power.length;
    int users = width / streams;
    // G[p, q] = δ_pq + √(c_p·c_q)/σ²·Σ_r conj(H[r, p])·H[r, q], upper triangle then mirrored.
    double[] gRe = new double[width * width];
    double[] gIm = new double[width * width];
    ComplexRows.upperColumnGram(hRe, hIm, m, width, gRe, gIm);
    double[] scale = new double[width];
    for (int p = 0; p < width; p++) {
      scale[p] = Math.sqrt(power[p] / noise);
    }
    for (int p = 0; p < width; p++) {
      for (int q = p; q < width; q++) {
        double f = scale[p] * scale[q];
        gRe[p * width + q] = f * gRe[p * width + q] + (p == q ? 1 : 0);
        gIm[p * width + q] = p == q ? 0 : f * gIm[p * width + q];
        gRe[q * width + p] = gRe[p * width + q];
        gIm[q * width + p] = -gIm[p * width + q];
      }
    }
    return users > PER_USER_MAX_USERS || m > PER_USER_MAX_ANTENNAS
        ? fromInverse(gRe, gIm, width, streams) : perUser(gRe, gIm, width, streams);
  }

  /**
   * R_k = log2 det S_k from the last N pivots of a Cholesky factorisation of G with user k's
   * block ordered last, for every user (G as in {@link #fromInverse}): K factorisations.
   */
  static double[] perUser(double[] gRe, double[] gIm, int width, int streams) {
    int users = width / streams;
    double[] permuted = new double[2 * width * width];
    double[] factor = new double[2 * width * width];
    int[] order = new int[width];
    double[] r = new double[users];
    for (int k = 0; k < users; k++) {
      // the other users' columns first, user k's last
      for (int p = 0, at = 0; p < width; p++) {
        if (p / streams != k) {
          order[at++] = p;
        }
      }
      for (int i = 0; i < streams; i++) {
        order[width - streams + i] = k * streams + i;
      }
      for (int a = 0; a < width; a++) {
        for (int b = 0; b < width; b++) {
          permuted[2 * (a * width + b)] = gRe[order[a] * width + order[b]];
          permuted[2 * (a * width + b) + 1] = gIm[order[a] * width + order[b]];
        }
      }
      Hermitian.logDet(permuted, width, factor);
      double logDetS = 0;
      for (int i = width - streams; i < width; i++) {
        logDetS += 2 * Math.log(factor[2 * (i * width + i)]);
      }
      r[k] = Math.max(0.0, logDetS / LN2);
    }
    return r;
  }

  /**
   * Up to this many users (on panels of at most {@link #PER_USER_MAX_ANTENNAS} antennas) the
   * rates take K factorisations of G, one per user with that user's block last (each user's rate
   * from its own pivots, as the rates of existing scenarios were computed); beyond it, one
   * factorisation and its inverse ({@link #fromInverse}), which costs about what two of the
   * per-user ones do.
   */
  static final int PER_USER_MAX_USERS = 8;

  /**
   * Panels of more than this many antennas take {@link #fromInverse} whatever the number of
   * users (at K = 8, M = 32 a quarter of the factorisation work; the same rates to rounding): the
   * per-user factorisations are kept where existing scenarios (the reference run's M = 8 among
   * them) must give the same bytes.
   */
  static final int PER_USER_MAX_ANTENNAS = 16;

  /**
   * R_k = −log2 det (G⁻¹)_kk for every user, from G = I + H̃ᴴH̃/σ² (KN × KN, real and imaginary
   * parts apart): the Schur complement S_k of G₋ₖ in G is the inverse of G⁻¹'s diagonal block k
   * (block inversion), so log2 det S_k = −log2 det (G⁻¹)_kk. One Cholesky factor of G, its
   * inverse and K blocks of order N: O((KN)³/3) in place of K factorisations, O(K·(KN)³/6). G's
   * eigenvalues are at least 1, so (G⁻¹)_kk has eigenvalues in (0, 1] and each R_k ≥ 0 up to
   * rounding (floored at 0, as the per-user path does). Agrees with that path to rounding.
   */
  static double[] fromInverse(double[] gRe, double[] gIm, int width, int streams) {
    int users = width / streams;
    double[] g = new double[2 * width * width];
    for (int i = 0; i < width * width; i++) {
      g[2 * i] = gRe[i];
      g[2 * i + 1] = gIm[i];
    }
    double[][] blocks = new double[users][2 * streams * streams];
    Hermitian.inverseDiagonalBlocks(g, width, streams, blocks, new double[2 * width * width]);
    double[] work = new double[2 * streams * streams];
    double[] r = new double[users];
    for (int k = 0; k < users; k++) {
      r[k] = Math.max(0.0, -Hermitian.logDet(blocks[k], streams, work) / LN2);
    }
    return r;
  }

  /** c_j = p_j/N for each of the KN columns of [H_1 | … | H_K] (floored at the smallest normal). */
  static double[] columnPowers(Channel channel) {
    int streams = channel.userAntennas();
    double[] power = new double[channel.userCount() * streams];
    for (int j = 0; j < channel.userCount(); j++) {
      double c = Math.max(channel.user(j).txPower() / streams, Double.MIN_NORMAL);
      java.util.Arrays.fill(power, j * streams, (j + 1) * streams, c);
    }
    return power;
  }

  /**
   * R_k(W) = log2 det(UᴴQU) − log2 det(UᴴC_kU) for a combiner W (M × N), U an orthonormal basis
   * of W's column space.
   *
   * <p>The rate depends on W only through its column space (it is invariant to W → W·T for
   * invertible T), so for full column rank this is log2 det(WᴴQW) − log2 det(WᴴC_kW). A
   * rank-deficient W (the matched filter of a rank-one channel, whose columns are parallel) makes
   * both determinants vanish; the basis U instead gives the rate of the streams W does separate
   * (the formula with the pseudo-inverse of WᴴC_kW). Columns are taken as dependent when less
   * than {@value #DEPENDENT} of their norm lies outside the span of the earlier ones.
   *
   * @param q Q
   * @param c C_k
   * @param w the combiner (not modified)
   * @return the rate, bit/s/Hz (0 for W = 0)
   */
  public static double rate(ZMatrixRMaj q, ZMatrixRMaj c, ZMatrixRMaj w) {
    ZMatrixRMaj u = orthonormalBasis(w);
    int n = u.numCols;
    if (n == 0) {
      return 0.0;
    }
    double[] work = new double[2 * n * n];
    double value = (Hermitian.logDet(sandwich(q, u).data, n, work)
        - Hermitian.logDet(sandwich(c, u).data, n, work)) / LN2;
    return Math.max(0.0, value);
  }

  /** Relative residual below which a combiner column counts as dependent on the earlier ones. */
  static final double DEPENDENT = 1e-10;

  /**
   * An orthonormal basis of the column space of W (M × r, r ≤ N): modified Gram-Schmidt applied
   * twice per column (orthogonal to rounding), dropping columns with a relative residual below
   * {@link #DEPENDENT}.
   */
  static ZMatrixRMaj orthonormalBasis(ZMatrixRMaj w) {
    int m = w.numRows;
    double[][] re = new double[w.numCols][];
    double[][] im = new double[w.numCols][];
    int rank = 0;
    for (int col = 0; col < w.numCols; col++) {
      double[] vr = new double[m];
      double[] vi = new double[m];
      double norm0 = 0;
      for (int row = 0; row < m; row++) {
        vr[row] = w.getReal(row, col);
        vi[row] = w.getImag(row, col);
        norm0 += vr[row] * vr[row] + vi[row] * vi[row];
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int b = 0; b < rank; b++) {
          // v ← v − u_b·(u_bᴴ v)
          double pr = 0;
          double pi = 0;
          for (int row = 0; row < m; row++) {
            pr += re[b][row] * vr[row] + im[b][row] * vi[row];
            pi += re[b][row] * vi[row] - im[b][row] * vr[row];
          }
          for (int row = 0; row < m; row++) {
            vr[row] -= re[b][row] * pr - im[b][row] * pi;
            vi[row] -= re[b][row] * pi + im[b][row] * pr;
          }
        }
      }
      double norm = 0;
      for (int row = 0; row < m; row++) {
        norm += vr[row] * vr[row] + vi[row] * vi[row];
      }
      if (!(norm > DEPENDENT * DEPENDENT * norm0) || norm0 == 0) {
        continue;
      }
      double inv = 1 / Math.sqrt(norm);
      for (int row = 0; row < m; row++) {
        vr[row] *= inv;
        vi[row] *= inv;
      }
      re[rank] = vr;
      im[rank] = vi;
      rank++;
    }
    ZMatrixRMaj u = new ZMatrixRMaj(m, rank);
    for (int b = 0; b < rank; b++) {
      for (int row = 0; row < m; row++) {
        u.set(row, b, re[b][row], im[b][row]);
      }
    }
    return u;
  }

  /** Wᴴ·X·W, made exactly Hermitian. */
  static ZMatrixRMaj sandwich(ZMatrixRMaj x, ZMatrixRMaj w) {
    ZMatrixRMaj xw = new ZMatrixRMaj(x.numRows, w.numCols);
    CommonOps_ZDRM.mult(x, w, xw);
    ZMatrixRMaj out = new ZMatrixRMaj(w.numCols, w.numCols);
    CommonOps_ZDRM.multTransA(w, xw, out);
    hermitize(out);
    return out;
  }

  /** Replaces A by (A + Aᴴ)/2 (modified), removing rounding asymmetry. */
  static void hermitize(ZMatrixRMaj a) {
    Hermitian.hermitize(a.data, a.numRows);
  }

  /** Scales every column of W to unit norm (modified): the oblique-manifold retraction. */
  public static void normalizeColumns(ZMatrixRMaj w) {
    for (int col = 0; col < w.numCols; col++) {
      double norm = 0;
      for (int row = 0; row < w.numRows; row++) {
        double re = w.getReal(row, col);
        double im = w.getImag(row, col);
        norm += re * re + im * im;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        w.set(col % w.numRows, col, 1, 0);
        continue;
      }
      for (int row = 0; row < w.numRows; row++) {
        w.set(row, col, w.getReal(row, col) / norm, w.getImag(row, col) / norm);
      }
    }
  }
}
