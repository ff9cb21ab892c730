package io.fluidedge.fl;

/**
 * The receive combiner of one OTA round (E11): a unit vector c ∈ C^M maximising the
 * smallest weighted gain min_k w_k·‖H_kᴴc‖² with w_k = P_k/φ_k². With one client this is the
 * principal left singular vector of H_k; with more it is non-convex (like multicast
 * beamforming).
 *
 * <p>Start: the principal eigenvector of Σ_k w_k·H_kH_kᴴ = H̃H̃ᴴ (H̃ = [√w_k·H_k]_k, M × KN),
 * found from the KN × KN Gram matrix H̃ᴴH̃ by repeated squaring (trace-normalised; 2^60 powers
 * separate any two eigenvalues that differ by more than a few parts in 10^17) and mapped back,
 * c = H̃v/‖H̃v‖. Then up to {@value #STEPS} Riemannian ascent steps on the unit sphere for the
 * smooth minimum S(c) = −(1/t)·ln Σ_k exp(−t·q_k(c)), q_k = w_k‖H_kᴴc‖² (t = 20 / min_k q_k at
 * the start): Euclidean gradient 2·Σ_k π_k w_k H_kH_kᴴc (π = softmax(−t·q)), tangent part
 * d = g − Re(cᴴg)·c, retraction (c + αd)/‖c + αd‖, α halved until S rises. The exact minimum is
 * tracked and the best point is returned, so the ascent never ends below its start.
 */
final class Receiver {

  static final int STEPS = 30;
  private static final int SQUARINGS = 60;

  private Receiver() {
  }

  /**
   * The combiner for clients {@code chosen} of {@code h} with weights w.
   *
   * @param h       channel matrices
   * @param chosen  indices into h of the transmitting clients
   * @param weights w_k = P_k/φ_k², one per chosen client
   * @return c as {re, im}, unit norm
   */
  static double[][] design(ClientChannels h, int[] chosen, double[] weights) {
    double[][] c = principal(h, chosen, weights);
    if (chosen.length > 1) {
      ascend(h, chosen, weights, c);
    }
    return c;
  }

