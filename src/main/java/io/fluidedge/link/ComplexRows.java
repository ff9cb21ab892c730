package io.fluidedge.link;

/**
 * K complex M × N matrices (one per user) stored side by side as one M × KN matrix
 * [M_1 | … | M_K], real and imaginary parts apart, one array per row: the channel matrices H_j
 * and the products Q⁻¹H_j, A⁻¹H̃_j kept by {@link SchurRates}. Entry (r, i) of user j is at
 * [r][j·N + i], so a whole antenna row of all users is one array: the kernels that touch every
 * user ({@link #gram}, {@link #setProduct}, {@link #setRankOneUpdate(ComplexRows, int, double[],
 * double[], double[], double[], double)}) run over rows of length KN instead of N, and
 * {@link PotentialGradient} reads the rows without copying them. Rows are separate arrays, not
 * offsets into one, because that is the form of loop the JIT vectorises (docs/performance.md,
 * "V = [Y]·B vectorised by the JIT").
 */
final class ComplexRows {

  private final int rows;
  private final int cols;
  private final int width;
  private final double[][] re;
  private final double[][] im;
  /** {@link #columnGram}'s scratch, made on its first call. */
  private double[] gramRe;
  private double[] gramIm;

  ComplexRows(int users, int rows, int cols) {
    this.rows = rows;
    this.cols = cols;
    this.width = users * cols;
    re = new double[rows][width];
    im = new double[rows][width];
  }

  /** The real parts, M rows of KN (the live arrays: callers only read them). */
  double[][] re() {
    return re;
  }

  /** The imaginary parts, as {@link #re()}. */
  double[][] im() {
    return im;
  }

  double re(int j, int r, int i) {
    return re[r][j * cols + i];
  }

  double im(int j, int r, int i) {
    return im[r][j * cols + i];
  }

  void set(int j, int r, int i, double vRe, double vIm) {
    re[r][j * cols + i] = vRe;
    im[r][j * cols + i] = vIm;
  }

  void setRow(int j, int r, double[] vRe, double[] vIm) {
    System.arraycopy(vRe, 0, re[r], j * cols, cols);
    System.arraycopy(vIm, 0, im[r], j * cols, cols);
  }

  /**
   * q = σ²I + Σ_j c_j·M_j·M_jᴴ (q interleaved rows × rows, overwritten). Each entry adds the
   * users' terms in the order j = 0, 1, …, each term c_j·(Σ_i …) as one user at a time would.
   *
   * @param noise σ²
   * @param power c_j per user
   */
  void gram(double noise, double[] power, double[] q) {
    int users = power.length;
    for (int r = 0; r < rows; r++) {
      double[] rRe = re[r];
      double[] rIm = im[r];
      for (int s = 0; s <= r; s++) {
        double[] sRe = re[s];
        double[] sIm = im[s];
        double accRe = s == r ? noise : 0;
        double accIm = 0;
        for (int j = 0; j < users; j++) {
          double sr = 0;
          double si = 0;
          for (int i = 0, at = j * cols; i < cols; i++, at++) {
            sr += rRe[at] * sRe[at] + rIm[at] * sIm[at];
            si += rIm[at] * sRe[at] - rRe[at] * sIm[at];
          }
          accRe += power[j] * sr;
          accIm += power[j] * si;
        }
        q[2 * (r * rows + s)] = accRe;
        q[2 * (r * rows + s) + 1] = s == r ? 0 : accIm;
        if (s != r) {
          q[2 * (s * rows + r)] = accRe;
          q[2 * (s * rows + r) + 1] = -accIm;
        }
      }
    }
  }

  /** this = other with user j's columns scaled by √c_j, so that {@link #gram(double, double[])}
   * of this is σ²I + Σ_j c_j·M_j·M_jᴴ of other. */
  void setScaledColumns(ComplexRows other, double[] power) {
    for (int j = 0; j < power.length; j++) {
      double f = Math.sqrt(power[j]);
      for (int r = 0; r < rows; r++) {
        for (int i = 0, at = j * cols; i < cols; i++, at++) {
          re[r][at] = f * other.re[r][at];
          im[r][at] = f * other.im[r][at];
        }
      }
    }
  }

