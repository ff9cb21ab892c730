package io.fluidedge.optimize;

import io.fluidedge.link.LayoutPotential;
import io.fluidedge.radio.Panel;

/**
 * The position block as one smooth problem in all 2M coordinates: L-BFGS on
 * Φ(r_1, …, r_M) = Σ_k a_k/R_k, every antenna moving in each step. Φ and ∇Φ come from
 * {@link LayoutPotential}, one whole-layout evaluation per trial (O(M²·KN + M·K²N²)).
 *
 * <p>Direction: d = −H·∇Φ by the two-loop recursion over the last {@value #MEMORY} pairs of
 * position and gradient changes (a pair without positive curvature is skipped); with no pair yet,
 * steepest descent scaled so that the antenna with the largest gradient moves δ/2. Each antenna's
 * part of d is capped at δ and projected onto its active constraints (a panel edge it sits on, a
 * neighbour whose D_min disk it touches). Line search: trials α·d clamped to the panel, α = 1
 * first, Armijo acceptance, then the minimiser of the quadratic through Φ(0), the slope and the
 * trial (kept within [0.1, 0.5] of α); a trial that would break D_min is halved before it is
 * evaluated. A failed line search drops the pairs and retries from steepest descent.
 *
 * <p>Stops when the step's predicted gain (half its slope, the quadratic model's gain at its
 * minimiser) is at most {@code minGain}. Coupled antennas move together, which per-antenna
 * steps only reach through many rounds; but on a crowded panel the joint steps keep running into
 * D_min, and the search then hands over ({@link Outcome#BLOCKED}) to the per-antenna steps of
 * {@link PositionSearch#improveScreened}, which slide along each contact.
 */
final class LayoutSearch {

  /** How a run ended. */
  enum Outcome {
    /** No step predicts a gain above minGain. */
    SETTLED,
    /** The last line search failed with trials that broke D_min: per-antenna steps should go on. */
    BLOCKED,
    /** The round cap was reached. */
    CAPPED,
    /** The evaluation is unreliable here (very high SNR); nothing moved. */
    DECLINED
  }

  private static final int MEMORY = 6;
  private static final int MAX_STEPS = 50;
  private static final int MAX_TRIALS = 12;
  private static final double ARMIJO = 1e-4;

  private final Panel panel;
  private final double gridM;
  private final LayoutPotential potential;
  private final int antennas;
  private final double[] weights;
  private final double[] rates;
  private final double[] trialRates;
  private final double[] gradX;
  private final double[] gradY;
  private final double[] trialGx;
  private final double[] trialGy;
  private final double[] trialX;
  private final double[] trialY;
  private final double[] direction;
  private final double[][] sMemory;
  private final double[][] yMemory;
  private final double[] rho;
  private final double[] alphas;
  private int pairs;

  LayoutSearch(Panel panel, double gridM, LayoutPotential potential, int users, int antennas) {
    this.panel = panel;
    this.gridM = gridM;
    this.antennas = antennas;
    this.potential = potential;
    weights = new double[users];
    rates = new double[users];
    trialRates = new double[users];
    gradX = new double[antennas];
    gradY = new double[antennas];
    trialGx = new double[antennas];
    trialGy = new double[antennas];
    trialX = new double[antennas];
    trialY = new double[antennas];
    direction = new double[2 * antennas];
    sMemory = new double[MEMORY][2 * antennas];
    yMemory = new double[MEMORY][2 * antennas];
    rho = new double[MEMORY];
    alphas = new double[MEMORY];
  }

  /**
   * Moves the antennas to lower Φ.
   *
   * @param x       antenna x coordinates (modified: the final layout)
   * @param y       antenna y coordinates (modified)
   * @param a       weights a_k = b_k·D_k/B
   * @param minGain the smallest decrease of Φ worth a step
   */
  Outcome run(double[] x, double[] y, double[] a, double minGain) {
    System.arraycopy(a, 0, weights, 0, a.length);
    pairs = 0;
    if (!potential.evaluate(x, y, weights, rates, gradX, gradY)) {
      return Outcome.DECLINED;
    }
    double value = potential(rates);
    for (int step = 0; step < MAX_STEPS; step++) {
      double slope = direction(x, y);
      if (!(slope < 0) && pairs > 0) {
        pairs = 0; // not a descent direction (after projection): fall back to steepest descent
        slope = direction(x, y);
      }
      if (!(slope < 0) || -0.5 * slope <= minGain) {
        return Outcome.SETTLED;
      }
      double alpha = 1;
      boolean blocked = false;
      boolean accepted = false;
      for (int trial = 0; trial < MAX_TRIALS && -alpha * slope > minGain; trial++) {
        if (!place(x, y, alpha)) {
          blocked = true;
          alpha *= 0.5;
          continue;
        }
        double v = potential.evaluate(trialX, trialY, weights, trialRates, trialGx, trialGy)
            ? potential(trialRates) : Double.POSITIVE_INFINITY;
        if (v < value + ARMIJO * alpha * slope) {
          accept(x, y);
          value = v;
          accepted = true;
          break;
        }
        // Minimiser of the quadratic through (0, value) with slope `slope` and (α, v).
        double curvature = 2 * (v - value - alpha * slope) / (alpha * alpha);
        double best = curvature > 0 ? -slope / curvature : 0.5 * alpha;
        alpha = Double.isFinite(v) ? Math.min(Math.max(best, 0.1 * alpha), 0.5 * alpha)
            : 0.5 * alpha;
      }
      if (!accepted) {
        if (pairs == 0) {
          return blocked ? Outcome.BLOCKED : Outcome.SETTLED;
        }
        pairs = 0;
      }
    }
    return Outcome.CAPPED;
  }

