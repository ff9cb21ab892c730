package io.fluidedge.optimize;

import io.fluidedge.link.RiemannianCombiner;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import org.ejml.data.ZMatrixRMaj;

/**
 * The paper-faithful blocks: explicit combiners W_k improved by Riemannian ascent on the oblique
 * manifold, and a per-antenna grid search over positions with the combiners held fixed, every
 * candidate evaluated with the full rate formula R_k(W_k). Rates here are R_k(W_k), which are at
 * most the closed-form rates. Mutable: holds the current combiners.
 */
final class PaperSolver implements RadioSolver {

  private static final int COMBINER_STEPS = 50;

  private final Problem problem;
  private final Channel channel;
  private final Panel panel;
  private final double gridM;
  private final RiemannianCombiner riemannian = new RiemannianCombiner(COMBINER_STEPS, 1e-6);
  private ZMatrixRMaj[] combiners;

  PaperSolver(Problem problem, double gridM) {
    this.problem = problem;
    this.channel = problem.channel();
    this.panel = problem.panel();
    this.gridM = gridM;
  }

  /** Starts from matched-filter combiners W_k = H_k (columns normalised) at the given positions. */
  @Override
  public double[] start(Positions positions) {
    ZMatrixRMaj[] h = UplinkRates.channelMatrices(channel, positions);
    combiners = new ZMatrixRMaj[h.length];
    for (int k = 0; k < h.length; k++) {
      combiners[k] = h[k].copy();
      UplinkRates.normalizeColumns(combiners[k]);
    }
    return rates(positions);
  }

  /** R_k(W_k) at the given positions, bit/s/Hz. */
  private double[] rates(Positions positions) {
    ZMatrixRMaj[] h = UplinkRates.channelMatrices(channel, positions);
    ZMatrixRMaj q = UplinkRates.covariance(channel, h, -1);
    double[] r = new double[h.length];
    for (int k = 0; k < h.length; k++) {
      r[k] = UplinkRates.rate(q, UplinkRates.covariance(channel, h, k), combiners[k]);
    }
    return r;
  }

  /** The current combiners' data (M × N each, interleaved row-major; copies). */
  @Override
  public double[][] combinerData() {
    double[][] out = new double[combiners.length][];
    for (int k = 0; k < combiners.length; k++) {
      out[k] = combiners[k].data.clone();
    }
    return out;
  }

  /** The combiner block: Riemannian ascent of every R_k(W_k) from the current W_k. */
  @Override
  public Layout improveCombiners(Layout current) {
    Positions positions = current.positions();
    ZMatrixRMaj[] h = UplinkRates.channelMatrices(channel, positions);
    ZMatrixRMaj q = UplinkRates.covariance(channel, h, -1);
    for (int k = 0; k < h.length && !StopRequest.requested(); k++) {
      ZMatrixRMaj c = UplinkRates.covariance(channel, h, k);
      combiners[k] = riemannian.maximize(q, c, combiners[k]).combiner();
    }
    return new Layout(positions, rates(positions));
  }

  /**
   * The position block with combiners fixed: for each antenna, every feasible grid point is tried
   * and the antenna moves to the best one if it lowers Σ_k a_k/R_k(W_k). A {@link StopRequest}
   * ends the search between candidates with the best layout found so far. The grid is global, so
   * minGain and firstCold do not change it.
   */
  @Override
  public Layout improvePositions(Layout from, int[] bits, double minGain, boolean firstCold) {
    Positions end = search(from.positions(), BlockCoordinateDescent.weights(problem, bits));
    return new Layout(end, rates(end));
  }

  private Positions search(Positions start, double[] a) {
    Positions current = start;
    double best = phi(current, a);
    int steps = panel.gridSteps(gridM);
    for (int m = 0; m < current.size(); m++) {
      Positions bestLayout = current;
      for (int i = 0; i <= steps; i++) {
        for (int j = 0; j <= steps; j++) {
          double gx = panel.gridCoordinate(i, gridM);
          double gy = panel.gridCoordinate(j, gridM);
          if (current.distanceToOthers(m, gx, gy) < panel.minSpacingM()) {
            continue;
          }
          if (StopRequest.requested()) {
            return bestLayout;
          }
          Positions trial = current.with(m, gx, gy);
          double v = phi(trial, a);
          if (v < best) {
            best = v;
            bestLayout = trial;
          }
        }
      }
      current = bestLayout;
    }
    return current;
  }

  private double phi(Positions positions, double[] a) {
    double[] r = rates(positions);
    double v = 0;
    for (int k = 0; k < r.length; k++) {
      v += a[k] / Math.max(r[k], 1e-300);
    }
    return v;
  }
}
