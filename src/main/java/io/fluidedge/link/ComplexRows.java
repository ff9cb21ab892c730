package io.fluidedge.link;

/**
 * K complex M × N matrices (one per user) with separate real and imaginary arrays, row-major:
 * the channel matrices H_j and the products Q⁻¹H_j, A⁻¹H̃_j kept by {@link SchurRates}.
 */
final class ComplexRows {

  private final int rows;
  private final int cols;
  private final double[][] re;
  private final double[][] im;

  ComplexRows(int users, int rows, int cols) {
    this.rows = rows;
    this.cols = cols;
    re = new double[users][rows * cols];
    im = new double[users][rows * cols];
  }

  /**
   * Row r of [M_1 | … | M_K] (the users' matrices side by side) into row r of re, im (rows ×
   * K·cols, row-major; modified).
   */
  void sideBySide(int r, double[] re, double[] im) {
    int width = this.re.length * cols;
    for (int j = 0; j < this.re.length; j++) {
      System.arraycopy(this.re[j], r * cols, re, r * width + j * cols, cols);
      System.arraycopy(this.im[j], r * cols, im, r * width + j * cols, cols);
    }
  }

  double re(int j, int r, int i) {
    return re[j][r * cols + i];
  }

  double im(int j, int r, int i) {
    return im[j][r * cols + i];
  }

  void set(int j, int r, int i, double vRe, double vIm) {
    re[j][r * cols + i] = vRe;
    im[j][r * cols + i] = vIm;
  }

  void setRow(int j, int r, double[] vRe, double[] vIm) {
    System.arraycopy(vRe, 0, re[j], r * cols, cols);
    System.arraycopy(vIm, 0, im[j], r * cols, cols);
  }

  /** q += c·M_j·M_jᴴ (q interleaved rows × rows, modified). */
  void addGram(int j, double c, double[] q) {
    double[] a = re[j];
    double[] b = im[j];
    for (int r = 0; r < rows; r++) {
      for (int s = 0; s <= r; s++) {
        double sr = 0;
        double si = 0;
        for (int i = 0; i < cols; i++) {
          int ri = r * cols + i;
          int si2 = s * cols + i;
          sr += a[ri] * a[si2] + b[ri] * b[si2];
          si += b[ri] * a[si2] - a[ri] * b[si2];
        }
        q[2 * (r * rows + s)] += c * sr;
        q[2 * (r * rows + s) + 1] += c * si;
        if (s != r) {
          q[2 * (s * rows + r)] += c * sr;
          q[2 * (s * rows + r) + 1] -= c * si;
        }
      }
    }
  }

