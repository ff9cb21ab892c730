package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.Fixtures;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The BCD iteration cap is a bound, not a size: a solve allocates its loss history for the
 * iterations it takes, so the largest cap an {@code int} holds costs nothing extra.
 */
class IterationCapTest {

  @Test
  void solve_capOfIntMax_convergesWithAHistoryOfItsIterations() {
    Scenario s = Fixtures.scenario().withSeed(3);
    OptimizerSettings o = s.optimizer();
    Scenario capped = s.withOptimizer(new OptimizerSettings("joint", o.solver(),
        Integer.MAX_VALUE, o.tolerance(), o.fixedBits(), true, 0, Double.POSITIVE_INFINITY,
        o.gridWavelengths()));
    Solution sol = PluginRegistry.load().policy(capped).solve(Fixtures.problem(capped, 3), null);
    assertThat(sol.converged()).isTrue();
    assertThat(sol.lossHistory()).hasSize(sol.iterations() + 1);
    assertThat(sol.lossHistory()[sol.iterations()]).isEqualTo(sol.loss().total());
  }
}
