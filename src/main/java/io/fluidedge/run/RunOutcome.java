package io.fluidedge.run;

import io.fluidedge.sim.RunResult;
import io.fluidedge.stats.RunSummary;
import java.util.Objects;

/**
 * What one {@link RunSession} run produced.
 *
 * @param result      the run's counts and timing
 * @param summaryJson the text of its summary.json (written to the directory, if there was one)
 * @param summary     the numbers experiments keep, parsed from that text (with curves when the
 *                    output asked for them)
 */
public record RunOutcome(RunResult result, String summaryJson, RunSummary summary) {

  /** All parts are required. */
  public RunOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(summaryJson, "summaryJson");
    Objects.requireNonNull(summary, "summary");
  }
}