  /** min_k w_k‖H_kᴴc‖² over the chosen clients. */
  static double minGain(ClientChannels h, int[] chosen, double[] weights, double[][] c) {
    double[] gRe = new double[h.userAntennas];
    double[] gIm = new double[h.userAntennas];
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < chosen.length; i++) {
      best = Math.min(best, weights[i] * h.project(chosen[i], c[0], c[1], gRe, gIm));
    }
    return best;
  }

  /** The principal eigenvector of Σ_k w_k·H_kH_kᴴ (see the class note). */
  static double[][] principal(ClientChannels h, int[] chosen, double[] weights) {
    int m = h.antennas;
    int n = h.userAntennas;
    int cols = chosen.length * n;
    // H̃ column j = √w_k·(column a of H_k), j = i·N + a
    double[][] tRe = new double[cols][m];
    double[][] tIm = new double[cols][m];
    for (int i = 0; i < chosen.length; i++) {
      double s = Math.sqrt(weights[i]);
      for (int a = 0; a < n; a++) {
        for (int r = 0; r < m; r++) {
          tRe[i * n + a][r] = s * h.re[chosen[i]][r * n + a];
          tIm[i * n + a][r] = s * h.im[chosen[i]][r * n + a];
        }
      }
    }
    double[][] gRe = new double[cols][cols];
    double[][] gIm = new double[cols][cols];
    for (int p = 0; p < cols; p++) {
      for (int q = 0; q < cols; q++) {
        double sr = 0;
        double si = 0;
        for (int r = 0; r < m; r++) {
          // conj(t_p[r])·t_q[r]
          sr += tRe[p][r] * tRe[q][r] + tIm[p][r] * tIm[q][r];
          si += tRe[p][r] * tIm[q][r] - tIm[p][r] * tRe[q][r];
        }
        gRe[p][q] = sr;
        gIm[p][q] = si;
      }
    }
    for (int it = 0; it < SQUARINGS; it++) {
      double[][][] sq = square(gRe, gIm);
      gRe = sq[0];
      gIm = sq[1];
    }
    int bestCol = 0;
    double bestNorm = -1;
    for (int q = 0; q < cols; q++) {
      double s = 0;
      for (int p = 0; p < cols; p++) {
        s += gRe[p][q] * gRe[p][q] + gIm[p][q] * gIm[p][q];
      }
      if (s > bestNorm) {
        bestNorm = s;
        bestCol = q;
      }
    }
    double[] cRe = new double[m];
    double[] cIm = new double[m];
    for (int p = 0; p < cols; p++) {
      double vr = gRe[p][bestCol];
      double vi = gIm[p][bestCol];
      for (int r = 0; r < m; r++) {
        cRe[r] += tRe[p][r] * vr - tIm[p][r] * vi;
        cIm[r] += tRe[p][r] * vi + tIm[p][r] * vr;
      }
    }
    normalise(cRe, cIm);
    return new double[][] {cRe, cIm};
  }

  /** G² / trace(G²) for a Hermitian G. */
  private static double[][][] square(double[][] aRe, double[][] aIm) {
    int n = aRe.length;
    double[][] re = new double[n][n];
    double[][] im = new double[n][n];
    double trace = 0;
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        double sr = 0;
        double si = 0;
        for (int r = 0; r < n; r++) {
          sr += aRe[p][r] * aRe[r][q] - aIm[p][r] * aIm[r][q];
          si += aRe[p][r] * aIm[r][q] + aIm[p][r] * aRe[r][q];
        }
        re[p][q] = sr;
        im[p][q] = si;
      }
      trace += re[p][p];
    }
    if (trace > 0) {
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          re[p][q] /= trace;
          im[p][q] /= trace;
        }
      }
    }
    return new double[][][] {re, im};
  }

  /** Riemannian ascent on the smooth minimum; c (modified) ends at the best point seen. */
  private static void ascend(ClientChannels h, int[] chosen, double[] weights, double[][] c) {
    int m = h.antennas;
    int k = chosen.length;
    double[] q = new double[k];
    double[][] gr = new double[k][h.userAntennas];
    double[][] gi = new double[k][h.userAntennas];
    double start = gains(h, chosen, weights, c, q, gr, gi);
    if (!(start > 0)) {
      return;
    }
    double t = 20 / start;
    double bestMin = start;
    double[][] best = {c[0].clone(), c[1].clone()};
    double smooth = smoothMin(q, t);
    double alpha = 1;
    double[] dRe = new double[m];
    double[] dIm = new double[m];
    for (int step = 0; step < STEPS; step++) {
      double[] pi = softmax(q, t);
      java.util.Arrays.fill(dRe, 0);
      java.util.Arrays.fill(dIm, 0);
      for (int i = 0; i < k; i++) {
        h.applyAdd(chosen[i], gr[i], gi[i], 2 * pi[i] * weights[i], dRe, dIm);
      }
      double radial = 0; // Re(cᴴg)
      for (int r = 0; r < m; r++) {
        radial += c[0][r] * dRe[r] + c[1][r] * dIm[r];
      }
      double norm = 0;
      for (int r = 0; r < m; r++) {
        dRe[r] -= radial * c[0][r];
        dIm[r] -= radial * c[1][r];
        norm += dRe[r] * dRe[r] + dIm[r] * dIm[r];
      }
      norm = Math.sqrt(norm);
      if (!(norm > 1e-12 * Math.abs(radial))) {
        break;
      }
      double a = Math.min(alpha, 0.5) / norm;
      double[][] trial = new double[2][m];
      boolean moved = false;
      for (int halving = 0; halving < 30 && !moved; halving++, a /= 2) {
        for (int r = 0; r < m; r++) {
          trial[0][r] = c[0][r] + a * dRe[r];
          trial[1][r] = c[1][r] + a * dIm[r];
        }
        normalise(trial[0], trial[1]);
        double[] tq = new double[k];
        double[][] tr = new double[k][h.userAntennas];
        double[][] ti = new double[k][h.userAntennas];
        double min = gains(h, chosen, weights, trial, tq, tr, ti);
        double s = smoothMin(tq, t);
        if (s > smooth) {
          moved = true;
          smooth = s;
          System.arraycopy(trial[0], 0, c[0], 0, m);
          System.arraycopy(trial[1], 0, c[1], 0, m);
          System.arraycopy(tq, 0, q, 0, k);
          for (int i = 0; i < k; i++) {
            gr[i] = tr[i];
            gi[i] = ti[i];
          }
          alpha = Math.min(1, 2 * a * norm);
          if (min > bestMin) {
            bestMin = min;
            best = new double[][] {c[0].clone(), c[1].clone()};
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    System.arraycopy(best[0], 0, c[0], 0, m);
    System.arraycopy(best[1], 0, c[1], 0, m);
  }

  /** q_k = w_k‖H_kᴴc‖² and g_k = H_kᴴc for every chosen client; returns min_k q_k. */
  private static double gains(ClientChannels h, int[] chosen, double[] weights, double[][] c,
      double[] q, double[][] gr, double[][] gi) {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < chosen.length; i++) {
      q[i] = weights[i] * h.project(chosen[i], c[0], c[1], gr[i], gi[i]);
      min = Math.min(min, q[i]);
    }
    return min;
  }

  private static double smoothMin(double[] q, double t) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : q) {
      min = Math.min(min, v);
    }
    double s = 0;
    for (double v : q) {
      s += Math.exp(-t * (v - min));
    }
    return min - Math.log(s) / t;
  }

  private static double[] softmax(double[] q, double t) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : q) {
      min = Math.min(min, v);
    }
    double[] p = new double[q.length];
    double s = 0;
    for (int i = 0; i < q.length; i++) {
      p[i] = Math.exp(-t * (q[i] - min));
      s += p[i];
    }
    for (int i = 0; i < q.length; i++) {
      p[i] /= s;
    }
    return p;
  }

  /** Scales (re, im) (modified) to unit norm. */
  static void normalise(double[] re, double[] im) {
    double s = 0;
    for (int r = 0; r < re.length; r++) {
      s += re[r] * re[r] + im[r] * im[r];
    }
    s = Math.sqrt(s);
    if (s > 0) {
      for (int r = 0; r < re.length; r++) {
        re[r] /= s;
        im[r] /= s;
      }
    }
  }
}
