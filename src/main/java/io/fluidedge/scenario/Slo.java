package io.fluidedge.scenario;

/**
 * The end-to-end latency objective of a request (scenario section {@code slo}): a request that
 * has not finished its inference {@code deadlineS} after its arrival misses its objective.
 * Applies to every user; a user class may later override it.
 *
 * @param deadlineS   the deadline after arrival, s (&gt; 0; {@code .inf}: none)
 * @param dropExpired remove a request from its queue (or its service) when its deadline passes,
 *                    instead of finishing it late; needs a finite deadline
 */
public record Slo(double deadlineS, boolean dropExpired) {

  /** No objective. */
  public static final Slo NONE = new Slo(Double.POSITIVE_INFINITY, false);

  public Slo {
    if (!(deadlineS > 0)) {
      throw new IllegalArgumentException("deadline-s must be > 0 (.inf: none): " + deadlineS);
    }
    if (dropExpired && Double.isInfinite(deadlineS)) {
      throw new IllegalArgumentException("drop-expired needs a finite deadline-s");
    }
  }

  /** Whether a deadline is set. */
  public boolean hasDeadline() {
    return deadlineS < Double.POSITIVE_INFINITY;
  }
}
