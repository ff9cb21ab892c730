package io.fluidedge.link;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;

/**
 * Closed-form rates of all users as a function of one antenna's position, the others held fixed,
 * in O(K·M²) per point instead of O(K·M³).
 *
 * <p>Moving antenna m changes only row m of every H_j, hence only row and column m of
 * X ∈ {Q, C_1..C_K}. Writing X = [[A, v], [vᴴ, c]] with m last, det X = det A·(c − vᴴA⁻¹v) (Schur
 * complement), and A does not depend on antenna m. {@link #focus} precomputes A⁻¹ and ln det A
 * for every X; {@link #evaluate} then needs only the new row: h_j = f_j(r)ᴴ·U_j,
 * v[n] = Σ_j (p_j/N)·H_j[n,:]·h_jᴴ, c = σ² + Σ_j (p_j/N)·‖h_j‖² (minus user k's term for C_k).
 *
 * <p>Gradient: with z = A⁻¹v, d ln det X = (dc − 2·Re(zᴴ dv))/(c − vᴴz), and
 * ∂h_j/∂x = Σ_q (−j·kx_q)·conj(f_q)·U_j[q,:] (ky_q for y), which is the DESIGN §1 formula
 * 2·Re{e_mᵀ X⁻¹ Σ_j H_j P_j ∂h_jᴴ} written through the Schur complement. Mutable work object:
 * not thread-safe.
 */
public final class SchurRates {

  private static final double LN2 = Math.log(2);

  private final int antennas;
  private final int streams;
  private final int users;
  private final UserChannel[] channels;
  private final double[] power;
  private final double noise;
  private final double[] posX;
  private final double[] posY;
  private final double[][] hRe;
  private final double[][] hIm;
  private final double[][] aInv;
  private final double[] logDetA;
  private int focus = -1;

  private final double[] xMat;
  private final double[] inv;
  private final double[] work;
  private final double[][] rowRe;
  private final double[][] rowIm;
  private final double[][] dxRe;
  private final double[][] dxIm;
  private final double[][] dyRe;
  private final double[][] dyIm;
  private final double[] norm2;
  private final double[] dNormX;
  private final double[] dNormY;
  private final double[][] wRe;
  private final double[][] wIm;
  private final double[][] wxRe;
  private final double[][] wxIm;
  private final double[][] wyRe;
  private final double[][] wyIm;
  private final double[] vRe;
  private final double[] vIm;
  private final double[] zRe;
  private final double[] zIm;
  private final double[] logDet;
  private final double[] dLogX;
  private final double[] dLogY;

  /** Work object for a channel and starting positions (copied). */
  public SchurRates(Channel channel, Positions positions) {
    antennas = positions.size();
    streams = channel.userAntennas();
    users = channel.userCount();
    channels = channel.users().toArray(new UserChannel[0]);
    power = new double[users];
    for (int j = 0; j < users; j++) {
      power[j] = channels[j].txPower() / streams;
    }
    noise = channel.noisePower();
    posX = new double[antennas];
    posY = new double[antennas];
    hRe = new double[users][antennas * streams];
    hIm = new double[users][antennas * streams];
    aInv = new double[users + 1][2 * antennas * antennas];
    logDetA = new double[users + 1];
    xMat = new double[2 * antennas * antennas];
    inv = new double[2 * antennas * antennas];
    work = new double[2 * antennas * antennas];
    rowRe = new double[users][streams];
    rowIm = new double[users][streams];
    dxRe = new double[users][streams];
    dxIm = new double[users][streams];
    dyRe = new double[users][streams];
    dyIm = new double[users][streams];
    norm2 = new double[users];
    dNormX = new double[users];
    dNormY = new double[users];
    wRe = new double[users][antennas];
    wIm = new double[users][antennas];
    wxRe = new double[users][antennas];
    wxIm = new double[users][antennas];
    wyRe = new double[users][antennas];
    wyIm = new double[users][antennas];
    vRe = new double[antennas];
    vIm = new double[antennas];
    zRe = new double[antennas];
    zIm = new double[antennas];
    logDet = new double[users + 1];
    dLogX = new double[users + 1];
    dLogY = new double[users + 1];
    for (int m = 0; m < antennas; m++) {
      setRow(m, positions.x(m), positions.y(m));
    }
  }

  /** Number of users K. */
  public int users() {
    return users;
  }

  /** Number of BS antennas M. */
  public int antennas() {
    return antennas;
  }

