package io.fluidedge.sim;

/**
 * The edge server as the devices and the controller see it: it takes requests whose uplink
 * finished, gets the controller's CPU shares, and reports what it holds. {@link EdgeServer}
 * serves per-user FIFOs with CPU shares; {@link LlmServer} batches LLM iterations.
 */
interface InferenceServer {

  /** A request arrives from the uplink. */
  void submit(Job job);

  /**
   * Puts new CPU shares in force (a discipline that does not use them ignores them).
   *
   * @param cpuHz f_k per user, cycles/s (finite, ≥ 0)
   */
  void setShares(double[] cpuHz);

  /** Requests queued or in service. */
  int inFlight();
}
