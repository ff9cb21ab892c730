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
 * projected gradient descent with Armijo backtracking on the analytic gradient. An antenna only
 * moves to a strictly better feasible point, so Φ (and J) never increases.
 */
final class PositionSearch {

  private static final int REFINE_STEPS = 30;
  private static final double ARMIJO = 1e-4;

  private final double tolerance;
  private final Panel panel;
  private final double gridM;
  private final double[] weights;
  private final double[] rates;
  private final double[] dx;
  private final double[] dy;
  private double[] steps;

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
        int steps = (int) Math.floor(panel.sideM() / gridM + 1e-9);
        for (int i = 0; i <= steps; i++) {
          double gx = Math.min(i * gridM, panel.sideM());
          for (int j = 0; j <= steps; j++) {
            double gy = Math.min(j * gridM, panel.sideM());
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

  private double[] refine(SchurRates state, int m, double x, double y, double value, int maxSteps) {
    if (steps == null || steps.length != state.antennas()) {
      steps = new double[state.antennas()];
      java.util.Arrays.fill(steps, gridM / 2);
    }
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
    double v = 0;
    for (int k = 0; k < rates.length; k++) {
      v += weights[k] / Math.max(rates[k], 1e-300);
    }
    return v;
  }

  private boolean feasible(SchurRates state, int m, double x, double y) {
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
