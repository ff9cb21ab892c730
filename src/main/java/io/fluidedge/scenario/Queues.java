package io.fluidedge.scenario;

/**
 * Finite uplink buffers (scenario section {@code queues}): how much a user device holds, the
 * request being transmitted included. An arrival that does not fit is dropped and counted.
 * 0 means unlimited. Both limits apply to every user; a user class may later override them.
 *
 * @param bufferRequests most requests held per device (&ge; 0; 0: unlimited)
 * @param bufferBits     most payload bits b·D held per device, the whole payload of the request
 *                       in transmission counted (&ge; 0, finite; 0: unlimited)
 */
public record Queues(int bufferRequests, double bufferBits) {

  /** No limits: every arrival is admitted. */
  public static final Queues UNLIMITED = new Queues(0, 0);

  public Queues {
    if (bufferRequests < 0) {
      throw new IllegalArgumentException("buffer-requests must be >= 0 (0: unlimited): "
          + bufferRequests);
    }
    if (!(bufferBits >= 0) || Double.isInfinite(bufferBits)) {
      throw new IllegalArgumentException("buffer-bits must be finite and >= 0 (0: unlimited): "
          + bufferBits);
    }
  }

  /** Whether a limit is set. */
  public boolean limited() {
    return bufferRequests > 0 || bufferBits > 0;
  }
}