  /** Current x of antenna m, m. */
  public double x(int m) {
    return posX[m];
  }

  /** Current y of antenna m, m. */
  public double y(int m) {
    return posY[m];
  }

  /** The current positions. */
  public Positions positions() {
    return Positions.of(posX, posY);
  }

  /** Prepares to move antenna m: A⁻¹ and ln det A for Q and every C_k, O(K·M³). */
  public void focus(int m) {
    for (int t = 0; t <= users; t++) {
      buildCovariance(t - 1);
      double logDetX = Hermitian.invert(xMat, antennas, inv, work);
      double dRe = inv[2 * (m * antennas + m)];
      double[] a = aInv[t];
      for (int r = 0; r < antennas; r++) {
        int rm = 2 * (r * antennas + m);
        for (int c = 0; c < antennas; c++) {
          int idx = 2 * (r * antennas + c);
          if (r == m || c == m) {
            a[idx] = 0;
            a[idx + 1] = 0;
            continue;
          }
          int mc = 2 * (m * antennas + c);
          // inv[r,m]·inv[m,c] / inv[m,m]
          double pr = inv[rm] * inv[mc] - inv[rm + 1] * inv[mc + 1];
          double pi = inv[rm] * inv[mc + 1] + inv[rm + 1] * inv[mc];
          a[idx] = inv[idx] - pr / dRe;
          a[idx + 1] = inv[idx + 1] - pi / dRe;
        }
      }
      logDetA[t] = logDetX + Math.log(dRe);
    }
    focus = m;
  }

  /** The focused antenna, or −1. */
  public int focused() {
    return focus;
  }

  /**
   * Closed-form rates with the focused antenna at (x, y), bit/s/Hz, and optionally their gradient.
   *
   * @param rates receives R_k (modified, length K)
   * @param dRdx  receives ∂R_k/∂x, or null for no gradient (modified)
   * @param dRdy  receives ∂R_k/∂y, or null (modified)
   */
  public void evaluate(double x, double y, double[] rates, double[] dRdx, double[] dRdy) {
    if (focus < 0) {
      throw new IllegalStateException("focus(m) first");
    }
    boolean grad = dRdx != null;
    double cQ = noise;
    double dcQx = 0;
    double dcQy = 0;
    for (int j = 0; j < users; j++) {
      if (grad) {
        channels[j].rowWithGradient(x, y, rowRe[j], rowIm[j], dxRe[j], dxIm[j], dyRe[j], dyIm[j]);
      } else {
        channels[j].row(x, y, rowRe[j], rowIm[j]);
      }
      double n2 = 0;
      double dnx = 0;
      double dny = 0;
      for (int i = 0; i < streams; i++) {
        n2 += rowRe[j][i] * rowRe[j][i] + rowIm[j][i] * rowIm[j][i];
        if (grad) {
          dnx += 2 * (rowRe[j][i] * dxRe[j][i] + rowIm[j][i] * dxIm[j][i]);
          dny += 2 * (rowRe[j][i] * dyRe[j][i] + rowIm[j][i] * dyIm[j][i]);
        }
      }
      norm2[j] = n2;
      dNormX[j] = dnx;
      dNormY[j] = dny;
      cQ += power[j] * n2;
      dcQx += power[j] * dnx;
      dcQy += power[j] * dny;
      crossRow(j, rowRe[j], rowIm[j], wRe[j], wIm[j]);
      if (grad) {
        crossRow(j, dxRe[j], dxIm[j], wxRe[j], wxIm[j]);
        crossRow(j, dyRe[j], dyIm[j], wyRe[j], wyIm[j]);
      }
    }
    for (int t = 0; t <= users; t++) {
      int k = t - 1;
      double c = cQ - (k >= 0 ? power[k] * norm2[k] : 0);
      combine(k, wRe, wIm);
      double s = quadratic(aInv[t], c);
      logDet[t] = logDetA[t] + Math.log(s);
      if (grad) {
        double dcx = dcQx - (k >= 0 ? power[k] * dNormX[k] : 0);
        double dcy = dcQy - (k >= 0 ? power[k] * dNormY[k] : 0);
        combine(k, wxRe, wxIm);
        dLogX[t] = (dcx - 2 * dotZ()) / s;
        combine(k, wyRe, wyIm);
        dLogY[t] = (dcy - 2 * dotZ()) / s;
      }
    }
    for (int k = 0; k < users; k++) {
      rates[k] = Math.max(0.0, (logDet[0] - logDet[k + 1]) / LN2);
      if (grad) {
        dRdx[k] = (dLogX[0] - dLogX[k + 1]) / LN2;
        dRdy[k] = (dLogY[0] - dLogY[k + 1]) / LN2;
      }
    }
  }

