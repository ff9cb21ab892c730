package io.fluidedge.optimize;

import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Positions;

/**
 * The fast solver: closed-form combiners W_k = C_k⁻¹ H_k (so the combiner block is implicit in
 * the rates) and the position block of {@link FastPositions}, each move kept only if the exact
 * rates confirm it lowers the offload time.
 */
final class FastSolver implements RadioSolver {

  private final Problem problem;
  private final FastPositions positions;

  /**
   * @param movable false when positions are fixed: rates then come from full determinants and
   *                no position search is set up
   */
  FastSolver(Problem problem, double gridM, double tolerance, boolean movable) {
    this.problem = problem;
    this.positions = movable ? new FastPositions(problem, gridM, tolerance) : null;
  }

  @Override
  public double[] start(Positions at) {
    return positions != null ? positions.rates(at) : UplinkRates.rates(problem.channel(), at);
  }

  @Override
  public Layout improveCombiners(Layout current) {
    return current;
  }

  @Override
  public Layout improvePositions(Layout current, int[] bits, double minGain, boolean firstCold) {
    double[] a = BlockCoordinateDescent.weights(problem, bits);
    Positions moved = positions.improve(current.positions(), a, minGain, firstCold);
    if (moved.equals(current.positions())) {
      return current;
    }
    double[] movedRates = positions.rates(moved);
    // Keep the move only if the exact evaluation agrees it helps (guards rounding).
    if (offloadSum(movedRates, bits) <= offloadSum(current.rates(), bits)) {
      return new Layout(moved, movedRates);
    }
    positions.unsettle();
    return current;
  }

  @Override
  public double[][] combinerData() {
    return null;
  }

  private double offloadSum(double[] rates, int[] bits) {
    double s = 0;
    for (int k = 0; k < rates.length; k++) {
      s += Loss.offloadSeconds(bits[k], problem.features(k), problem.bandwidthHz(), rates[k]);
    }
    return s;
  }
}
