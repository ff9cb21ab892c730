package io.fluidedge.optimize;

import io.fluidedge.link.PointRows;
import io.fluidedge.link.SchurRates;
import io.fluidedge.radio.Panel;

/**
 * Global single-antenna moves judged by J with every user's bits re-chosen at each candidate.
 *
 * <p>The position block of the descent minimises Φ = Σ_k a_k/R_k with a_k = b_k·D_k/B for the
 * current bits. That is a tangent of the part of J that depends on the rates,
 * E(R) = Σ_k min_b [b·D_k/(B·R_k) − ρ·accuracy(b)] (a minimum of functions linear in 1/R_k), so the
 * descent is a majorise-minimise scheme and keeps a user with few bits (a small a_k) where its
 * rate is low: raising it would pay only once its bits change. Here every candidate is scored by
 * E itself, so an antenna can move to where some user's best bit width changes.
 *
 * <p>Candidates are the grid of spacing δ over the panel minus the D_min disks around the other
 * antennas, each evaluated in O(K·M²) by the Schur-complement update of {@link SchurRates}; E costs
 * O(K·(b_max − b_min)) on top from a table of ρ·accuracy(b). The channel rows at the grid points
 * are computed once per instance ({@link PointRows}), as every restart of a cold solve scores
 * the same grid on the same channel.
 */
final class EnvelopeMoves {

  private final Problem problem;
  private final Panel panel;
  private final double[] reward;
  private final double[] rates;
  /** The grid, in rows of i (x) then j (y), with the channel rows at each point kept. */
  private final PointRows grid;

  EnvelopeMoves(Problem problem, double gridM) {
    this.problem = problem;
    this.panel = problem.panel();
    int hi = 1;
    for (int k = 0; k < problem.users(); k++) {
      hi = Math.max(hi, problem.bitsMax(k));
    }
    reward = new double[hi + 1];
    for (int b = 1; b <= hi; b++) {
      reward[b] = problem.sensitivity() * problem.accuracy().accuracy(b);
    }
    rates = new double[problem.users()];
    int steps = panel.gridSteps(gridM);
    double[] xs = new double[(steps + 1) * (steps + 1)];
    double[] ys = new double[xs.length];
    for (int i = 0; i <= steps; i++) {
      for (int j = 0; j <= steps; j++) {
        xs[i * (steps + 1) + j] = panel.gridCoordinate(i, gridM);
        ys[i * (steps + 1) + j] = panel.gridCoordinate(j, gridM);
      }
    }
    grid = new PointRows(problem.channel(), xs, ys);
  }

  /**
   * E(R) = Σ_k min over b in [b_min,k, b_max,k] of b·D_k/(B·R_k) − ρ·accuracy(b): J's
   * rate-dependent part with the best bits for those rates (ties and all as
   * {@link ResourceBlocks#bits}).
   */
  double envelope(double[] r) {
    double e = 0;
    for (int k = 0; k < r.length; k++) {
      double best = Double.POSITIVE_INFINITY;
      for (int b = problem.bitsMin(k); b <= problem.bitsMax(k); b++) {
        double g = Loss.offloadSeconds(b, problem.features(k), problem.bandwidthHz(), r[k])
            - reward[b];
        best = Math.min(best, g);
      }
      e += best;
    }
    return e;
  }

  /**
   * Moves antenna m to the feasible grid point of least E, or leaves it where it is if no grid
   * point is lower than its current place. Nothing moves where the rank update is unreliable
   * (very high SNR).
   *
   * @param state rank-update state (modified: antenna m may move)
   * @return the decrease of E (0 if antenna m stays)
   */
  double place(SchurRates state, int m) {
    if (!state.focus(m)) {
      return 0;
    }
    state.evaluate(state.x(m), state.y(m), rates, null, null);
    double here = envelope(rates);
    double best = here;
    double bx = 0;
    double by = 0;
    for (int q = 0; q < grid.size(); q++) {
      double gx = grid.x(q);
      double gy = grid.y(q);
      if (!PositionSearch.clear(state, panel, m, gx, gy)) {
        continue;
      }
      state.evaluate(grid, q, rates);
      double v = envelope(rates);
      if (v < best) {
        best = v;
        bx = gx;
        by = gy;
      }
    }
    if (best < here) {
      state.commit(bx, by);
      return here - best;
    }
    return 0;
  }

  /**
   * One pass of {@link #place} over every antenna.
   *
   * @param state   rank-update state (modified: antennas move)
   * @param minGain the smallest decrease of E a pass must reach to count as a move
   * @return true if the antennas moved and E fell by more than minGain in total
   */
  boolean pass(SchurRates state, double minGain) {
    double gain = 0;
    for (int m = 0; m < state.antennas(); m++) {
      gain += place(state, m);
    }
    return gain > minGain;
  }
}