  /**
   * q = σ²I + [M]·[M]ᴴ over all users' columns at once (q interleaved rows × rows, overwritten):
   * one dot product of length KN per entry (rows scaled by {@link #setScaledColumns} give the
   * powered Gram of {@link #gram(double, double[], double[])}, equal up to rounding).
   */
  void gram(double noise, double[] q) {
    for (int r = 0; r < rows; r++) {
      double[] rRe = re[r];
      double[] rIm = im[r];
      for (int s = 0; s <= r; s++) {
        double[] sRe = re[s];
        double[] sIm = im[s];
        double sr = 0;
        double si = 0;
        for (int p = 0; p < width; p++) {
          sr += rRe[p] * sRe[p] + rIm[p] * sIm[p];
          si += rIm[p] * sRe[p] - rRe[p] * sIm[p];
        }
        q[2 * (r * rows + s)] = s == r ? noise + sr : sr;
        q[2 * (r * rows + s) + 1] = s == r ? 0 : si;
        if (s != r) {
          q[2 * (s * rows + r)] = sr;
          q[2 * (s * rows + r) + 1] = -si;
        }
      }
    }
  }

  /**
   * out = σ²I + [M]ᴴ[M] (KN × KN, interleaved, overwritten): the Gram of the columns of all users
   * side by side, accumulated one row of [M] at a time over the upper triangle, then mirrored.
   *
   * @param noise σ², added on the diagonal
   */
  void columnGram(double noise, double[] out) {
    if (gramRe == null) {
      gramRe = new double[width * width];
      gramIm = new double[width * width];
    }
    upperColumnGram(re, im, rows, width, gramRe, gramIm);
    for (int p = 0; p < width; p++) {
      out[2 * (p * width + p)] = gramRe[p * width + p] + noise;
      out[2 * (p * width + p) + 1] = 0;
      for (int q = p + 1; q < width; q++) {
        out[2 * (p * width + q)] = gramRe[p * width + q];
        out[2 * (p * width + q) + 1] = gramIm[p * width + q];
        out[2 * (q * width + p)] = gramRe[p * width + q];
        out[2 * (q * width + p) + 1] = -gramIm[p * width + q];
      }
    }
  }

  /**
   * The upper triangle (q ≥ p) of Σ_r conj(M[r, p])·M[r, q] over the first {@code rows} rows
   * (width columns) into gRe and gIm (width × width row-major; below the diagonal left as it
   * was). Row p is summed over r = 0, 1, … in a row of its own, the form of loop the JIT
   * vectorises, then copied into place. Shared by {@link #columnGram} and the exact rates
   * ({@link UplinkRates}).
   */
  static void upperColumnGram(double[][] re, double[][] im, int rows, int width, double[] gRe,
      double[] gIm) {
    double[] accRe = new double[width];
    double[] accIm = new double[width];
    for (int p = 0; p < width; p++) {
      java.util.Arrays.fill(accRe, 0);
      java.util.Arrays.fill(accIm, 0);
      for (int r = 0; r < rows; r++) {
        double[] rowRe = re[r];
        double[] rowIm = im[r];
        double a = rowRe[p];
        double b = rowIm[p];
        for (int q = p; q < width; q++) {
          accRe[q] += a * rowRe[q] + b * rowIm[q]; // conj(M[r, p])·M[r, q]
        }
        for (int q = p; q < width; q++) {
          accIm[q] += a * rowIm[q] - b * rowRe[q];
        }
      }
      System.arraycopy(accRe, p, gRe, p * width + p, width - p);
      System.arraycopy(accIm, p, gIm, p * width + p, width - p);
    }
  }

  /**
   * this = A·P for every user at once, P a KN × KN matrix with real and imaginary parts apart
   * (row-major): each output row is accumulated as Σ_p A[r, p]·P[p, :] over contiguous rows of P.
   */
  void setProductRight(ComplexRows a, double[] pRe, double[] pIm) {
    for (int r = 0; r < rows; r++) {
      double[] oRe = re[r];
      double[] oIm = im[r];
      java.util.Arrays.fill(oRe, 0);
      java.util.Arrays.fill(oIm, 0);
      for (int p = 0; p < width; p++) {
        double ar = a.re[r][p];
        double ai = a.im[r][p];
        int in = p * width;
        for (int q = 0; q < width; q++) {
          oRe[q] += ar * pRe[in + q] - ai * pIm[in + q];
          oIm[q] += ar * pIm[in + q] + ai * pRe[in + q];
        }
      }
    }
  }

  /** Scales user j's columns by c_j^exponent, in place. */
  void scaleColumns(double[] power, double exponent) {
    for (int j = 0; j < power.length; j++) {
      double f = Math.pow(power[j], exponent);
      for (int r = 0; r < rows; r++) {
        for (int i = 0, at = j * cols; i < cols; i++, at++) {
          re[r][at] *= f;
          im[r][at] *= f;
        }
      }
    }
  }

