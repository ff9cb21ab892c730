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

  /** Gives every request queued or in service to {@code to}. */
  void forEachHeld(java.util.function.Consumer<Job> to);

  /**
   * Reports each of the server's queues' offered work and service capacity from time 0 to
   * {@code endS}, for the overload warning.
   */
  void loads(double endS, LoadSink sink);

  /** Receives one queue's offered work and capacity over the run. */
  @FunctionalInterface
  interface LoadSink {
    /**
     * @param queue    the queue, e.g. {@code "uplink of user 2"}
     * @param offered  work offered to it (bits or cycles)
     * @param capacity work it could have served in the same time, same unit
     * @param unit     the unit's name
     */
    void load(String queue, double offered, double capacity, String unit);
  }
}
