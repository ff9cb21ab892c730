package io.fluidedge.link;

/**
 * The gradient of Φ = Σ_k w_k/R_k with respect to every antenna's position at once, from
 * Y_j = Q⁻¹H_j and the rows' derivatives ∂h_jm (as {@link SchurRates} keeps them, or as
 * {@link LayoutPotential} computes them for a whole layout), in O(K²·N²·M): what lets the
 * position block see which antennas are worth moving without focusing each one, and what the
 * joint search of all positions descends along.
 *
 * <p>With X_kj = H_kᴴY_j and T_k = I − c_k·X_kk: det C_k = det Q · det T_k, so
 * R_k = −log2 det T_k, and Woodbury gives C_k⁻¹H_j = Y_j + c_k·Y_k·T_k⁻¹X_kj. Moving antenna m
 * changes row m of every H_j, so d ln det X = 2·Re Σ_j c_j·dh_jm·conj((X⁻¹H_j)[m,:]) (X = Q; for
 * X = C_k the sum skips j = k). Collecting terms per user j:
 * ∂Φ/∂x_m = −(2/ln 2)·Re Σ_j ∂h_jm/∂x · conj(V_j[m,:]) with
 * V_j = β_j·Y_j − c_j·Σ_{k≠j} β_k·Y_k·T_k⁻¹X_kj and β_k = w_k·c_k/R_k².
 *
 * <p>Layout: the users' matrices side by side, [H_1 | … | H_K] and [Y_1 | … | Y_K] (M × KN), so
 * that X = [H]ᴴ[Y] (KN × KN, accumulated one antenna row at a time) and V = [Y]·B with B
 * (KN × KN) holding the blocks β_j·I and −c_j·β_k·T_k⁻¹X_kj. Both products then run over rows of
 * length KN instead of N.
 */
final class PotentialGradient {

  private final int users;
  private final int streams;
  private final int width;
  private final double[] xRe;
  private final double[] xIm;
  /** B by rows (B[p] is row p): row arrays let the JIT vectorize V = [Y]·B (see gradient). */
  private final double[][] bRe;
  private final double[][] bIm;
  final double[] power;
  double[] hRe;
  double[] hIm;
  double[] yRe;
  double[] yIm;
  double[] dxRe;
  double[] dxIm;
  double[] dyRe;
  double[] dyIm;
  private final double[] vRe;
  private final double[] vIm;
  private final double[][] tInv;
  private final double[] t;
  private final double[] work;
  private final double[] beta;
  private final double[] prepared;
  /** True when X holds HᴴQ⁻¹H for the state's rows (kept across its commits). */
  private boolean gramKept;

  PotentialGradient(int users, int streams) {
    this.users = users;
    this.streams = streams;
    width = users * streams;
    xRe = new double[width * width];
    xIm = new double[width * width];
    bRe = new double[width][width];
    bIm = new double[width][width];
    power = new double[users];
    vRe = new double[width];
    vIm = new double[width];
    int nn = 2 * streams * streams;
    tInv = new double[users][nn];
    t = new double[nn];
    work = new double[nn];
    beta = new double[users];
    prepared = new double[users];
  }

  /**
   * See {@link SchurRates#potentialGradient}: the state's rows, read in place. X = [H]ᴴ[Y] is
   * computed from them only if it is not kept ({@link #forgetGram}, {@link #updateGram}).
   */
  boolean run(SchurRates sr, double[] w, double[] rates, double[] gx, double[] gy) {
    int antennas = sr.antennas();
    // The state keeps its rows side by side already: read them in place (nothing here writes
    // to them).
    hRe = sr.rows().re();
    hIm = sr.rows().im();
    yRe = sr.y().re();
    yIm = sr.y().im();
    dxRe = sr.rowsDx().re();
    dxIm = sr.rowsDx().im();
    dyRe = sr.rowsDy().re();
    dyIm = sr.rowsDy().im();
    for (int k = 0; k < users; k++) {
      power[k] = sr.power(k);
    }
    if (!gramKept) {
      gram(antennas);
      gramKept = true;
    }
    return factor() && gradient(antennas, w, rates, gx, gy);
  }

  /** X's real parts as the last run left them, KN × KN row-major (the live array). */
  double[] gramRe() {
    return xRe;
  }

  /** X's imaginary parts, as {@link #gramRe()}. */
  double[] gramIm() {
    return xIm;
  }

  /** The next {@link #run(SchurRates, double[], double[], double[], double[])} recomputes X. */
  void forgetGram() {
    gramKept = false;
  }

