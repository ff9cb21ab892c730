package io.fluidedge.cli;

import io.fluidedge.cell.UserLink;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One static problem of a scenario and its solution: what {@code optimize} prints, as JSON
 * ({@link OptimizeJson}) or as text ({@link OptimizeReport}).
 *
 * @param scenario the resolved scenario (with the seed in force)
 * @param policy   the policy's registry name (lower case)
 * @param problem  the problem solved (its channel is the scenario's first channel draw)
 * @param solution the policy's cold-start solution
 * @param links    each user's large-scale link in the path-loss link budget (empty in the
 *                 normalised one)
 */
record StaticSolve(Scenario scenario, String policy, Problem problem, Solution solution,
    List<UserLink> links) {

  StaticSolve {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(solution, "solution");
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** The solver's name as written in scenarios: {@code fast} or {@code paper}. */
  String solver() {
    return scenario.optimizer().solver().name().toLowerCase(Locale.ROOT);
  }
}