  /**
   * out[r][s] = Σ_p c_p·M[r, p]·conj(other[s, p]) for s ≤ r (the lower triangle of M·C·otherᴴ,
   * rows × rows, parts apart; entries above the diagonal are left as they were), c_p the power
   * of column p's user.
   */
  void timesScaledAdjoint(ComplexRows other, double[] power, double[][] outRe,
      double[][] outIm) {
    double[] wRe = new double[width];
    double[] wIm = new double[width];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < power.length; j++) {
        for (int i = 0, p = j * cols; i < cols; i++, p++) {
          wRe[p] = power[j] * re[r][p];
          wIm[p] = power[j] * im[r][p];
        }
      }
      for (int s = 0; s <= r; s++) {
        double[] oRe = other.re[s];
        double[] oIm = other.im[s];
        double sr = 0;
        double si = 0;
        for (int p = 0; p < width; p++) {
          // w_p·conj(o_p)
          sr += wRe[p] * oRe[p] + wIm[p] * oIm[p];
          si += wIm[p] * oRe[p] - wRe[p] * oIm[p];
        }
        outRe[r][s] = sr;
        outIm[r][s] = si;
      }
    }
  }

  /** out[r] += Σ_p M[r, p]·w_p for r ≠ skip, over all users' columns at once (w of length KN). */
  void addTimes(int skip, double[] wRe, double[] wIm, double[] outRe, double[] outIm) {
    for (int r = 0; r < rows; r++) {
      if (r == skip) {
        continue;
      }
      double[] rRe = re[r];
      double[] rIm = im[r];
      double sr = 0;
      double si = 0;
      for (int p = 0; p < width; p++) {
        sr += rRe[p] * wRe[p] - rIm[p] * wIm[p];
        si += rRe[p] * wIm[p] + rIm[p] * wRe[p];
      }
      outRe[r] += sr;
      outIm[r] += si;
    }
  }

  /**
   * this = X·other for every user at once, X interleaved rows × rows: each output row is
   * accumulated as Σ_c X[r, c]·other[c, :] over c = 0, 1, … (an axpy over contiguous rows of
   * length KN; each entry sums its terms in the same order as a dot product would).
   */
  void setProduct(double[] x, ComplexRows other) {
    for (int r = 0; r < rows; r++) {
      double[] outRe = re[r];
      double[] outIm = im[r];
      java.util.Arrays.fill(outRe, 0);
      java.util.Arrays.fill(outIm, 0);
      for (int c = 0; c < rows; c++) {
        addScaled(outRe, outIm, x[2 * (r * rows + c)], x[2 * (r * rows + c) + 1], other.re[c],
            other.im[c], width);
      }
    }
  }

  /**
   * out[p] = Σ_{r ≠ skip} conj(z_r)·M[r, p] for every column p of [M_1 | … | M_K] at once
   * (length KN, overwritten), the users' zᴴM_j side by side.
   */
  void adjointTimesAll(int skip, double[] zRe, double[] zIm, double[] outRe, double[] outIm) {
    java.util.Arrays.fill(outRe, 0, width, 0);
    java.util.Arrays.fill(outIm, 0, width, 0);
    for (int r = 0; r < rows; r++) {
      if (r == skip) {
        continue;
      }
      addScaled(outRe, outIm, zRe[r], -zIm[r], re[r], im[r], width); // conj(z_r)·M[r, :]
    }
  }

  /**
   * out[p] = Σ_{r ≠ skip} conj(M[r, p])·z_r for every column p at once (length KN,
   * overwritten): the users' H_jᴴz side by side. It is the conjugate of
   * {@link #adjointTimesAll}, whose imaginary terms are the exact negatives of these.
   */
  void conjTransposeTimesAll(int skip, double[] zRe, double[] zIm, double[] outRe,
      double[] outIm) {
    adjointTimesAll(skip, zRe, zIm, outRe, outIm);
    for (int p = 0; p < width; p++) {
      outIm[p] = -outIm[p];
    }
  }

  /**
   * out[r] += Σ_j c_j·Σ_i M_j[r, i]·conj(v_j[i]) for r ≠ skip, the users' terms added in the
   * order j = 0, 1, …: {@link #addTimesConj} for every user, walking each row once.
   *
   * @param c per-user factors c_j
   * @param vRe v_j's real parts, one array of length N per user
   * @param vIm v_j's imaginary parts
   */
  void addTimesConjAll(int skip, double[] c, double[][] vRe, double[][] vIm, double[] outRe,
      double[] outIm) {
    int users = c.length;
    for (int r = 0; r < rows; r++) {
      if (r == skip) {
        continue;
      }
      double accRe = outRe[r];
      double accIm = outIm[r];
      double[] rRe = re[r];
      double[] rIm = im[r];
      for (int j = 0, base = 0; j < users; j++, base += cols) {
        double[] vr = vRe[j];
        double[] vi = vIm[j];
        double sr = 0;
        double si = 0;
        for (int i = 0; i < cols; i++) {
          double wi = -vi[i];
          sr += rRe[base + i] * vr[i] - rIm[base + i] * wi;
          si += rRe[base + i] * wi + rIm[base + i] * vr[i];
        }
        accRe += c[j] * sr;
        accIm += c[j] * si;
      }
      outRe[r] = accRe;
      outIm[r] = accIm;
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
    for (int r = 0; r < rows; r++) {
      if (r == skip) {
        continue;
      }
      double sr = 0;
      double si = 0;
      double[] rRe = re[r];
      double[] rIm = im[r];
      int base = j * cols;
      for (int i = 0; i < cols; i++) {
        double wi = conjSign * vIm[i];
        sr += rRe[base + i] * vRe[i] - rIm[base + i] * wi;
        si += rRe[base + i] * wi + rIm[base + i] * vRe[i];
      }
      outRe[r] += c * sr;
      outIm[r] += c * si;
    }
  }

  /**
   * this[r, :] = base[r, :] + sign·z_r·β for r ≠ m and this[m, :] = 0, for every user at once (β
   * of length KN: user j's N entries at j·N).
   */
  void setRankOneUpdate(ComplexRows base, int m, double[] zRe, double[] zIm, double[] bRe,
      double[] bIm, double sign) {
    for (int r = 0; r < rows; r++) {
      double[] outRe = re[r];
      double[] outIm = im[r];
      if (r == m) {
        java.util.Arrays.fill(outRe, 0);
        java.util.Arrays.fill(outIm, 0);
        continue;
      }
      double[] inRe = base.re[r];
      double[] inIm = base.im[r];
      double zr = sign * zRe[r];
      double zi = sign * zIm[r];
      for (int p = 0; p < width; p++) {
        outRe[p] = inRe[p] + (zr * bRe[p] - zi * bIm[p]);
      }
      for (int p = 0; p < width; p++) {
        outIm[p] = inIm[p] + (zr * bIm[p] + zi * bRe[p]);
      }
    }
  }

  /**
   * this[r, :] −= a_r·u and += b_r·v for r ≠ m (row m untouched), in place, every user at once:
   * a rank-two update in one pass over the rows (u, v of length KN).
   */
  void addRankTwo(int m, double[] aRe, double[] aIm, double[] uRe, double[] uIm, double[] bRe,
      double[] bIm, double[] vRe, double[] vIm) {
    for (int r = 0; r < rows; r++) {
      if (r == m) {
        continue;
      }
      double[] rRe = re[r];
      double[] rIm = im[r];
      double ar = aRe[r];
      double ai = aIm[r];
      double br = bRe[r];
      double bi = bIm[r];
      // The real and imaginary parts in loops of their own: each then vectorises.
      for (int p = 0; p < width; p++) {
        rRe[p] += (br * vRe[p] - bi * vIm[p]) - (ar * uRe[p] - ai * uIm[p]);
      }
      for (int p = 0; p < width; p++) {
        rIm[p] += (br * vIm[p] + bi * vRe[p]) - (ar * uIm[p] + ai * uRe[p]);
      }
    }
  }

  /**
   * out += a·x element by element over the first n entries (a = aRe + j·aIm): the complex row
   * update every row kernel of the package shares, written once in the form of loop the JIT
   * vectorises (docs/performance.md, "V = [Y]·B vectorised by the JIT").
   */
  static void addScaled(double[] outRe, double[] outIm, double aRe, double aIm, double[] xRe,
      double[] xIm, int n) {
    for (int p = 0; p < n; p++) {
      double x = xRe[p];
      double y = xIm[p];
      outRe[p] += aRe * x - aIm * y;
      outIm[p] += aRe * y + aIm * x;
    }
  }

  /** s = M_kᴴ·other_k (N × N interleaved, overwritten). */
  void crossGram(int k, ComplexRows other, double[] s) {
    for (int p = 0; p < cols; p++) {
      for (int q = 0; q < cols; q++) {
        double sr = 0;
        double si = 0;
        int rp = k * cols + p;
        int rq = k * cols + q;
        for (int r = 0; r < rows; r++) {
          double[] c = other.re[r];
          double[] d = other.im[r];
          sr += re[r][rp] * c[rq] + im[r][rp] * d[rq];
          si += re[r][rp] * d[rq] - im[r][rp] * c[rq];
        }
        s[2 * (p * cols + q)] = sr;
        s[2 * (p * cols + q) + 1] = si;
      }
    }
  }
}
