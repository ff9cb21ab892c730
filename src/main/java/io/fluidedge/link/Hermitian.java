package io.fluidedge.link;

/**
 * Log-determinant and inverse of small Hermitian positive-definite matrices stored row-major with
 * interleaved real and imaginary parts (EJML's ZMatrixRMaj layout: element (i, j) at 2·(i·n + j)).
 *
 * <p>Hand-written because these run for every antenna move of the position block, on M × M
 * matrices with M ≈ 8..32, where allocation-free loops beat a general decomposition object.
 *
 * <p>Regularisation: the matrices here are Σ H P Hᴴ + σ²I, positive definite in exact arithmetic.
 * If rounding makes a pivot non-positive (rank-deficient channels at extreme SNR), the
 * factorisation is retried on A + ε·(tr A / n)·I with ε = 1e-14, 1e-12, … 1e-6; the perturbation
 * is then below the rounding already present. A matrix formed by cancellation (the Woodbury
 * term of {@link SchurRates} at very high SNR) can be indefinite beyond that; the ridge then
 * grows towards the Gershgorin bound n·max|a_ij|, past which A + ridge·I is diagonally dominant
 * and so certainly positive definite. The result is always finite for finite input; in that last
 * case it is only an estimate, which is why the optimizer re-checks every position move with the
 * full rate evaluation before keeping it.
 */
public final class Hermitian {

  private Hermitian() {
  }

  /**
   * ln det A for Hermitian positive-definite A (n × n, interleaved), via Cholesky A = L·Lᴴ
   * (regularised as the class note says).
   *
   * @param a    the matrix (not modified)
   * @param work receives L (lower triangle, upper zero), length ≥ 2n² (modified)
   */
  public static double logDet(double[] a, int n, double[] work) {
    return factor(a, n, work);
  }

  /**
   * Inverse of Hermitian positive-definite A and its ln det, via Cholesky A = L·Lᴴ and
   * A⁻¹ = L⁻ᴴ·L⁻¹.
   *
   * @param a    the matrix (not modified unless it is {@code inv}: it is read only while it is
   *             factored, before A⁻¹ is written)
   * @param inv  receives A⁻¹, length ≥ 2n² (modified); may be {@code a} itself
   * @param work scratch of length ≥ 2n² (modified)
   * @return ln det A
   */
  public static double invert(double[] a, int n, double[] inv, double[] work) {
    double logDet = factor(a, n, work);
    inverseFromFactor(n, inv, work);
    return logDet;
  }

  /**
   * Like {@link #invert}, but only for a matrix that is positive definite up to rounding (the
   * first ridges of the class note, at most 1e-6·tr A/n); otherwise {@code inv} is unspecified.
   *
   * @return ln det A, or NaN when A is indefinite beyond rounding
   */
  public static double invertIfDefinite(double[] a, int n, double[] inv, double[] work) {
    if (n == 2) {
      // Closed form: [[p, b], [conj(b), d]]⁻¹ = [[d, −b], [−conj(b), p]]/det, taken when it is
      // clearly positive definite (the pivots p and det/p well above rounding of the entries).
      double p = a[0];
      double d = a[6];
      double br = a[2];
      double bi = a[3];
      double det = p * d - (br * br + bi * bi);
      if (p > 0 && d > 0 && det > 1e-8 * p * d) {
        double inverse = 1 / det;
        inv[0] = d * inverse;
        inv[1] = 0;
        inv[2] = -br * inverse;
        inv[3] = -bi * inverse;
        inv[4] = -br * inverse;
        inv[5] = bi * inverse;
        inv[6] = p * inverse;
        inv[7] = 0;
        return Math.log(det);
      }
    }
    double logDet = factorWithinRounding(a, n, work);
    if (!Double.isNaN(logDet)) {
      inverseFromFactor(n, inv, work);
    }
    return logDet;
  }

