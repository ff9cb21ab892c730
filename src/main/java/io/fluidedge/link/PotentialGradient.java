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
 * <p>Layout: the users' matrices side by side, [H_1 | … | H_K] and [Y_1 | … | Y_K] (M × KN, one
 * array per antenna row), so that X = [H]ᴴ[Y] (KN × KN, accumulated one antenna row at a time)
 * and V = [Y]·B with B (KN × KN) holding the blocks β_j·I and −c_j·β_k·T_k⁻¹X_kj. Both products
 * then run over rows of length KN instead of N; X and B are kept as arrays of rows too, the form
 * of loop the JIT vectorises (docs/performance.md, "V = [Y]·B vectorised by the JIT").
 */
final class PotentialGradient {

  private final int users;
  private final int streams;
  private final int width;
  private final double[][] xRe;
  private final double[][] xIm;
  /** B by rows (B[p] is row p): row arrays let the JIT vectorise V = [Y]·B (see gradient). */
  private final double[][] bRe;
  private final double[][] bIm;
  final double[] power;
  double[][] hRe;
  double[][] hIm;
  double[][] yRe;
  double[][] yIm;
  double[][] dxRe;
  double[][] dxIm;
  double[][] dyRe;
  double[][] dyIm;
  private final double[] vRe;
  private final double[] vIm;
  private final double[][] tInv;
  private final double[] t;
  private final double[] work;
  private final double[] beta;
  /** −c_j of each column q = (j, i) of B. */
  private final double[] negPower;
  private final double[] prepared;
  /** True when X holds HᴴQ⁻¹H for the state's rows (kept across its commits). */
  private boolean gramKept;

  PotentialGradient(int users, int streams) {
    this.users = users;
    this.streams = streams;
    width = users * streams;
    xRe = new double[width][width];
    xIm = new double[width][width];
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
    negPower = new double[width];
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

  /** X's real parts as the last run left them, KN rows of KN (the live arrays). */
  double[][] gramRe() {
    return xRe;
  }

  /** X's imaginary parts, as {@link #gramRe()}. */
  double[][] gramIm() {
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
      double[] rowRe = xRe[p];
      double[] rowIm = xIm[p];
      // The real and imaginary parts in loops of their own: each then vectorises.
      for (int q = p; q < width; q++) {
        rowRe[q] += (vr * vRe[q] + vi * vIm[q]) - (ur * uRe[q] + ui * uIm[q]);
      }
      for (int q = p; q < width; q++) {
        rowIm[q] += (vr * vIm[q] - vi * vRe[q]) - (ur * uIm[q] - ui * uRe[q]);
      }
    }
  }