  /** this_j = X·other_j with X interleaved rows × rows. */
  void setProduct(int j, double[] x, ComplexRows other) {
    double[] oRe = other.re[j];
    double[] oIm = other.im[j];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < cols; i++) {
        double sr = 0;
        double si = 0;
        for (int c = 0; c < rows; c++) {
          double xr = x[2 * (r * rows + c)];
          double xi = x[2 * (r * rows + c) + 1];
          int ci = c * cols + i;
          sr += xr * oRe[ci] - xi * oIm[ci];
          si += xr * oIm[ci] + xi * oRe[ci];
        }
        re[j][r * cols + i] = sr;
        im[j][r * cols + i] = si;
      }
    }
  }

  /** out[i] = Σ_{r ≠ skip} conj(z_r)·M_j[r, i]. */
  void adjointTimes(int j, int skip, double[] zRe, double[] zIm, double[] outRe, double[] outIm) {
    double[] a = re[j];
    double[] b = im[j];
    for (int i = 0; i < cols; i++) {
      double sr = 0;
      double si = 0;
      for (int r = 0; r < rows; r++) {
        if (r != skip) {
          int ri = r * cols + i;
          sr += zRe[r] * a[ri] + zIm[r] * b[ri];
          si += zRe[r] * b[ri] - zIm[r] * a[ri];
        }
      }
      outRe[i] = sr;
      outIm[i] = si;
    }
  }

  /** out[i] = Σ_{r ≠ skip} conj(M_j[r, i])·z_r. */
  void conjTransposeTimes(int j, int skip, double[] zRe, double[] zIm, double[] outRe,
      double[] outIm) {
    double[] a = re[j];
    double[] b = im[j];
    for (int i = 0; i < cols; i++) {
      double sr = 0;
      double si = 0;
      for (int r = 0; r < rows; r++) {
        if (r != skip) {
          int ri = r * cols + i;
          sr += a[ri] * zRe[r] + b[ri] * zIm[r];
          si += a[ri] * zIm[r] - b[ri] * zRe[r];
        }
      }
      outRe[i] = sr;
      outIm[i] = si;
    }
  }

  /** out[r] += c·Σ_i M_j[r, i]·conj(v_i) for r ≠ skip (out[skip] untouched). */
  void addTimesConj(int j, int skip, double c, double[] vRe, double[] vIm, double[] outRe,
      double[] outIm) {
    addProduct(j, skip, c, vRe, vIm, -1, outRe, outIm);
  }

  /** out[r] += c·Σ_i M_j[r, i]·v_i for r ≠ skip. */
  void addTimes(int j, int skip, double c, double[] vRe, double[] vIm, double[] outRe,
      double[] outIm) {
    addProduct(j, skip, c, vRe, vIm, 1, outRe, outIm);
  }

  /** out[r] += c·Σ_i M_j[r, i]·(Re v_i + j·conjSign·Im v_i) for r ≠ skip. */
  private void addProduct(int j, int skip, double c, double[] vRe, double[] vIm, double conjSign,
      double[] outRe, double[] outIm) {
    double[] a = re[j];
    double[] b = im[j];
    for (int r = 0; r < rows; r++) {
      if (r == skip) {
        continue;
      }
      double sr = 0;
      double si = 0;
      int base = r * cols;
      for (int i = 0; i < cols; i++) {
        double wi = conjSign * vIm[i];
        sr += a[base + i] * vRe[i] - b[base + i] * wi;
        si += a[base + i] * wi + b[base + i] * vRe[i];
      }
      outRe[r] += c * sr;
      outIm[r] += c * si;
    }
  }

  /** this_j[r] = base_j[r] + sign·z_r·β for r ≠ m; this_j[m] = 0. */
  void setRankOneUpdate(int j, ComplexRows base, int m, double[] zRe, double[] zIm, double[] bRe,
      double[] bIm, double sign) {
    double[] outRe = re[j];
    double[] outIm = im[j];
    double[] inRe = base.re[j];
    double[] inIm = base.im[j];
    for (int r = 0; r < rows; r++) {
      int at = r * cols;
      if (r == m) {
        java.util.Arrays.fill(outRe, at, at + cols, 0);
        java.util.Arrays.fill(outIm, at, at + cols, 0);
        continue;
      }
      double zr = sign * zRe[r];
      double zi = sign * zIm[r];
      for (int i = 0; i < cols; i++) {
        outRe[at + i] = inRe[at + i] + (zr * bRe[i] - zi * bIm[i]);
        outIm[at + i] = inIm[at + i] + (zr * bIm[i] + zi * bRe[i]);
      }
    }
  }

  /** s = M_kᴴ·other_k (N × N interleaved, overwritten). */
  void crossGram(int k, ComplexRows other, double[] s) {
    double[] a = re[k];
    double[] b = im[k];
    double[] c = other.re[k];
    double[] d = other.im[k];
    for (int p = 0; p < cols; p++) {
      for (int q = 0; q < cols; q++) {
        double sr = 0;
        double si = 0;
        for (int r = 0; r < rows; r++) {
          int rp = r * cols + p;
          int rq = r * cols + q;
          sr += a[rp] * c[rq] + b[rp] * d[rq];
          si += a[rp] * d[rq] - b[rp] * c[rq];
        }
        s[2 * (p * cols + q)] = sr;
        s[2 * (p * cols + q) + 1] = si;
      }
    }
  }
}
