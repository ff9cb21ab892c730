package io.fluidedge.optimize;

/**
 * The outcome of one solve.
 *
 * @param allocation  the final allocation
 * @param rates       R_k at the final allocation, bit/s/Hz (copied)
 * @param loss        J and its parts at the final allocation
 * @param lossHistory J at the start and after each BCD iteration (copied)
 * @param iterations  BCD iterations run
 * @param converged   true if the relative change of J fell below the tolerance
 * @param wallMs      wall-clock time of the solve, ms
 */
public record Solution(Allocation allocation, double[] rates, Loss loss, double[] lossHistory,
    int iterations, boolean converged, double wallMs) {

  public Solution {
    rates = rates.clone();
    lossHistory = lossHistory.clone();
  }

  @Override
  public double[] rates() {
    return rates.clone();
  }

  @Override
  public double[] lossHistory() {
    return lossHistory.clone();
  }
}
