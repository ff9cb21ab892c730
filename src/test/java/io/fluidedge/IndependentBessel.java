package io.fluidedge;

/** J0 for tests, straight from its integral, independent of the production code paths. */
public final class IndependentBessel {

  private IndependentBessel() {
  }

  /**
   * J0(u) = (1/π)∫₀^π cos(u·sin t) dt by the midpoint rule on 300 nodes: the integrand is smooth
   * and periodic, so the rule converges geometrically (error far below 1e-15 for |u| ≤ 150).
   */
  public static double j0(double u) {
    int nodes = 300;
    double sum = 0;
    for (int i = 0; i < nodes; i++) {
      sum += Math.cos(u * Math.sin(Math.PI * (i + 0.5) / nodes));
    }
    return sum / nodes;
  }
}
