package io.fluidedge.experiments;

import umontreal.ssj.probdist.StudentDist;

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
    int n = xs.length;
    if (n == 0) {
      throw new IllegalArgumentException("need at least one observation");
    }
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    double mean = sum / n;
    if (n < 2) {
      return new MeanCi(mean, Double.NaN, n);
    }
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new MeanCi(mean, StudentDist.inverseF(n - 1, 0.975) * sd / Math.sqrt(n), n);
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
