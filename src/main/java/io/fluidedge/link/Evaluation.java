package io.fluidedge.link;

import io.fluidedge.radio.UserChannel;

/**
 * Scratch and arithmetic of one {@link SchurRates} evaluation: the new rows h_j, z = A_Q⁻¹v,
 * p_j = H̃_jᴴz, the Schur complements of Q and every C_k and, on request, their gradients.
 * See SchurRates for the identities.
 */
final class Evaluation {

  final double[][] rowRe;
  final double[][] rowIm;
  final double[][] dxRe;
  final double[][] dxIm;
  final double[][] dyRe;
  final double[][] dyIm;
  private final double[] norm2;
  private final double[] dnx;
  private final double[] dny;
  final double[] zRe;
  final double[] zIm;
  final double[] betaRe;
  final double[] betaIm;
  final double[][] pRe;
  final double[][] pIm;
  private final double[] tRe;
  private final double[] tIm;
  private final double[] uRe;
  private final double[] uIm;
  private final double[] wRe;
  private final double[] wIm;
  private final double[] dvxRe;
  private final double[] dvxIm;
  private final double[] dvyRe;
  private final double[] dvyIm;
  private final double[] zetaRe;
  private final double[] zetaIm;
  private final double[] dvkRe;
  private final double[] dvkIm;
  private final double[] negRe;
  private final double[] negIm;
  private final double[] power;
  private final double[] pAllRe;
  private final double[] pAllIm;
  double schurQ;
  private boolean held;
  private double heldX;
  private double heldY;

  Evaluation(int users, int antennas, int streams) {
    rowRe = new double[users][streams];
    rowIm = new double[users][streams];
    dxRe = new double[users][streams];
    dxIm = new double[users][streams];
    dyRe = new double[users][streams];
    dyIm = new double[users][streams];
    norm2 = new double[users];
    dnx = new double[users];
    dny = new double[users];
    zRe = new double[antennas];
    zIm = new double[antennas];
    betaRe = new double[streams];
    betaIm = new double[streams];
    pRe = new double[users][streams];
    pIm = new double[users][streams];
    tRe = new double[streams];
    tIm = new double[streams];
    uRe = new double[streams];
    uIm = new double[streams];
    wRe = new double[streams];
    wIm = new double[streams];
    dvxRe = new double[antennas];
    dvxIm = new double[antennas];
    dvyRe = new double[antennas];
    dvyIm = new double[antennas];
    zetaRe = new double[antennas];
    zetaIm = new double[antennas];
    dvkRe = new double[antennas];
    dvkIm = new double[antennas];
    negRe = new double[streams];
    negIm = new double[streams];
    power = new double[users];
    pAllRe = new double[users * streams];
    pAllIm = new double[users * streams];
  }

  /** True if the scratch holds a run at (x, y) for the current focus and state. */
  boolean holds(double x, double y) {
    return held && x == heldX && y == heldY;
  }

  /** Forgets the last run (the focus or the state changed). */
  void forget() {
    held = false;
  }

  void run(SchurRates sr, double x, double y, double[] rates, double[] dRdx, double[] dRdy) {
    run(sr, x, y, null, -1, rates, dRdx, dRdy);
  }

