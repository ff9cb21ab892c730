package io.fluidedge.link;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import java.util.Arrays;

/**
 * Φ = Σ_k w_k/R_k and its gradient with respect to every antenna's position, for a whole layout
 * at once and from scratch: the evaluation behind the joint quasi-Newton position search, where
 * every antenna moves in each step.
 *
 * <p>Per layout: the rows of every H_j and their derivatives (K·M field responses), Q = σ²I +
 * Σ_j c_j·H_jH_jᴴ, its Cholesky factor Q = L·Lᴴ, [Y] = Q⁻¹[H] by two triangular solves
 * (O(M²·KN)), then {@link PotentialGradient} (O(M·K²N²)). Every layout is computed from scratch,
 * so no rounding accumulates; only the last one is kept, and asking for it again (other weights,
 * or its exact rates) recomputes nothing. Mutable scratch; not thread-safe.
 */
public final class LayoutPotential {

  private final int users;
  private final int streams;
  private final int width;
  private final UserChannel[] channels;
  private final double noise;
  private final PotentialGradient core;
  private final double[] columnPower;
  private double[] q;
  private double[] factor;
  private double[] layoutX;
  private double[] layoutY;
  private boolean prepared;

  /** Work object for one channel. */
  public LayoutPotential(Channel channel) {
    users = channel.userCount();
    streams = channel.userAntennas();
    width = users * streams;
    channels = channel.users().toArray(new UserChannel[0]);
    noise = channel.noisePower();
    core = new PotentialGradient(users, streams);
    columnPower = UplinkRates.columnPowers(channel);
    for (int j = 0; j < users; j++) {
      core.power[j] = columnPower[j * streams];
    }
  }

  /**
   * Rates and ∇Φ with antenna m at (x[m], y[m]).
   *
   * @param w     weights w_k (length K)
   * @param rates receives R_k = −log2 det(I − c_k·H_kᴴQ⁻¹H_k), bit/s/Hz (modified)
   * @param gx    receives ∂Φ/∂x_m (modified, length M)
   * @param gy    receives ∂Φ/∂y_m (modified)
   * @return false when some I − c_k·H_kᴴQ⁻¹H_k is not positive definite beyond rounding or a
   *         rate is not positive (very high SNR): the outputs are then unusable
   */
  public boolean evaluate(double[] x, double[] y, double[] w, double[] rates, double[] gx,
      double[] gy) {
    return layout(x, y) && core.gradient(x.length, w, rates, gx, gy);
  }

  /**
   * The rates at (x, y) as {@link UplinkRates#rates(Channel, Positions)} computes them (log2 det
   * of each user's Schur complement in I + H̃ᴴH̃/σ², by Cholesky): the exact values the optimizer
   * reports.
   */
  public double[] rates(double[] x, double[] y) {
    layout(x, y);
    return UplinkRates.rates(core.hRe, core.hIm, x.length, columnPower, streams, noise);
  }

  /**
   * Makes (x, y) the current layout: rows, Q, its factor, [Y] and the weight-free part of the
   * gradient. Nothing is recomputed when it already is (a pass starting where the last ended,
   * or exact rates asked for the layout just searched).
   *
   * @return false at very high SNR (see {@link #evaluate})
   */
  private boolean layout(double[] x, double[] y) {
    if (Arrays.equals(x, layoutX) && Arrays.equals(y, layoutY)) {
      return prepared;
    }
    int antennas = x.length;
    core.ensure(antennas);
    if (q == null || q.length != 2 * antennas * antennas) {
      q = new double[2 * antennas * antennas];
      factor = new double[2 * antennas * antennas];
    }
    double[][] hRe = core.hRe;
    double[][] hIm = core.hIm;
    for (int m = 0; m < antennas; m++) {
      for (int j = 0; j < users; j++) {
        channels[j].rowWithGradient(x[m], y[m], hRe[m], hIm[m], core.dxRe[m], core.dxIm[m],
            core.dyRe[m], core.dyIm[m], j * streams);
      }
    }
    covariance(hRe, hIm, antennas, columnPower, noise, q);
    Hermitian.logDet(q, antennas, factor);
    solve(antennas);
    prepared = core.prepare(antennas);
    layoutX = x.clone();
    layoutY = y.clone();
    return prepared;
  }

  /**
   * Q = σ²I + Σ_p c_p·h_p·h_pᴴ over the columns h_p of [H] (M rows of KN, real and imaginary
   * parts apart), exactly Hermitian, into q (M × M interleaved, overwritten).
   */
  private static void covariance(double[][] hRe, double[][] hIm, int m, double[] power,
      double noise, double[] q) {
    int width = power.length;
    for (int r = 0; r < m; r++) {
      double[] rRe = hRe[r];
      double[] rIm = hIm[r];
      for (int s = 0; s <= r; s++) {
        double[] sRe = hRe[s];
        double[] sIm = hIm[s];
        double sr = 0;
        double si = 0;
        for (int p = 0; p < width; p++) {
          double c = power[p];
          sr += c * (rRe[p] * sRe[p] + rIm[p] * sIm[p]);
          si += c * (rIm[p] * sRe[p] - rRe[p] * sIm[p]);
        }
        int rs = 2 * (r * m + s);
        q[rs] = sr + (r == s ? noise : 0);
        q[rs + 1] = r == s ? 0 : si;
        q[2 * (s * m + r)] = q[rs];
        q[2 * (s * m + r) + 1] = -q[rs + 1];
      }
    }
  }

  /** [Y] = Q⁻¹[H] = L⁻ᴴ·(L⁻¹·[H]), in place in the core's Y rows. */
  private void solve(int antennas) {
    double[] l = factor;
    double[][] yRe = core.yRe;
    double[][] yIm = core.yIm;
    for (int r = 0; r < antennas; r++) {
      System.arraycopy(core.hRe[r], 0, yRe[r], 0, width);
      System.arraycopy(core.hIm[r], 0, yIm[r], 0, width);
    }
    for (int r = 0; r < antennas; r++) { // forward: L·W = H
      for (int s = 0; s < r; s++) {
        // W[r] −= L[r, s]·W[s]
        ComplexRows.addScaled(yRe[r], yIm[r], -l[2 * (r * antennas + s)],
            -l[2 * (r * antennas + s) + 1], yRe[s], yIm[s], width);
      }
      scale(yRe[r], yIm[r], 1 / l[2 * (r * antennas + r)]);
    }
    for (int r = antennas - 1; r >= 0; r--) { // backward: Lᴴ·Y = W
      for (int s = r + 1; s < antennas; s++) {
        // (Lᴴ)[r, s] = conj(L[s, r])
        ComplexRows.addScaled(yRe[r], yIm[r], -l[2 * (s * antennas + r)],
            l[2 * (s * antennas + r) + 1], yRe[s], yIm[s], width);
      }
      scale(yRe[r], yIm[r], 1 / l[2 * (r * antennas + r)]);
    }
  }

  /** (re, im) ×= f, element by element. */
  private static void scale(double[] re, double[] im, double f) {
    for (int p = 0; p < re.length; p++) {
      re[p] *= f;
      im[p] *= f;
    }
  }
}
