package io.fluidedge.reproduce;

import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.List;

/**
 * One channel draw solved along a grid of sensitivities ρ, consistently. Each ρ is first solved
 * cold; then every ρ whose best allocation among all found so far is another ρ's is solved again,
 * warm from that allocation; finally each ρ takes the allocation of least
 * J_ρ = latency − ρ·Σ accuracy among all found.
 *
 * <p>Why: an exact minimiser of J_ρ has latency and accuracy non-decreasing in ρ (revealed
 * preference: if x is best at ρ₁ and y at ρ₂ &gt; ρ₁, adding the two optimality inequalities gives
 * (ρ₂ − ρ₁)·(acc(y) − acc(x)) ≥ 0). A local search per ρ can end in a worse basin at one ρ than
 * the layout it found at the next, and the per-draw curves then zig-zag. Choosing every ρ's
 * allocation from one common set restores the inequality exactly, and each choice is at least as
 * good as that ρ's own solve.
 */
final class SensitivityPath {

  /** A found allocation and the two parts of its loss, which do not depend on ρ. */
  private record Candidate(Allocation allocation, double latencyS, double accuracySum,
      double accuracyMean) {

    static Candidate of(Solution s) {
      double sum = 0;
      for (double a : s.loss().accuracy()) {
        sum += a;
      }
      return new Candidate(s.allocation(), s.loss().latencyS(), sum, Reference.meanAccuracy(s));
    }

    double loss(double rho) {
      return latencyS - rho * accuracySum;
    }
  }

  /**
   * Per ρ of one draw: latency (s) and mean accuracy of the chosen allocation.
   *
   * @param latencyS    per configuration, s
   * @param accuracyDb  per configuration, mean over users
   */
  record Path(double[] latencyS, double[] accuracyDb) {
  }

  private SensitivityPath() {
  }

  /**
   * Solves the draw for every configuration (the same scenario but for ρ).
   *
   * @param configs one scenario per ρ, ascending ρ
   * @param draw    the channel draw (≥ 1)
   */
  static Path solve(PluginRegistry registry, List<Scenario> configs, long draw) {
    int n = configs.size();
    Problem[] problems = new Problem[n];
    Policy[] policies = new Policy[n];
    List<Candidate> found = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      Scenario s = configs.get(c);
      Channel channel = registry.channelModel(s).draw(Streams.of(draw, Streams.CHANNEL));
      problems[c] = Problem.of(s, channel, registry.accuracyModel(s));
      policies[c] = registry.policy(s);
      found.add(Candidate.of(policies[c].solve(problems[c], null)));
    }
    for (int c = 0; c < n; c++) {
      double rho = problems[c].sensitivity();
      Candidate best = best(found, rho);
      if (best != found.get(c)) {
        found.add(Candidate.of(policies[c].solve(problems[c], best.allocation())));
      }
    }
    double[] latency = new double[n];
    double[] accuracy = new double[n];
    for (int c = 0; c < n; c++) {
      Candidate chosen = best(found, problems[c].sensitivity());
      latency[c] = chosen.latencyS();
      accuracy[c] = chosen.accuracyMean();
    }
    return new Path(latency, accuracy);
  }

  private static Candidate best(List<Candidate> found, double rho) {
    Candidate best = found.get(0);
    for (Candidate c : found) {
      if (c.loss(rho) < best.loss(rho)) {
        best = c;
      }
    }
    return best;
  }
}
