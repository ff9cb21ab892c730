package io.fluidedge.sim;

import java.util.Objects;

/**
 * One queue's offered work against its service capacity over a run: a device's uplink (bits
 * offered vs ∫ B·R_k(t) dt) or the server's queue (cycles offered vs ∫ f_k(t) dt).
 *
 * @param queue    which queue, e.g. {@code "uplink of user 2"}
 * @param offered  work offered to it over the run (&ge; 0)
 * @param capacity work it could have served over the run (&ge; 0), same unit
 * @param unit     {@code bits} or {@code cycles}
 */
public record QueueLoad(String queue, double offered, double capacity, String unit) {

  /** Requires names. */
  public QueueLoad {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(unit, "unit");
  }

  /** Offered over capacity (+∞ for work offered to a queue with no capacity, 0 for none). */
  public double load() {
    return offered == 0 ? 0 : offered / capacity;
  }

  /** Whether more work was offered than the queue could serve over the run. */
  public boolean overloaded() {
    return offered > capacity;
  }
}
