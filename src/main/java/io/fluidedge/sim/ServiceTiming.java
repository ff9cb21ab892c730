package io.fluidedge.sim;

/**
 * How the edge server's CPU shares turn into service completion times: one implementation per
 * {@link io.fluidedge.scenario.Server.Discipline}. Each user has at most one request in service;
 * the timing schedules (and re-schedules) that user's {@link InferenceDone}.
 */
interface ServiceTiming {

  /** User k, idle until now, starts a request of {@code cycles} cycles. */
  void join(int k, double cycles, double now);

  /** User k finished a request and starts its next one of {@code cycles} cycles at once. */
  void restart(int k, double cycles, double now);

  /** User k finished a request and has nothing more to serve. */
  void leave(int k, double now);

  /** New shares f_k (cycles/s, finite, ≥ 0) take effect; services in progress are re-timed. */
  void setShares(double[] shares, double now);
}