  /** Moves the focused antenna to (x, y); the focus stays valid (A does not depend on it). */
  public void commit(double x, double y) {
    setRow(focus, x, y);
  }

  /** Moves antenna m to (x, y) and drops the focus. */
  public void moveTo(int m, double x, double y) {
    setRow(m, x, y);
    focus = -1;
  }

  private void setRow(int m, double x, double y) {
    posX[m] = x;
    posY[m] = y;
    for (int j = 0; j < users; j++) {
      channels[j].row(x, y, rowRe[j], rowIm[j]);
      System.arraycopy(rowRe[j], 0, hRe[j], m * streams, streams);
      System.arraycopy(rowIm[j], 0, hIm[j], m * streams, streams);
    }
  }

  /** out[n] = Σ_i H_j[n,i]·conj(row[i]) for n ≠ focus (out[focus] = 0). */
  private void crossRow(int j, double[] rRe, double[] rIm, double[] outRe, double[] outIm) {
    double[] hr = hRe[j];
    double[] hi = hIm[j];
    for (int n = 0; n < antennas; n++) {
      double sr = 0;
      double si = 0;
      if (n != focus) {
        int base = n * streams;
        for (int i = 0; i < streams; i++) {
          sr += hr[base + i] * rRe[i] + hi[base + i] * rIm[i];
          si += hi[base + i] * rRe[i] - hr[base + i] * rIm[i];
        }
      }
      outRe[n] = sr;
      outIm[n] = si;
    }
  }

  /** v = Σ_j p_j/N · w_j minus user k's term (k = −1: none). */
  private void combine(int k, double[][] wr, double[][] wi) {
    for (int n = 0; n < antennas; n++) {
      double sr = 0;
      double si = 0;
      for (int j = 0; j < users; j++) {
        if (j != k) {
          sr += power[j] * wr[j][n];
          si += power[j] * wi[j][n];
        }
      }
      vRe[n] = sr;
      vIm[n] = si;
    }
  }

  /** z = A⁻¹v; returns the Schur complement c − Re(vᴴz), floored at a tiny fraction of c. */
  private double quadratic(double[] a, double c) {
    double q = 0;
    for (int r = 0; r < antennas; r++) {
      double sr = 0;
      double si = 0;
      int base = 2 * r * antennas;
      for (int col = 0; col < antennas; col++) {
        double ar = a[base + 2 * col];
        double ai = a[base + 2 * col + 1];
        sr += ar * vRe[col] - ai * vIm[col];
        si += ar * vIm[col] + ai * vRe[col];
      }
      zRe[r] = sr;
      zIm[r] = si;
      q += vRe[r] * sr + vIm[r] * si;
    }
    return Math.max(c - q, 1e-15 * c);
  }

  /** Re(zᴴ·v) with the current v (a derivative direction). */
  private double dotZ() {
    double s = 0;
    for (int n = 0; n < antennas; n++) {
      s += zRe[n] * vRe[n] + zIm[n] * vIm[n];
    }
    return s;
  }

  /** Builds Q (exclude = −1) or C_k (exclude = k) into xMat from the current rows. */
  private void buildCovariance(int exclude) {
    java.util.Arrays.fill(xMat, 0);
    for (int r = 0; r < antennas; r++) {
      xMat[2 * (r * antennas + r)] = noise;
    }
    for (int j = 0; j < users; j++) {
      if (j == exclude) {
        continue;
      }
      double p = power[j];
      double[] hr = hRe[j];
      double[] hi = hIm[j];
      for (int r = 0; r < antennas; r++) {
        for (int c = 0; c <= r; c++) {
          double sr = 0;
          double si = 0;
          for (int i = 0; i < streams; i++) {
            int ri = r * streams + i;
            int ci = c * streams + i;
            sr += hr[ri] * hr[ci] + hi[ri] * hi[ci];
            si += hi[ri] * hr[ci] - hr[ri] * hi[ci];
          }
          xMat[2 * (r * antennas + c)] += p * sr;
          xMat[2 * (r * antennas + c) + 1] += p * si;
          if (c != r) {
            xMat[2 * (c * antennas + r)] += p * sr;
            xMat[2 * (c * antennas + r) + 1] -= p * si;
          }
        }
      }
    }
  }
}
