package io.fluidedge.sim;

import io.fluidedge.scenario.InputException;
import java.util.List;

/**
 * What a run reports about itself, beside the recorded measurements.
 *
 * <p>Conservation: {@code arrived = completed + inFlight + dropped + expired}, where {@code inFlight} is
 * counted from the entities' queues at the end, not derived from the other counts.
 *
 * @param simulatedS       simulated time reached, s (the duration when complete)
 * @param complete         true if the run reached its duration, false if stopped early
 * @param arrived          requests that arrived (at most the duration)
 * @param completed        requests whose inference completed
 * @param inFlight         requests queued or in service at the end
 * @param dropped          requests dropped (user index outside [0, K), a full device buffer,
 *                         or refused by the server)
 * @param events           events processed
 * @param blocks           coherence blocks decided
 * @param optimizerWallMs  total wall-clock time of the policy's solves, ms
 * @param wallMs           wall-clock time of the whole event loop, ms (solves included)
 * @param rejectedRows     trace rows the source skipped as malformed
 * @param firstRejection   the message of the first skipped row, or null
 * @param failure          the policy's rejection that stopped the run early (then
 *                         {@code complete} is false), or null
 * @param expired          requests removed at their deadline (slo.drop-expired)
 * @param loads            each queue's offered work and capacity over the run (copied)
 */
public record RunResult(double simulatedS, boolean complete, long arrived, long completed,
    long inFlight, long dropped, long events, long blocks, double optimizerWallMs, double wallMs,
    long rejectedRows, String firstRejection, InputException failure, long expired,
    List<QueueLoad> loads) {

  /** Copies the loads. */
  public RunResult {
    loads = loads == null ? List.of() : List.copyOf(loads);
  }

  /** A run without deadline removals or queue loads. */
  public RunResult(double simulatedS, boolean complete, long arrived, long completed,
      long inFlight, long dropped, long events, long blocks, double optimizerWallMs, double wallMs,
      long rejectedRows, String firstRejection, InputException failure) {
    this(simulatedS, complete, arrived, completed, inFlight, dropped, events, blocks,
        optimizerWallMs, wallMs, rejectedRows, firstRejection, failure, 0, List.of());
  }

  /** The queues offered more work than they could serve over the run. */
  public List<QueueLoad> overloaded() {
    return loads.stream().filter(QueueLoad::overloaded).toList();
  }

  /** A run the policy did not stop. */
  public RunResult(double simulatedS, boolean complete, long arrived, long completed,
      long inFlight, long dropped, long events, long blocks, double optimizerWallMs, double wallMs,
      long rejectedRows, String firstRejection) {
    this(simulatedS, complete, arrived, completed, inFlight, dropped, events, blocks,
        optimizerWallMs, wallMs, rejectedRows, firstRejection, null);
  }

  /** Share of the loop's wall-clock time spent in the optimizer (0 when nothing ran). */
  public double optimizerTimeShare() {
    return wallMs > 0 ? Math.min(1.0, optimizerWallMs / wallMs) : 0.0;
  }
}
