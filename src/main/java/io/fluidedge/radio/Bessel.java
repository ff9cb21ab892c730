package io.fluidedge.radio;

/** Bessel function of the first kind, order zero, for the Gauss-Markov (Jakes) correlation. */
final class Bessel {

  private static final int NODES = 128;

  private Bessel() {
  }

  /**
   * J0(x) = (1/π)∫₀^π cos(x·sin t) dt by the trapezoid rule on a periodic integrand, which converges
   * geometrically: with 128 nodes the error is below 1e-15 for |x| ≤ 60. Larger x use the
   * asymptotic form √(2/(πx))·cos(x − π/4).
   */
  static double j0(double x) {
    double ax = Math.abs(x);
    if (ax > 60) {
      return Math.sqrt(2 / (Math.PI * ax)) * Math.cos(ax - Math.PI / 4);
    }
    double sum = 0;
    for (int i = 0; i < NODES; i++) {
      sum += Math.cos(ax * Math.sin(Math.PI * (i + 0.5) / NODES));
    }
    return sum / NODES;
  }
}
