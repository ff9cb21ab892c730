package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.Fixtures;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.OptimizerSettings.Solver;
import io.fluidedge.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BlockCoordinateDescentTest {

  private static final List<String> POLICIES =
      List.of("joint", "fpa", "random-fa", "fixed-bits", "equal-cpu");
  private static final PluginRegistry REGISTRY = PluginRegistry.load();

  static Scenario scenario(String policy, Solver solver, long seed) {
    Scenario s = Fixtures.scenario().withSeed(seed);
    OptimizerSettings o = s.optimizer();
    if (solver == Solver.PAPER) {
      // The paper solver's grid search is slow; a coarser grid keeps 250 solves affordable.
      o = new OptimizerSettings(policy, solver, 15, o.tolerance(), o.fixedBits(), true, 0,
          Double.POSITIVE_INFINITY, 0.5);
    } else {
      o = o.withPolicy(policy);
    }
    return s.withOptimizer(o);
  }

  @ParameterizedTest
  @EnumSource(Solver.class)
  void lossNeverIncreases_andConstraintsHold_forEveryPolicy(Solver solver) {
    for (String policy : POLICIES) {
      for (long seed = 1; seed <= 50; seed++) {
        Scenario s = scenario(policy, solver, seed);
        Problem p = Fixtures.problem(s, seed);
        Solution sol = REGISTRY.policy(s).solve(p, null);
        double[] h = sol.lossHistory();
        assertThat(h).hasSize(sol.iterations() + 1);
        for (int i = 1; i < h.length; i++) {
          assertThat(h[i]).as("%s/%s seed %d iteration %d", policy, solver, seed, i)
              .isLessThanOrEqualTo(h[i - 1] + 1e-12 * Math.abs(h[i - 1]));
        }
        assertThat(h[h.length - 1]).isEqualTo(sol.loss().total());
        Allocation a = sol.allocation();
        assertThat(a.positions().feasibleOn(p.panel())).as("%s seed %d positions", policy, seed).isTrue();
        double sum = 0;
        for (int k = 0; k < p.users(); k++) {
          assertThat(a.bits(k)).isBetween(p.bitsMin(k), p.bitsMax(k));
          assertThat(a.cpuHz(k)).isPositive();
          sum += a.cpuHz(k);
        }
        assertThat(sum).isLessThanOrEqualTo(p.cpuHz() * (1 + 1e-12));
        assertThat(sol.converged() || sol.iterations() == s.optimizer().maxIterations()).isTrue();
      }
    }
  }

  @Test
  void joint_beatsEveryBaseline_onAtLeast90PercentOfSeeds() {
    int seeds = 50;
    for (String baseline : POLICIES.subList(1, POLICIES.size())) {
      int wins = 0;
      for (long seed = 1; seed <= seeds; seed++) {
        Problem p = Fixtures.problem(Fixtures.scenario(), seed);
        double joint = REGISTRY.policy(scenario("joint", Solver.FAST, seed)).solve(p, null).loss().total();
        double other = REGISTRY.policy(scenario(baseline, Solver.FAST, seed)).solve(p, null).loss().total();
        if (joint <= other + 1e-12 * Math.abs(other)) {
          wins++;
        }
      }
      assertThat(wins).as("joint <= %s", baseline).isGreaterThanOrEqualTo(seeds * 9 / 10);
    }
  }

  @Test
  void fast_isNoWorseThanPaper_onAtLeast95PercentOfSeeds() {
    int seeds = 20;
    int wins = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      Problem p = Fixtures.problem(Fixtures.scenario(), seed);
      double fast = REGISTRY.policy(scenario("joint", Solver.FAST, seed)).solve(p, null).loss().total();
      double paper = REGISTRY.policy(scenario("joint", Solver.PAPER, seed)).solve(p, null).loss().total();
      if (fast <= paper + 1e-12 * Math.abs(paper)) {
        wins++;
      }
    }
    assertThat(wins).isGreaterThanOrEqualTo(19);
  }

  @ParameterizedTest
  @CsvSource({"4,2,8", "8,2,16", "8,2,32"}) // joint search; joint with hand-overs; per-antenna
  void warmStart_fromPreviousAllocation_staysMonotoneAndFeasible(int k, int n, int m) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, 10));
    Policy policy = REGISTRY.policy(s);
    Allocation warm = null;
    for (long block = 1; block <= 20; block++) {
      Problem p = Fixtures.problem(s, block);
      Solution sol = policy.solve(p, warm);
      double[] h = sol.lossHistory();
      for (int i = 1; i < h.length; i++) {
        assertThat(h[i]).isLessThanOrEqualTo(h[i - 1] + 1e-12 * Math.abs(h[i - 1]));
      }
      assertThat(sol.allocation().positions().feasibleOn(p.panel())).isTrue();
      warm = sol.allocation();
    }
  }
}