  /**
   * The rates and ∇Φ from [H], [Y] = Q⁻¹[H] and the derivative rows [∂H/∂x], [∂H/∂y] (each
   * M rows of KN, as set by the caller in {@link #hRe} … {@link #dyIm}) and the per-stream
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
    for (int p = 0; p < width; p++) {
      java.util.Arrays.fill(xRe[p], 0);
      java.util.Arrays.fill(xIm[p], 0);
    }
    int r = 0;
    // Two antenna rows per sweep over X (half the traffic through X); every entry still adds its
    // terms in the order r = 0, 1, …, so the sums are the same to the bit as one row at a time.
    for (; r + 1 < antennas; r += 2) {
      double[] h0Re = hRe[r];
      double[] h0Im = hIm[r];
      double[] h1Re = hRe[r + 1];
      double[] h1Im = hIm[r + 1];
      double[] y0Re = yRe[r];
      double[] y0Im = yIm[r];
      double[] y1Re = yRe[r + 1];
      double[] y1Im = yIm[r + 1];
      for (int p = 0; p < width; p++) {
        double a0 = h0Re[p];
        double b0 = h0Im[p];
        double a1 = h1Re[p];
        double b1 = h1Im[p];
        double[] rowRe = xRe[p];
        double[] rowIm = xIm[p];
        for (int q = p; q < width; q++) {
          rowRe[q] = (rowRe[q] + (a0 * y0Re[q] + b0 * y0Im[q])) + (a1 * y1Re[q] + b1 * y1Im[q]);
        }
        for (int q = p; q < width; q++) {
          rowIm[q] = (rowIm[q] + (a0 * y0Im[q] - b0 * y0Re[q])) + (a1 * y1Im[q] - b1 * y1Re[q]);
        }
      }
    }
    for (; r < antennas; r++) {
      double[] h0Re = hRe[r];
      double[] h0Im = hIm[r];
      double[] y0Re = yRe[r];
      double[] y0Im = yIm[r];
      for (int p = 0; p < width; p++) {
        double a = h0Re[p];
        double b = h0Im[p];
        double[] rowRe = xRe[p];
        double[] rowIm = xIm[p];
        for (int q = p; q < width; q++) {
          rowRe[q] += a * y0Re[q] + b * y0Im[q];
        }
        for (int q = p; q < width; q++) {
          rowIm[q] += a * y0Im[q] - b * y0Re[q];
        }
      }
    }
  }

  /** X's lower triangle mirrored from the upper, then every T_k⁻¹ and the rates. */
  private boolean factor() {
    int n = streams;
    for (int p = 1; p < width; p++) { // X = HᴴQ⁻¹H is Hermitian
      for (int q = 0; q < p; q++) {
        xRe[p][q] = xRe[q][p];
        xIm[p][q] = -xIm[q][p];
      }
    }
    for (int k = 0; k < users; k++) {
      double c = power[k];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          t[2 * (a * n + b)] = (a == b ? 1 : 0) - c * xRe[k * n + a][k * n + b];
          t[2 * (a * n + b) + 1] = -c * xIm[k * n + a][k * n + b];
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
    // B[p = (k, l)][q = (j, i)] = −c_j·β_k·(T_k⁻¹X_kj)[l, i] off the diagonal blocks, built a
    // whole row at a time: (T_k⁻¹X_k·)[l, :] = Σ_s T_k⁻¹[l, s]·X[(k, s), :] summed over s in
    // order from 0, then each entry times f = (−c_j)·β_k, as entry by entry.
    for (int q = 0; q < width; q++) {
      negPower[q] = -power[q / n];
    }
    for (int k = 0; k < users; k++) {
      double[] ti = tInv[k];
      double betaK = beta[k];
      for (int l = 0; l < n; l++) {
        double[] rowRe = bRe[k * n + l];
        double[] rowIm = bIm[k * n + l];
        java.util.Arrays.fill(rowRe, 0);
        java.util.Arrays.fill(rowIm, 0);
        for (int s = 0; s < n; s++) {
          ComplexRows.addScaled(rowRe, rowIm, ti[2 * (l * n + s)], ti[2 * (l * n + s) + 1],
              xRe[k * n + s], xIm[k * n + s], width);
        }
        for (int q = 0; q < width; q++) {
          double f = negPower[q] * betaK;
          rowRe[q] = f * rowRe[q];
          rowIm[q] = f * rowIm[q];
        }
        for (int i = 0; i < n; i++) { // the diagonal block: β_k·I
          rowRe[k * n + i] = l == i ? betaK : 0;
          rowIm[k * n + i] = 0;
        }
      }
    }
    for (int m = 0; m < antennas; m++) {
      double[] rowRe = yRe[m];
      double[] rowIm = yIm[m];
      // V[m, :] = Y[m, :]·B, accumulated row by row of B (independent sums per column, each over
      // p in order), one antenna at a time: whole rows of B into two arrays is the form the JIT
      // vectorises (an offset into one flat B, or four accumulators for two antennas at once,
      // kept it scalar: 2.1× slower).
      java.util.Arrays.fill(vRe, 0);
      java.util.Arrays.fill(vIm, 0);
      for (int p = 0; p < width; p++) {
        ComplexRows.addScaled(vRe, vIm, rowRe[p], rowIm[p], bRe[p], bIm[p], width);
      }
      project(m, vRe, vIm, gx, gy);
    }
    return true;
  }

  /** ∂Φ/∂x_m, ∂Φ/∂y_m = −(2/ln 2)·Re Σ_q ∂H[m, q]·conj(V[m, q]) into gx[m], gy[m] (modified). */
  private void project(int m, double[] vRe, double[] vIm, double[] gx, double[] gy) {
    double[] xr = dxRe[m];
    double[] xi = dxIm[m];
    double[] yr = dyRe[m];
    double[] yi = dyIm[m];
    double sx = 0;
    double sy = 0;
    for (int q = 0; q < width; q++) {
      // Re(d·conj(v)) = d.re·v.re + d.im·v.im
      sx += xr[q] * vRe[q] + xi[q] * vIm[q];
      sy += yr[q] * vRe[q] + yi[q] * vIm[q];
    }
    double scale = -2 / SchurRates.ln2();
    gx[m] = scale * sx;
    gy[m] = scale * sy;
  }

  /** Sizes the M × KN row arrays for {@code antennas} rows. */
  void ensure(int antennas) {
    if (hRe == null || hRe.length != antennas) {
      hRe = new double[antennas][width];
      hIm = new double[antennas][width];
      yRe = new double[antennas][width];
      yIm = new double[antennas][width];
      dxRe = new double[antennas][width];
      dxIm = new double[antennas][width];
      dyRe = new double[antennas][width];
      dyIm = new double[antennas][width];
    }
  }
}