  /** The rates at the layout {@link #run} ended on (from its last evaluation). */
  double[] rates() {
    return rates.clone();
  }

  /** Sets {@link #direction} for the layout (x, y) and returns its slope d·∇Φ. */
  private double direction(double[] x, double[] y) {
    for (int m = 0; m < antennas; m++) {
      direction[2 * m] = -gradX[m];
      direction[2 * m + 1] = -gradY[m];
    }
    if (pairs == 0) {
      double max = 0;
      for (int m = 0; m < antennas; m++) {
        max = Math.max(max, gradX[m] * gradX[m] + gradY[m] * gradY[m]);
      }
      if (!(max > 0)) {
        return 0;
      }
      scale(direction, gridM / 2 / Math.sqrt(max));
    } else {
      twoLoop();
    }
    double slope = 0;
    for (int m = 0; m < antennas; m++) {
      double dx = direction[2 * m];
      double dy = direction[2 * m + 1];
      double length2 = dx * dx + dy * dy;
      if (length2 > gridM * gridM) { // each antenna's part capped at δ
        double shrink = gridM / Math.sqrt(length2);
        direction[2 * m] = dx * shrink;
        direction[2 * m + 1] = dy * shrink;
      }
      ActiveConstraints.project(panel, x, y, m, direction, 2 * m);
      dx = direction[2 * m];
      dy = direction[2 * m + 1];
      slope += dx * gradX[m] + dy * gradY[m];
    }
    return slope;
  }

  /** direction ← H·direction (direction holding −∇Φ on entry), H the L-BFGS inverse Hessian. */
  private void twoLoop() {
    int count = Math.min(pairs, MEMORY);
    for (int c = 0; c < count; c++) {
      int i = (pairs - 1 - c) % MEMORY;
      alphas[i] = rho[i] * dot(sMemory[i], direction);
      axpy(-alphas[i], yMemory[i], direction);
    }
    int last = (pairs - 1) % MEMORY;
    scale(direction, 1 / (rho[last] * dot(yMemory[last], yMemory[last])));
    for (int c = count - 1; c >= 0; c--) {
      int i = (pairs - 1 - c) % MEMORY;
      double b = rho[i] * dot(yMemory[i], direction);
      axpy(alphas[i] - b, sMemory[i], direction);
    }
  }

  /** The trial layout at α: false if it breaks D_min. */
  private boolean place(double[] x, double[] y, double alpha) {
    for (int m = 0; m < antennas; m++) {
      trialX[m] = panel.clamp(x[m] + alpha * direction[2 * m]);
      trialY[m] = panel.clamp(y[m] + alpha * direction[2 * m + 1]);
    }
    double min2 = panel.minSpacingM() * panel.minSpacingM();
    for (int m = 0; m < antennas; m++) {
      for (int n = m + 1; n < antennas; n++) {
        double ex = trialX[m] - trialX[n];
        double ey = trialY[m] - trialY[n];
        if (ex * ex + ey * ey < min2) {
          return false;
        }
      }
    }
    return true;
  }

  /** Moves to the trial layout and stores its curvature pair. */
  private void accept(double[] x, double[] y) {
    int slot = pairs % MEMORY;
    double[] s = sMemory[slot];
    double[] g = yMemory[slot];
    double sy = 0;
    double ss = 0;
    double gg = 0;
    for (int m = 0; m < antennas; m++) {
      s[2 * m] = trialX[m] - x[m];
      s[2 * m + 1] = trialY[m] - y[m];
      g[2 * m] = trialGx[m] - gradX[m];
      g[2 * m + 1] = trialGy[m] - gradY[m];
      sy += s[2 * m] * g[2 * m] + s[2 * m + 1] * g[2 * m + 1];
      ss += s[2 * m] * s[2 * m] + s[2 * m + 1] * s[2 * m + 1];
      gg += g[2 * m] * g[2 * m] + g[2 * m + 1] * g[2 * m + 1];
    }
    if (sy > 1e-10 * Math.sqrt(ss * gg)) {
      rho[slot] = 1 / sy;
      pairs++;
    }
    System.arraycopy(trialX, 0, x, 0, antennas);
    System.arraycopy(trialY, 0, y, 0, antennas);
    System.arraycopy(trialGx, 0, gradX, 0, antennas);
    System.arraycopy(trialGy, 0, gradY, 0, antennas);
    System.arraycopy(trialRates, 0, rates, 0, rates.length);
  }

  private double potential(double[] r) {
    double v = 0;
    for (int k = 0; k < r.length; k++) {
      v += weights[k] / Math.max(r[k], 1e-300);
    }
    return v;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