  /**
   * The diagonal blocks of A⁻¹ for Hermitian positive-definite A (n × n, interleaved, regularised
   * as the class note says): block b (order {@code size}, rows and columns b·size … (b+1)·size − 1)
   * into {@code blocks[b]}, via A = L·Lᴴ and (A⁻¹)_bb = Σ_{p ≥ b·size} conj(L⁻¹[p, ·])ᵀL⁻¹[p, ·]
   * restricted to the block's columns: O(n³/3) for the factor and its inverse, O(n²·size/2) for
   * the blocks, where the whole inverse would cost another n³/6.
   *
   * @param a      the matrix (not modified)
   * @param size   the block order; n must be a multiple of it
   * @param blocks receives the n/size blocks, each length ≥ 2·size² (modified)
   * @param work   scratch of length ≥ 2n² (modified)
   * @return ln det A
   */
  public static double inverseDiagonalBlocks(double[] a, int n, int size, double[][] blocks,
      double[] work) {
    double logDet = factor(a, n, work);
    invertFactor(n, work);
    for (int b = 0; b < n / size; b++) {
      blockOfInverse(n, work, b * size, size, blocks[b]);
    }
    return logDet;
  }

  /** A⁻¹ = L⁻ᴴ·L⁻¹ into inv from the Cholesky factor L in work (work is overwritten). */
  private static void inverseFromFactor(int n, double[] inv, double[] work) {
    invertFactor(n, work);
    blockOfInverse(n, work, 0, n, inv);
  }

  /**
   * The diagonal block of A⁻¹ = Linvᴴ·Linv at rows and columns first … first + size − 1, from
   * L⁻¹ in work: (A⁻¹)_{rc} = Σ_{p ≥ max(r,c)} conj(Linv_{pr})·Linv_{pc}, into out (order size).
   */
  private static void blockOfInverse(int n, double[] work, int first, int size, double[] out) {
    for (int r = 0; r < size; r++) {
      for (int c = 0; c <= r; c++) {
        double sr = 0;
        double si = 0;
        for (int p = first + r; p < n; p++) {
          int pr = 2 * (p * n + first + r);
          int pc = 2 * (p * n + first + c);
          sr += work[pr] * work[pc] + work[pr + 1] * work[pc + 1];
          si += work[pr] * work[pc + 1] - work[pr + 1] * work[pc];
        }
        out[2 * (r * size + c)] = sr;
        out[2 * (r * size + c) + 1] = si;
        out[2 * (c * size + r)] = sr;
        out[2 * (c * size + r) + 1] = -si;
      }
    }
  }

  /** Overwrites the Cholesky factor L in work (lower triangle) with L⁻¹ (lower triangular). */
  private static void invertFactor(int n, double[] work) {
    // work holds L (lower). Overwrite it with X = L⁻¹ column by column: X_jj = 1/L_jj and
    // X_ij = −(Σ_{p=j}^{i−1} L_ip·X_pj)/L_ii; columns right of j still hold L when column j is done.
    for (int j = 0; j < n; j++) {
      int jj = 2 * (j * n + j);
      double djj = 1.0 / work[jj];
      work[jj] = djj;
      work[jj + 1] = 0;
      for (int i = j + 1; i < n; i++) {
        double sr = 0;
        double si = 0;
        for (int p = j; p < i; p++) {
          int ip = 2 * (i * n + p);
          int pj = 2 * (p * n + j);
          sr += work[ip] * work[pj] - work[ip + 1] * work[pj + 1];
          si += work[ip] * work[pj + 1] + work[ip + 1] * work[pj];
        }
        int ii = 2 * (i * n + i);
        double lii = work[ii];
        int ij = 2 * (i * n + j);
        work[ij] = -sr / lii;
        work[ij + 1] = -si / lii;
      }
    }
  }

