package io.fluidedge.optimize;

import io.fluidedge.link.SchurRates;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;

/**
 * The fast position block: one antenna at a time, minimise Φ(r_m) = Σ_k a_k/R_k(r_m) with
 * a_k = b_k·D_k/B (the only part of J that depends on positions), others fixed.
 *
 * <p>Candidates on a grid of spacing δ over the panel, minus the D_min disks around the other
 * antennas, are evaluated in O(K·M²) each by {@link SchurRates}; the best point is then refined by
 * projected gradient descent with Armijo backtracking on the analytic gradient
 * ({@link #improve}). After that first pass, {@link #improveScreened} moves only the antennas whose
 * gradient, taken for all antennas at once, predicts a worthwhile gain. An antenna only moves to a
 * strictly better feasible point, so Φ (and J) never increases.
 */
final class PositionSearch {

  private static final int REFINE_STEPS = 30;
  private static final double ARMIJO = 1e-4;
  private static final int MAX_ROUNDS = 50;

  private final double tolerance;
  private final Panel panel;
  private final double gridM;
  private final double[] weights;
  private final double[] rates;
  private final double[] dx;
  private final double[] dy;
  private double[] steps;
  private double[] gains;
  private int[] order;
  private double[] gradX;
  private double[] gradY;
  private final double[] displacement = new double[2];

  PositionSearch(Panel panel, double gridM, int users, double tolerance) {
    this.tolerance = tolerance;
    this.panel = panel;
    this.gridM = gridM;
    this.weights = new double[users];
    this.rates = new double[users];
    this.dx = new double[users];
    this.dy = new double[users];
  }

  /**
   * One pass over all antennas.
   *
   * @param state   rates work object at the current positions (modified: antennas move)
   * @param a       weights a_k = b_k·D_k/B
   * @param useGrid true for the global candidate grid, false for gradient refinement only
   */
  void improve(SchurRates state, double[] a, boolean useGrid) {
    System.arraycopy(a, 0, weights, 0, a.length);
    int antennas = state.antennas();
    for (int m = 0; m < antennas; m++) {
      if (!state.focus(m)) {
        continue; // the Schur-complement update is unreliable here: leave antenna m in place
      }
      double bx = state.x(m);
      double by = state.y(m);
      double best = phi(state, bx, by);
      if (useGrid) {
        int steps = panel.gridSteps(gridM);
        for (int i = 0; i <= steps; i++) {
          double gx = panel.gridCoordinate(i, gridM);
          for (int j = 0; j <= steps; j++) {
            double gy = panel.gridCoordinate(j, gridM);
            if (!feasible(state, m, gx, gy)) {
              continue;
            }
            double v = phi(state, gx, gy);
            if (v < best) {
              best = v;
              bx = gx;
              by = gy;
            }
          }
        }
      }
      double[] refined = refine(state, m, bx, by, best, REFINE_STEPS);
      state.commit(refined[0], refined[1]);
    }
  }

