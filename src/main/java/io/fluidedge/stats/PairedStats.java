package io.fluidedge.stats;

import java.util.Objects;
import umontreal.ssj.probdist.StudentDistQuick;

/**
 * Means over replications with t-based 95 % confidence half-widths, and paired differences on
 * common random numbers.
 *
 * <p>For n values with sample mean x̄ and sample standard deviation s (divisor n − 1), the
 * half-width is {@code t(0.975, n − 1) · s / √n}. The Student t quantile comes from SSJ's
 * {@code StudentDistQuick} (within 1e-7 of tables); {@code StudentDist.inverseF} is not used
 * because for df = 1 and df &ge; 3 it loads classes of SSJ's optional {@code optimization}
 * dependency, which the build excludes. A paired
 * difference of x against a baseline b on the same seeds is the estimate over
 * {@code d_i = x_i − b_i}: the variance that both share (the channels and requests of seed i)
 * cancels, which is why common random numbers make small differences detectable.
 * A NaN value makes the estimate NaN; fewer than two values give a NaN half-width.
 */
public final class PairedStats {

  private PairedStats() {
  }

  /**
   * A mean with its 95 % confidence half-width.
   *
   * @param n     values the estimate is over
   * @param mean  sample mean (NaN if any value is NaN or n = 0)
   * @param ci95  t-based 95 % half-width (NaN if n &lt; 2 or any value is NaN; 0 for equal values)
   */
  public record Estimate(int n, double mean, double ci95) {

    /** Validates the count. */
    public Estimate {
      if (n < 0) {
        throw new IllegalArgumentException("n must be >= 0: " + n);
      }
    }

    /** Whether the 95 % interval {@code mean ± ci95} excludes zero (false when either is NaN). */
    public boolean excludesZero() {
      return Math.abs(mean) > ci95;
    }
  }

  /**
   * The mean of {@code values} and its 95 % half-width.
   *
   * @param values one value per replication (not modified)
   * @return the estimate
   */
  public static Estimate of(double[] values) {
    Objects.requireNonNull(values, "values");
    int n = values.length;
    if (n == 0) {
      return new Estimate(0, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    if (n < 2 || Double.isNaN(mean)) {
      return new Estimate(n, mean, Double.NaN);
    }
    double ss = 0;
    boolean equal = true;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
      equal &= v == values[0];
    }
    if (equal) {
      // Exactly 0, not the rounding noise of a mean of equal values.
      return new Estimate(n, values[0], 0);
    }
    return new Estimate(n, mean, t975(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n));
  }

  /**
   * The paired difference {@code x − baseline}: the estimate over {@code x_i − baseline_i}.
   *
   * @param x        one value per seed (not modified)
   * @param baseline one value per seed, same seeds in the same order (not modified)
   * @return the estimate of the mean difference
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Estimate paired(double[] x, double[] baseline) {
    if (x.length != baseline.length) {
      throw new IllegalArgumentException("paired values need the same seeds: " + x.length
          + " values against " + baseline.length);
    }
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i] - baseline[i];
    }
    return of(d);
  }

  /**
   * The 97.5 % quantile of Student's t distribution.
   *
   * @param degreesOfFreedom n − 1 (&ge; 1)
   * @return t(0.975, df), e.g. 12.706 for df = 1, 2.776 for df = 4
   */
  public static double t975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("degrees of freedom must be >= 1: " + degreesOfFreedom);
    }
    if (degreesOfFreedom == 1) {
      // Cauchy: exact, and independent of SSJ's numerical path for df = 1.
      return Math.tan(Math.PI * (0.975 - 0.5));
    }
    return StudentDistQuick.inverseF(degreesOfFreedom, 0.975);
  }
}