  /**
   * X ← X − conj(u)·uᵀ·invD + s·conj(v)·vᵀ on the upper triangle, if X is kept: what one
   * antenna's move does to X = HᴴQ⁻¹H (see {@link SchurRates#commit}), in O((KN)²) instead of the
   * O(M·(KN)²) of recomputing it.
   *
   * @param uRe  real part of u, the focused antenna's row of Y before the move (length KN)
   * @param uIm  imaginary part of u
   * @param invD 1/(Q⁻¹)_mm before the move, as the focus took it
   * @param vRe  real part of v = β', the moved row's coefficients (Y'[m, :] = −β')
   * @param vIm  imaginary part of v
   * @param s    the Schur complement of Q' by row m
   */
  void updateGram(double[] uRe, double[] uIm, double invD, double[] vRe, double[] vIm,
      double s) {
    if (!gramKept) {
      return;
    }
    for (int p = 0; p < width; p++) {
      // conj(a_p)·a_q = (ar_p·ar_q + ai_p·ai_q) + j·(ar_p·ai_q − ai_p·ar_q)
      double ur = uRe[p] * invD;
      double ui = uIm[p] * invD;
      double vr = vRe[p] * s;
      double vi = vIm[p] * s;
      int base = p * width;
      for (int q = p; q < width; q++) {
        xRe[base + q] += (vr * vRe[q] + vi * vIm[q]) - (ur * uRe[q] + ui * uIm[q]);
        xIm[base + q] += (vr * vIm[q] - vi * vRe[q]) - (ur * uIm[q] - ui * uRe[q]);
      }
    }
  }

  /**
   * The rates and ∇Φ from [H], [Y] = Q⁻¹[H] and the derivative rows [∂H/∂x], [∂H/∂y] (each
   * M × KN, row-major, as set by the caller in {@link #hRe} … {@link #dyIm}) and the per-stream
   * powers c_k in {@link #power}.
   */
  boolean run(int antennas, double[] w, double[] rates, double[] gx, double[] gy) {
    return prepare(antennas) && gradient(antennas, w, rates, gx, gy);
  }

  /**
   * The weight-free part of {@link #run}: X = [H]ᴴ[Y], every T_k⁻¹ and the rates R_k =
   * −log2 det T_k (kept for {@link #gradient}).
   *
   * @return false at very high SNR (see {@link #run})
   */
  boolean prepare(int antennas) {
    gram(antennas);
    return factor();
  }

  /** The upper triangle of X = [H]ᴴ[Y], O(M·(KN)²/2). */
  private void gram(int antennas) {
    // X[p, q] = Σ_r conj(H[r, p])·Y[r, q], p = (k, l), q = (j, i)
    java.util.Arrays.fill(xRe, 0);
    java.util.Arrays.fill(xIm, 0);
    int r = 0;
    // Two antenna rows per sweep over X (half the traffic through X); every entry still adds its
    // terms in the order r = 0, 1, …, so the sums are the same to the bit as one row at a time.
    for (; r + 1 < antennas; r += 2) {
      int row0 = r * width;
      int row1 = row0 + width;
      for (int p = 0; p < width; p++) {
        double a0 = hRe[row0 + p];
        double b0 = hIm[row0 + p];
        double a1 = hRe[row1 + p];
        double b1 = hIm[row1 + p];
        int base = p * width;
        for (int q = p; q < width; q++) {
          double re = xRe[base + q] + (a0 * yRe[row0 + q] + b0 * yIm[row0 + q]);
          double im = xIm[base + q] + (a0 * yIm[row0 + q] - b0 * yRe[row0 + q]);
          xRe[base + q] = re + (a1 * yRe[row1 + q] + b1 * yIm[row1 + q]);
          xIm[base + q] = im + (a1 * yIm[row1 + q] - b1 * yRe[row1 + q]);
        }
      }
    }
    for (; r < antennas; r++) {
      int row = r * width;
      for (int p = 0; p < width; p++) {
        double a = hRe[row + p];
        double b = hIm[row + p];
        int base = p * width;
        for (int q = p; q < width; q++) {
          xRe[base + q] += a * yRe[row + q] + b * yIm[row + q];
          xIm[base + q] += a * yIm[row + q] - b * yRe[row + q];
        }
      }
    }
  }