  /** ln det A via Cholesky with at most a rounding-level ridge into work, or NaN. */
  private static double factorWithinRounding(double[] a, int n, double[] work) {
    double trace = 0;
    for (int i = 0; i < n; i++) {
      trace += a[2 * (i * n + i)];
    }
    if (!Double.isFinite(trace)) {
      return Double.NaN;
    }
    double scale = Math.abs(trace) / n;
    double ridge = 0;
    for (int attempt = 0; attempt < 6; attempt++) {
      double logDet = tryCholesky(a, n, work, ridge);
      if (!Double.isNaN(logDet)) {
        return logDet;
      }
      ridge = scale * Math.pow(10, -14 + 2 * attempt);
    }
    return Double.NaN;
  }

  /** Cholesky factor of A (regularised if needed, see the class note) into work; returns ln det A. */
  private static double factor(double[] a, int n, double[] work) {
    double logDet = factorWithinRounding(a, n, work);
    if (!Double.isNaN(logDet)) {
      return logDet; // a non-finite entry would have made every pivot fail
    }
    double maxAbs = 0;
    for (int i = 0; i < 2 * n * n; i += 2) {
      maxAbs = Math.max(maxAbs, Math.abs(a[i]) + Math.abs(a[i + 1]));
    }
    if (!Double.isFinite(maxAbs)) {
      throw new IllegalArgumentException("matrix has a non-finite entry");
    }
    double ridge = 0;
    // Indefinite beyond rounding: A + r·I with r ≥ n·max|a_ij| is diagonally dominant.
    double gershgorin = n * maxAbs + Double.MIN_NORMAL;
    for (double fraction = 1e-6; ; fraction *= 100) {
      ridge = Math.max(ridge, Math.min(fraction, 2) * gershgorin);
      logDet = tryCholesky(a, n, work, ridge);
      if (!Double.isNaN(logDet)) {
        return logDet;
      }
      if (fraction >= 2) {
        throw new ArithmeticException("matrix is not positive definite even with a ridge of "
            + ridge);
      }
    }
  }

  private static double tryCholesky(double[] a, int n, double[] l, double ridge) {
    System.arraycopy(a, 0, l, 0, 2 * n * n);
    double logDet = 0;
    for (int j = 0; j < n; j++) {
      int jj = 2 * (j * n + j);
      double d = l[jj] + ridge;
      for (int p = 0; p < j; p++) {
        int jp = 2 * (j * n + p);
        d -= l[jp] * l[jp] + l[jp + 1] * l[jp + 1];
      }
      if (!(d > 0) || Double.isInfinite(d)) {
        return Double.NaN;
      }
      double ljj = Math.sqrt(d);
      l[jj] = ljj;
      l[jj + 1] = 0;
      logDet += 2 * Math.log(ljj);
      for (int i = j + 1; i < n; i++) {
        int ij = 2 * (i * n + j);
        double sr = l[ij];
        double si = l[ij + 1];
        for (int p = 0; p < j; p++) {
          int ip = 2 * (i * n + p);
          int jp = 2 * (j * n + p);
          // L_ip · conj(L_jp)
          sr -= l[ip] * l[jp] + l[ip + 1] * l[jp + 1];
          si -= l[ip + 1] * l[jp] - l[ip] * l[jp + 1];
        }
        l[ij] = sr / ljj;
        l[ij + 1] = si / ljj;
      }
      for (int i = 0; i < j; i++) {
        l[2 * (i * n + j)] = 0;
        l[2 * (i * n + j) + 1] = 0;
      }
    }
    return logDet;
  }

  /** Replaces A (n × n, interleaved) by (A + Aᴴ)/2 (modified), removing rounding asymmetry. */
  public static void hermitize(double[] a, int n) {
    for (int i = 0; i < n; i++) {
      a[2 * (i * n + i) + 1] = 0;
      for (int j = 0; j < i; j++) {
        double re = (a[2 * (i * n + j)] + a[2 * (j * n + i)]) / 2;
        double im = (a[2 * (i * n + j) + 1] - a[2 * (j * n + i) + 1]) / 2;
        a[2 * (i * n + j)] = re;
        a[2 * (i * n + j) + 1] = im;
        a[2 * (j * n + i)] = re;
        a[2 * (j * n + i) + 1] = -im;
      }
    }
  }
}
