package io.fluidedge.metrics;

import org.HdrHistogram.Histogram;

/**
 * Latency statistics of a population of completed requests.
 *
 * <p>Mean and max are exact (kept beside the histogram); percentiles come from the HdrHistogram
 * (3 significant digits, so within 0.1 %) and are clamped to the exact max. A percentile p is
 * the smallest recorded value v with at least p % of the values ≤ v. With no requests every
 * statistic is NaN ({@code null} in summary.json, an empty field in CSV).
 *
 * @param count  completed requests
 * @param meanS  mean latency, s
 * @param p50S   median, s
 * @param p90S   90th percentile, s
 * @param p99S   99th percentile, s
 * @param p999S  99.9th percentile, s
 * @param maxS   maximum, s
 */
public record LatencyStats(long count, double meanS, double p50S, double p90S, double p99S, double p999S,
    double maxS) {

  /** Statistics of an empty population: count 0, everything else NaN. */
  public static final LatencyStats EMPTY =
      new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** Validates that the count is not negative. */
  public LatencyStats {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
  }

  /**
   * Statistics from a histogram of latencies in ns and the exact sum and max.
   *
   * @param histogram latencies recorded in ns (not modified)
   * @param sumS      exact sum of the latencies, s
   * @param maxS      exact maximum, s
   * @return the statistics, {@link #EMPTY} if the histogram is empty
   */
  public static LatencyStats of(Histogram histogram, double sumS, double maxS) {
    long n = histogram.getTotalCount();
    if (n == 0) {
      return EMPTY;
    }
    return new LatencyStats(n, sumS / n, at(histogram, 50, maxS), at(histogram, 90, maxS),
        at(histogram, 99, maxS), at(histogram, 99.9, maxS), maxS);
  }

  private static double at(Histogram histogram, double percentile, double maxS) {
    return Math.min(Nanos.toSeconds(histogram.getValueAtPercentile(percentile)), maxS);
  }
}