  /** X's lower triangle mirrored from the upper, then every T_k⁻¹ and the rates. */
  private boolean factor() {
    int n = streams;
    for (int p = 1; p < width; p++) { // X = HᴴQ⁻¹H is Hermitian
      for (int q = 0; q < p; q++) {
        xRe[p * width + q] = xRe[q * width + p];
        xIm[p * width + q] = -xIm[q * width + p];
      }
    }
    for (int k = 0; k < users; k++) {
      double c = power[k];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          int x = (k * n + a) * width + k * n + b;
          t[2 * (a * n + b)] = (a == b ? 1 : 0) - c * xRe[x];
          t[2 * (a * n + b) + 1] = -c * xIm[x];
        }
      }
      Hermitian.hermitize(t, n);
      double logDet = Hermitian.invertIfDefinite(t, n, tInv[k], work);
      double rate = -logDet / SchurRates.ln2();
      if (!(rate > 0) || !Double.isFinite(rate)) {
        return false; // T_k formed by cancellation beyond rounding: very high SNR
      }
      prepared[k] = rate;
    }
    return true;
  }

  /** The weighted part of {@link #run}, after a successful {@link #prepare}. */
  boolean gradient(int antennas, double[] w, double[] rates, double[] gx, double[] gy) {
    int n = streams;
    for (int k = 0; k < users; k++) {
      double rate = prepared[k];
      rates[k] = rate;
      beta[k] = w[k] * power[k] / (rate * rate);
    }
    // B[p = (k, l)][q = (j, i)].
    for (int k = 0; k < users; k++) {
      double[] ti = tInv[k];
      for (int j = 0; j < users; j++) {
        double f = -power[j] * beta[k];
        for (int i = 0; i < n; i++) {
          for (int l = 0; l < n; l++) {
            double[] rowRe = bRe[k * n + l];
            double[] rowIm = bIm[k * n + l];
            int at = j * n + i;
            if (j == k) {
              rowRe[at] = l == i ? beta[j] : 0;
              rowIm[at] = 0;
              continue;
            }
            // (T_k⁻¹X_kj)[l, i] = Σ_s T_k⁻¹[l, s]·X[(k, s), (j, i)]
            double sr2 = 0;
            double si = 0;
            for (int s = 0; s < n; s++) {
              double tr = ti[2 * (l * n + s)];
              double tm = ti[2 * (l * n + s) + 1];
              int x = (k * n + s) * width + j * n + i;
              sr2 += tr * xRe[x] - tm * xIm[x];
              si += tr * xIm[x] + tm * xRe[x];
            }
            rowRe[at] = f * sr2;
            rowIm[at] = f * si;
          }
        }
      }
    }
    for (int m = 0; m < antennas; m++) {
      int row = m * width;
      // V[m, :] = Y[m, :]·B, accumulated row by row of B (independent sums per column, each over
      // p in order). The inner loop reads whole rows of B from index 0 and updates two arrays:
      // the form the JIT turns into vector instructions (an offset into one flat B, or four
      // accumulators for two antennas at once, kept it scalar: 2.1× slower).
      java.util.Arrays.fill(vRe, 0);
      java.util.Arrays.fill(vIm, 0);
      for (int p = 0; p < width; p++) {
        double a = yRe[row + p];
        double b = yIm[row + p];
        double[] br = bRe[p];
        double[] bi = bIm[p];
        for (int q = 0; q < width; q++) {
          double x = br[q];
          double y = bi[q];
          vRe[q] += a * x - b * y;
          vIm[q] += a * y + b * x;
        }
      }
      project(m, vRe, vIm, gx, gy);
    }
    return true;
  }

  /** ∂Φ/∂x_m, ∂Φ/∂y_m = −(2/ln 2)·Re Σ_q ∂H[m, q]·conj(V[m, q]) into gx[m], gy[m] (modified). */
  private void project(int m, double[] vRe, double[] vIm, double[] gx, double[] gy) {
    int row = m * width;
    double sx = 0;
    double sy = 0;
    for (int q = 0; q < width; q++) {
      // Re(d·conj(v)) = d.re·v.re + d.im·v.im
      sx += dxRe[row + q] * vRe[q] + dxIm[row + q] * vIm[q];
      sy += dyRe[row + q] * vRe[q] + dyIm[row + q] * vIm[q];
    }
    double scale = -2 / SchurRates.ln2();
    gx[m] = scale * sx;
    gy[m] = scale * sy;
  }

  /** Sizes the M × KN row arrays for {@code antennas} rows. */
  void ensure(int antennas) {
    if (hRe == null || hRe.length != antennas * width) {
      int size = antennas * width;
      hRe = new double[size];
      hIm = new double[size];
      yRe = new double[size];
      yIm = new double[size];
      dxRe = new double[size];
      dxIm = new double[size];
      dyRe = new double[size];
      dyIm = new double[size];
    }
  }
}
