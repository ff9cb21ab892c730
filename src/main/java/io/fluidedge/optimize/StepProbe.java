package io.fluidedge.optimize;

import io.fluidedge.link.SchurRates;
import io.fluidedge.radio.Panel;

/**
 * Stationarity of a layout under single-antenna moves: every antenna is probed with steps of
 * {@value #SHORTEST_DIVISOR}⁻¹…{@value #LONGEST_DIVISOR}⁻¹ wavelength (doubling) in
 * {@value #DIRECTIONS} directions, each a feasible point (inside the panel, at least D_min from
 * the others) evaluated in O(K·M²) by the Schur-complement update of {@link SchurRates}.
 *
 * <p>The gradient searches stop on predicted gains: a step whose gain is below the threshold is
 * never taken, and many such steps can add up to more than it. The probes measure actual gains
 * at fixed lengths down to λ/64, so a layout they leave is stationary in the sense a user can
 * check: no single-antenna step of those lengths lowers Φ = Σ_k a_k/R_k (and hence J, bits and
 * CPU shares fixed) by more than the threshold.
 */
final class StepProbe {

  /** The shortest probe is λ/64. */
  static final int SHORTEST_DIVISOR = 64;
  /** The longest probe is λ/4. */
  static final int LONGEST_DIVISOR = 4;
  /** Directions per length, evenly spaced in angle. */
  static final int DIRECTIONS = 8;
  private static final int MAX_ROUNDS = 20;

  private StepProbe() {
  }

  /**
   * Moves antennas, each to its best probe point, while some probe lowers Φ by more than
   * {@code minGain}; rounds over all antennas until none does (at most {@value #MAX_ROUNDS}).
   *
   * @param state   rank-update state at the current layout (modified: antennas move)
   * @param a       weights a_k = b_k·D_k/B
   * @param minGain the smallest decrease of Φ worth a move
   * @return true if any antenna moved
   */
  static boolean polish(SchurRates state, Panel panel, double[] a, double minGain) {
    double[] rates = new double[a.length];
    boolean movedAny = false;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean moved = false;
      for (int m = 0; m < state.antennas(); m++) {
        if (!state.focus(m)) {
          continue; // unreliable rank update (very high SNR): leave the antenna
        }
        double x = state.x(m);
        double y = state.y(m);
        double here = phi(state, x, y, a, rates);
        double best = here;
        double bx = x;
        double by = y;
        for (int divisor = SHORTEST_DIVISOR; divisor >= LONGEST_DIVISOR; divisor /= 2) {
          double length = panel.wavelengthM() / divisor;
          for (int d = 0; d < DIRECTIONS; d++) {
            double angle = 2 * Math.PI * d / DIRECTIONS;
            double cx = x + length * Math.cos(angle);
            double cy = y + length * Math.sin(angle);
            if (!panel.contains(cx, cy) || !PositionSearch.clear(state, panel, m, cx, cy)) {
              continue;
            }
            double v = phi(state, cx, cy, a, rates);
            if (v < best) {
              best = v;
              bx = cx;
              by = cy;
            }
          }
        }
        if (here - best > minGain) {
          state.commit(bx, by);
          moved = true;
        }
      }
      movedAny |= moved;
      if (!moved) {
        break;
      }
    }
    return movedAny;
  }

  private static double phi(SchurRates state, double x, double y, double[] a, double[] rates) {
    state.evaluate(x, y, rates, null, null);
    double v = 0;
    for (int k = 0; k < a.length; k++) {
      v += a[k] / Math.max(rates[k], 1e-300);
    }
    return v;
  }
}
