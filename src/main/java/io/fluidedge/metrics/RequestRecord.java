package io.fluidedge.metrics;

/**
 * One completed request, as the simulator hands it over at its inference completion.
 *
 * <p>Times are simulated seconds and must be ordered
 * {@code arrivalS ≤ uplinkStartS ≤ uplinkDoneS ≤ inferenceStartS ≤ doneS}.
 *
 * @param id              request id (&ge; 0), unique within a run
 * @param user            0-based user index
 * @param arrivalS        arrival at the user device, s (&ge; 0)
 * @param uplinkStartS    start of its uplink transmission (after queueing), s
 * @param uplinkDoneS     end of its uplink transmission, s
 * @param inferenceStartS start of its inference at the server (after queueing), s
 * @param doneS           inference completion, s
 * @param bits            quantization bits per feature element (&ge; 0)
 * @param psnrDb          accuracy of the quantized features, dB (finite)
 * @param features        feature elements offloaded (&ge; 0)
 * @param tokens          inference work multiplier (&ge; 0)
 */
public record RequestRecord(long id, int user, double arrivalS, double uplinkStartS, double uplinkDoneS,
    double inferenceStartS, double doneS, int bits, double psnrDb, double features, double tokens) {

  /** Validates ranges and the time order; the message names the bad value. */
  public RequestRecord {
    if (id < 0) {
      throw new IllegalArgumentException("request id must be >= 0: " + id);
    }
    if (user < 0) {
      throw new IllegalArgumentException("request " + id + ": user must be >= 0: " + user);
    }
    if (!(arrivalS >= 0) || !Double.isFinite(doneS)) {
      throw new IllegalArgumentException("request " + id + ": times must be finite and >= 0: arrival "
          + arrivalS + " s, done " + doneS + " s");
    }
    if (!(arrivalS <= uplinkStartS && uplinkStartS <= uplinkDoneS && uplinkDoneS <= inferenceStartS
        && inferenceStartS <= doneS)) {
      throw new IllegalArgumentException("request " + id + ": times must satisfy arrival <= uplink start"
          + " <= uplink done <= inference start <= done: " + arrivalS + ", " + uplinkStartS + ", "
          + uplinkDoneS + ", " + inferenceStartS + ", " + doneS + " s");
    }
    if (bits < 0) {
      throw new IllegalArgumentException("request " + id + ": bits must be >= 0: " + bits);
    }
    if (!Double.isFinite(psnrDb)) {
      throw new IllegalArgumentException("request " + id + ": psnr must be finite: " + psnrDb + " dB");
    }
    if (!(features >= 0) || !(tokens >= 0) || Double.isInfinite(features) || Double.isInfinite(tokens)) {
      throw new IllegalArgumentException("request " + id + ": features and tokens must be finite and >= 0: "
          + features + ", " + tokens);
    }
  }

  /** End-to-end latency (queueing + offload + inference), {@code doneS − arrivalS}, s. */
  public double latencyS() {
    return doneS - arrivalS;
  }

  /** Uplink service time including rate changes, {@code uplinkDoneS − uplinkStartS}, s. */
  public double uplinkS() {
    return uplinkDoneS - uplinkStartS;
  }

  /** Server service time, {@code doneS − inferenceStartS}, s. */
  public double serverS() {
    return doneS - inferenceStartS;
  }
}
