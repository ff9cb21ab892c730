package io.fluidedge.stats;

/**
 * A sample mean with its 95 % confidence half-width, t_{n−1, 0.975}·s/√n (Student t, s the
 * sample standard deviation with n − 1 in the denominator).
 *
 * @param mean  the sample mean
 * @param ci95  the half-width of the two-sided 95 % interval; NaN when n &lt; 2
 * @param count n, the number of observations
 */
public record MeanCi(double mean, double ci95, int count) {

  /** Rejects a count below one. */
  public MeanCi {
    if (count < 1) {
      throw new IllegalArgumentException("need at least one observation: " + count);
    }
  }

  /**
   * The mean and 95 % half-width of a sample.
   *
   * @param xs the observations (at least one)
   */
  public static MeanCi of(double[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("need at least one observation");
    }
    PairedStats.Estimate e = PairedStats.of(xs);
    return new MeanCi(e.mean(), e.ci95(), e.n());
  }

  /** mean − ci95, the lower end of the interval. */
  public double lower() {
    return mean - ci95;
  }

  /** mean + ci95, the upper end of the interval. */
  public double upper() {
    return mean + ci95;
  }
}
