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
 * @param combiners   the explicit combiner W_k (M × N) of each user the rates were computed
 *                    with, row-major with real and imaginary parts interleaved, or null when
 *                    they are the closed-form optimum W_k = C_k⁻¹H_k (the fast solver)
 */
public record Solution(Allocation allocation, double[] rates, Loss loss, double[] lossHistory,
    int iterations, boolean converged, double wallMs, double[][] combiners) {

  public Solution {
    rates = rates.clone();
    lossHistory = lossHistory.clone();
    if (combiners != null) {
      combiners = combiners.clone();
      for (int k = 0; k < combiners.length; k++) {
        combiners[k] = combiners[k].clone();
      }
    }
  }

  /** A solve whose rates come from the closed-form combiners (no explicit combiners). */
  public Solution(Allocation allocation, double[] rates, Loss loss, double[] lossHistory,
      int iterations, boolean converged, double wallMs) {
    this(allocation, rates, loss, lossHistory, iterations, converged, wallMs, null);
  }

  @Override
  public double[][] combiners() {
    if (combiners == null) {
      return null;
    }
    double[][] copy = combiners.clone();
    for (int k = 0; k < copy.length; k++) {
      copy[k] = copy[k].clone();
    }
    return copy;
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
