package io.fluidedge.metrics;

/**
 * Per-user statistics of completed requests (NaN means when the user completed none).
 *
 * @param user        0-based user index
 * @param latency     end-to-end latency statistics (its count is the completed requests)
 * @param uplinkSMean mean uplink service time, s
 * @param serverSMean mean server service time, s
 * @param psnrDbMean  mean PSNR, dB
 */
public record UserStats(int user, LatencyStats latency, double uplinkSMean, double serverSMean,
    double psnrDbMean) {

  /** Validates the user index and requires the latency statistics. */
  public UserStats {
    if (user < 0) {
      throw new IllegalArgumentException("user must be >= 0: " + user);
    }
    java.util.Objects.requireNonNull(latency, "latency");
  }

  /** Completed requests of this user. */
  public long completed() {
    return latency.count();
  }
}