  /** As {@link #run(SchurRates, double, double, double[], double[], double[])}, the rows at
   * (x, y) taken from point p of {@code kept} when it is not null. */
  void run(SchurRates sr, double x, double y, PointRows kept, int p, double[] rates,
      double[] dRdx, double[] dRdy) {
    held = true;
    heldX = x;
    heldY = y;
    boolean grad = dRdx != null;
    int users = sr.users();
    int n = sr.streams();
    int m = sr.focused();
    ComplexRows h = sr.rows();
    double cQ = sr.noise();
    double dcQx = 0;
    double dcQy = 0;
    java.util.Arrays.fill(zRe, 0);
    java.util.Arrays.fill(zIm, 0);
    if (grad) {
      java.util.Arrays.fill(dvxRe, 0);
      java.util.Arrays.fill(dvxIm, 0);
      java.util.Arrays.fill(dvyRe, 0);
      java.util.Arrays.fill(dvyIm, 0);
    }
    for (int j = 0; j < users; j++) {
      UserChannel u = sr.channel(j);
      double c = sr.power(j);
      // With its derivatives even when unused here: a commit of this point then needs no
      // further field responses.
      if (kept != null) {
        kept.copy(p, j, rowRe[j], rowIm[j], dxRe[j], dxIm[j], dyRe[j], dyIm[j]);
      } else {
        u.rowWithGradient(x, y, rowRe[j], rowIm[j], dxRe[j], dxIm[j], dyRe[j], dyIm[j]);
      }
      double s2 = 0;
      double gx = 0;
      double gy = 0;
      for (int i = 0; i < n; i++) {
        s2 += rowRe[j][i] * rowRe[j][i] + rowIm[j][i] * rowIm[j][i];
        if (grad) {
          gx += 2 * (rowRe[j][i] * dxRe[j][i] + rowIm[j][i] * dxIm[j][i]);
          gy += 2 * (rowRe[j][i] * dyRe[j][i] + rowIm[j][i] * dyIm[j][i]);
        }
      }
      norm2[j] = s2;
      dnx[j] = gx;
      dny[j] = gy;
      cQ += c * s2;
      dcQx += c * gx;
      dcQy += c * gy;
      power[j] = c;
    }
    sr.addFocusedTimesConj(power, rowRe, rowIm, zRe, zIm);
    if (grad) {
      h.addTimesConjAll(m, power, dxRe, dxIm, dvxRe, dvxIm);
      h.addTimesConjAll(m, power, dyRe, dyIm, dvyRe, dvyIm);
    }
    h.conjTransposeTimesAll(m, zRe, zIm, pAllRe, pAllIm);
    double quadQ = 0;
    for (int j = 0; j < users; j++) {
      System.arraycopy(pAllRe, j * n, pRe[j], 0, n);
      System.arraycopy(pAllIm, j * n, pIm[j], 0, n);
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += rowRe[j][i] * pRe[j][i] - rowIm[j][i] * pIm[j][i];
      }
      quadQ += sr.power(j) * s;
    }
    // A Schur complement of σ²I + (PSD) is at least σ²: the exact floor against cancellation.
    double noise = sr.noise();
    schurQ = atLeast(cQ - quadQ, noise);
    double logDetQ = sr.logDetAq() + Math.log(schurQ);
    double dLogQx = 0;
    double dLogQy = 0;
    if (grad) {
      dLogQx = (dcQx - 2 * realDot(zRe, zIm, dvxRe, dvxIm)) / schurQ;
      dLogQy = (dcQy - 2 * realDot(zRe, zIm, dvyRe, dvyIm)) / schurQ;
    }
    for (int k = 0; k < users; k++) {
      double c = sr.power(k);
      double[] t = sr.tMat(k);
      // t = T_k·conj(h_k)
      for (int a = 0; a < n; a++) {
        double re = 0;
        double im = 0;
        for (int b = 0; b < n; b++) {
          double tr = t[2 * (a * n + b)];
          double ti = t[2 * (a * n + b) + 1];
          re += tr * rowRe[k][b] + ti * rowIm[k][b];
          im += ti * rowRe[k][b] - tr * rowIm[k][b];
        }
        tRe[a] = re;
        tIm[a] = im;
      }
      double hp = 0;
      double hth = 0;
      for (int i = 0; i < n; i++) {
        hp += rowRe[k][i] * pRe[k][i] - rowIm[k][i] * pIm[k][i];
        hth += rowRe[k][i] * tRe[i] - rowIm[k][i] * tIm[i];
        uRe[i] = pRe[k][i] - c * tRe[i];
        uIm[i] = pIm[k][i] - c * tIm[i];
      }
      double[] sInv = sr.sInv(k);
      double usu = 0;
      for (int a = 0; a < n; a++) {
        double re = 0;
        double im = 0;
        for (int b = 0; b < n; b++) {
          double sr2 = sInv[2 * (a * n + b)];
          double si = sInv[2 * (a * n + b) + 1];
          re += sr2 * uRe[b] - si * uIm[b];
          im += sr2 * uIm[b] + si * uRe[b];
        }
        wRe[a] = re;
        wIm[a] = im;
        usu += uRe[a] * re + uIm[a] * im;
      }
      double quadK = quadQ - 2 * c * hp + c * c * hth + usu;
      double cK = atLeast(cQ - c * norm2[k], noise);
      double schurK = atLeast(cK - quadK, noise);
      double logDetC = sr.logDetAc(k) + Math.log(schurK);
      rates[k] = atLeast((logDetQ - logDetC) / SchurRates.ln2(), 0.0);
      if (grad) {
        // ζ_k = z − c·G_k·conj(h_k) + G_k·w;  dv_k = dv_Q − c·H̃_k·conj(dh_k).
        ComplexRows g = sr.g();
        System.arraycopy(zRe, 0, zetaRe, 0, zRe.length);
        System.arraycopy(zIm, 0, zetaIm, 0, zIm.length);
        g.addTimesConj(k, m, -c, rowRe[k], rowIm[k], zetaRe, zetaIm);
        g.addTimes(k, m, 1, wRe, wIm, zetaRe, zetaIm);
        double dsx = dcQx - c * dnx[k] - 2 * dotDv(h, k, m, c, dvxRe, dvxIm, dxRe[k], dxIm[k]);
        double dsy = dcQy - c * dny[k] - 2 * dotDv(h, k, m, c, dvyRe, dvyIm, dyRe[k], dyIm[k]);
        dRdx[k] = (dLogQx - dsx / schurK) / SchurRates.ln2();
        dRdy[k] = (dLogQy - dsy / schurK) / SchurRates.ln2();
      }
    }
  }

  /** Re(ζᴴ·(dv_Q − c·H̃_k·conj(dh_k))). */
  private double dotDv(ComplexRows h, int k, int m, double c, double[] dvRe, double[] dvIm,
      double[] dhRe, double[] dhIm) {
    System.arraycopy(dvRe, 0, dvkRe, 0, dvRe.length);
    System.arraycopy(dvIm, 0, dvkIm, 0, dvIm.length);
    h.addTimesConj(k, m, -c, dhRe, dhIm, dvkRe, dvkIm);
    return realDot(zetaRe, zetaIm, dvkRe, dvkIm);
  }

  /** max(x, floor), and floor when x is NaN (Math.max would return NaN). */
  private static double atLeast(double x, double floor) {
    return x > floor ? x : floor;
  }

  /** Re(aᴴb). */
  private static double realDot(double[] aRe, double[] aIm, double[] bRe, double[] bIm) {
    double s = 0;
    for (int i = 0; i < aRe.length; i++) {
      s += aRe[i] * bRe[i] + aIm[i] * bIm[i];
    }
    return s;
  }
}