  /**
   * Gradient-screened refinement, in rounds. Each round takes the gradient of Φ for every antenna
   * at once (O(K²·M·N²), see {@link SchurRates#potentialGradient}), projected onto the active
   * constraints ({@link #project}), and predicts each antenna's gain as half its step length ×
   * ‖∇_m Φ‖ (the gain at the minimiser of a quadratic model); the
   * antennas predicting more than {@code minGain} then each take one Armijo step along that
   * round's −∇_m Φ, largest prediction first. Rounds repeat until no antenna predicts more.
   * Antennas at rest cost nothing, where a cyclic pass would focus and probe every one: on a warm
   * start most are. A failed step shortens the antenna's step, so it drops out until its gradient
   * grows; before the pass settles, such antennas are tried once more with a fresh step of δ/8
   * (so the pass does not stop on step lengths that failed rounds ago).
   *
   * @param state   rates work object at the current positions (modified: antennas move)
   * @param a       weights a_k = b_k·D_k/B
   * @param minGain the smallest decrease of Φ worth a move (the BCD tolerance × the size of J)
   * @return true if the pass ended with no antenna predicting a gain above minGain
   */
  boolean improveScreened(SchurRates state, double[] a, double minGain) {
    System.arraycopy(a, 0, weights, 0, a.length);
    int antennas = state.antennas();
    ensureSteps(antennas);
    if (gradX == null || gradX.length != antennas) {
      gradX = new double[antennas];
      gradY = new double[antennas];
      gains = new double[antennas];
      order = new int[antennas];
    }
    boolean revived = false;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      if (!state.potentialGradient(weights, rates, gradX, gradY)) {
        improve(state, a, false); // very high SNR: per-antenna evaluations are safer
        return false;
      }
      int candidates = 0;
      Positions layout = state.positions();
      double[] px = layout.xs();
      double[] py = layout.ys();
      for (int m = 0; m < antennas; m++) {
        project(px, py, m);
        // At the quadratic model's minimiser the gain is half of step × slope.
        gains[m] = 0.5 * steps[m] * norm(m);
        if (gains[m] > minGain) {
          // insertion into order[0..candidates), by decreasing predicted gain
          int at = candidates++;
          while (at > 0 && gains[order[at - 1]] < gains[m]) {
            order[at] = order[at - 1];
            at--;
          }
          order[at] = m;
        }
      }
      if (candidates == 0 && !revived) {
        // Before settling, give antennas whose step shrank on a failure a fresh, moderate one:
        // a step that failed rounds ago says little about the gradient now.
        revived = true;
        double fresh = gridM / 8;
        for (int m = 0; m < antennas; m++) {
          if (steps[m] < fresh && 0.5 * fresh * norm(m) > minGain) {
            steps[m] = fresh;
            order[candidates++] = m;
          }
        }
      }
      if (candidates == 0) {
        return true;
      }
      double value = potential(rates);
      for (int c = 0; c < candidates; c++) {
        value = step(state, order[c], value, minGain);
      }
    }
    return false;
  }

  /**
   * One Armijo step of antenna m along this round's −∇_m Φ; see {@link #improveScreened}. A
   * rejected trial is followed by the minimiser of the quadratic through Φ(0), the slope −‖∇_m Φ‖
   * and the trial's value (kept within [0.1, 0.5] of the step); an accepted one sets the antenna's
   * next step to that minimiser.
   *
   * @param value Φ at the current positions
   * @return Φ after the step (value if antenna m stays)
   */
  private double step(SchurRates state, int m, double value, double minGain) {
    if (!state.focus(m)) {
      steps[m] = 0; // leave it for this pass
      return value;
    }
    double floor = panel.wavelengthM() * 1e-5;
    double x = state.x(m);
    double y = state.y(m);
    double norm = norm(m);
    double ux = -gradX[m] / norm;
    double uy = -gradY[m] / norm;
    double step = steps[m];
    while (step >= floor && step * norm > minGain) {
      double v = trial(state, m, x, y, ux, uy, step);
      // Curvature of the quadratic through (0, value), slope −norm, and (step, v).
      double curvature = 2 * (v - value + norm * step) / (step * step);
      double best = curvature > 0 ? norm / curvature : 2 * step;
      if (v < value - ARMIJO * step * norm) {
        state.commit(panel.clamp(x + step * ux), panel.clamp(y + step * uy));
        steps[m] = Math.min(Math.max(best, step / 2), 4 * step);
        return v;
      }
      step = Double.isFinite(v) ? Math.min(Math.max(best, 0.1 * step), 0.5 * step) : step / 2;
    }
    steps[m] = Math.max(step, floor);
    return value;
  }

  /**
   * Drops from −∇_m Φ the components that would leave the panel at an edge antenna m sits on, or
   * run into a neighbour whose D_min disk it touches (within 1 %): the descent direction along the
   * active constraints. Without it such an antenna's steps fail however short, and it keeps
   * being predicted a gain it cannot make.
   */
  private void project(double[] x, double[] y, int m) {
    displacement[0] = -gradX[m];
    displacement[1] = -gradY[m];
    ActiveConstraints.project(panel, x, y, m, displacement, 0);
    gradX[m] = -displacement[0];
    gradY[m] = -displacement[1];
  }

  /** Φ with antenna m at (x, y) + step·(ux, uy) clamped to the panel, or +∞ if that is infeasible. */
  private double trial(SchurRates state, int m, double x, double y, double ux, double uy,
      double step) {
    double cx = panel.clamp(x + step * ux);
    double cy = panel.clamp(y + step * uy);
    return feasible(state, m, cx, cy) ? phi(state, cx, cy) : Double.POSITIVE_INFINITY;
  }

  /** ‖∇_m Φ‖ as this round has it. */
  private double norm(int m) {
    return Math.sqrt(gradX[m] * gradX[m] + gradY[m] * gradY[m]);
  }

  /** Φ = Σ_k a_k/R_k for rates r. */
  private double potential(double[] r) {
    double v = 0;
    for (int k = 0; k < r.length; k++) {
      v += weights[k] / Math.max(r[k], 1e-300);
    }
    return v;
  }

  private void ensureSteps(int antennas) {
    if (steps == null || steps.length != antennas) {
      steps = new double[antennas];
      java.util.Arrays.fill(steps, gridM / 2);
    }
  }

  private double[] refine(SchurRates state, int m, double x, double y, double value, int maxSteps) {
    ensureSteps(state.antennas());
    double step = steps[m];
    double floor = panel.wavelengthM() * 1e-5;
    for (int it = 0; it < maxSteps && step >= floor; it++) {
      state.evaluate(x, y, rates, dx, dy);
      double gx = 0;
      double gy = 0;
      for (int k = 0; k < rates.length; k++) {
        double r2 = Math.max(rates[k] * rates[k], 1e-300);
        gx -= weights[k] / r2 * dx[k];
        gy -= weights[k] / r2 * dy[k];
      }
      double norm = Math.hypot(gx, gy);
      if (!(norm > 0) || !Double.isFinite(norm)) {
        break;
      }
      boolean moved = false;
      while (step >= floor) {
        double cx = panel.clamp(x - step * gx / norm);
        double cy = panel.clamp(y - step * gy / norm);
        if (feasible(state, m, cx, cy)) {
          double v = phi(state, cx, cy);
          if (v < value - ARMIJO * step * norm) {
            x = cx;
            y = cy;
            // Stop once a step gains less than the BCD tolerance asks of a whole iteration.
            moved = value - v > tolerance * v;
            value = v;
            step *= 1.5;
            break;
          }
        }
        step /= 2;
      }
      if (!moved) {
        break;
      }
    }
    steps[m] = Math.max(step, floor * 16);
    return new double[] {x, y};
  }

  private double phi(SchurRates state, double x, double y) {
    state.evaluate(x, y, rates, null, null);
    return potential(rates);
  }

  private boolean feasible(SchurRates state, int m, double x, double y) {
    return clear(state, panel, m, x, y);
  }

  /** True if (x, y) is at least D_min from every antenna of the state but m. */
  static boolean clear(SchurRates state, Panel panel, int m, double x, double y) {
    double min2 = panel.minSpacingM() * panel.minSpacingM();
    int antennas = state.antennas();
    for (int n = 0; n < antennas; n++) {
      if (n != m) {
        double ddx = x - state.x(n);
        double ddy = y - state.y(n);
        if (ddx * ddx + ddy * ddy < min2) {
          return false;
        }
      }
    }
    return true;
  }
}
