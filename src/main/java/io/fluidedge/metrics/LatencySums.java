package io.fluidedge.metrics;

/**
 * The running sums a population needs for its latency mean and maximum and its PSNR mean: the
 * count, the sum and the largest of the latencies, the sum of the PSNRs (the run's and each
 * window's; a user's or a class's {@link Tally} adds the sums of the service times and bits).
 */
final class LatencySums {

  private long count;
  private double latencySumS;
  private double latencyMaxS;
  private double psnrSumDb;

  /**
   * Adds a completed request.
   *
   * @param latencyS end-to-end latency, s (finite, &ge; 0)
   * @param psnrDb   accuracy, dB
   */
  void add(double latencyS, double psnrDb) {
    count++;
    latencySumS += latencyS;
    latencyMaxS = Math.max(latencyMaxS, latencyS);
    psnrSumDb += psnrDb;
  }

  long count() {
    return count;
  }

  /** Sum of the latencies, s. */
  double latencySumS() {
    return latencySumS;
  }

  /** Largest latency, s (0 with none). */
  double latencyMaxS() {
    return latencyMaxS;
  }

  /** Mean PSNR, dB (NaN with none). */
  double psnrMeanDb() {
    return count == 0 ? Double.NaN : psnrSumDb / count;
  }

  /** Starts over, empty. */
  void reset() {
    count = 0;
    latencySumS = 0;
    latencyMaxS = 0;
    psnrSumDb = 0;
  }
}
