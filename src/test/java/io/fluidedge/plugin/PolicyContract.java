package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link PolicyProvider}: on the contract scenario's channels (from its own
 * channel model and seed) a solve gives a feasible allocation — bits in [b_min, b_max], CPU
 * shares ≥ 0 summing to at most F, M antennas inside the panel at least D_min apart — with finite
 * non-negative rates and the loss J of those rates; warm-started solves stay feasible; and two
 * fresh instances solve a problem alike.
 */
public abstract class PolicyContract extends ProviderContract<PolicyProvider> {

  @Override
  protected final Class<PolicyProvider> kind() {
    return PolicyProvider.class;
  }

  private Problem problem(int draw) {
    Scenario s = scenario();
    PluginRegistry registry = registry();
    var rng = Streams.of(s.seed(), Streams.CHANNEL);
    var model = registry.channelModel(s);
    Channel c = model.draw(rng);
    for (int i = 0; i < draw; i++) {
      c = model.draw(rng);
    }
    return Problem.of(s, c, registry.accuracyModel(s));
  }

  private void assertFeasible(Problem p, Solution solution) {
    Scenario s = scenario();
    Allocation a = solution.allocation();
    int k = s.radio().users();
    assertThat(a.bits()).hasSize(k);
    assertThat(IntStream.of(a.bits())).allSatisfy(b -> assertThat(b)
        .isBetween(s.model().bitsMin(), s.model().bitsMax()));
    double sum = 0;
    for (double f : a.cpuHz()) {
      assertThat(f).isFinite().isGreaterThanOrEqualTo(0);
      sum += f;
    }
    assertThat(a.cpuHz()).hasSize(k);
    assertThat(sum).isLessThanOrEqualTo(s.server().cpuHz() * (1 + 1e-9));
    Positions pos = a.positions();
    Panel panel = Panel.of(s.radio());
    assertThat(pos.size()).isEqualTo(s.radio().bsAntennas());
    for (int m = 0; m < pos.size(); m++) {
      assertThat(pos.x(m)).isBetween(-1e-12, panel.sideM() + 1e-12);
      assertThat(pos.y(m)).isBetween(-1e-12, panel.sideM() + 1e-12);
    }
    assertThat(pos.minSpacing()).isGreaterThanOrEqualTo(panel.minSpacingM() * (1 - 1e-9));
    double[] rates = solution.rates();
    assertThat(rates).hasSize(k);
    assertThat(DoubleStream.of(rates)).allSatisfy(r -> assertThat(r).isFinite()
        .isGreaterThanOrEqualTo(0));
    double loss = Loss.evaluate(p, rates, a.bits(), a.cpuHz()).total();
    assertThat(solution.loss().total()).isCloseTo(loss, within(1e-9 * Math.max(1, Math.abs(loss))));
  }

  @Test
  public void solve_givesAFeasibleAllocation() {
    Problem p = problem(0);
    Policy policy = provider().create(context());
    assertFeasible(p, policy.solve(p, null));
  }

  @Test
  public void solve_warmStartedOnTheNextChannelStaysFeasible() {
    Policy policy = provider().create(context());
    Solution first = policy.solve(problem(0), null);
    Problem next = problem(1);
    assertFeasible(next, policy.solve(next, first.allocation()));
  }

  @Test
  public void solve_isTheSameForTwoFreshInstances() {
    Problem p = problem(0);
    Solution a = provider().create(context()).solve(p, null);
    Solution b = provider().create(context()).solve(p, null);
    assertThat(b.allocation().bits()).isEqualTo(a.allocation().bits());
    assertThat(b.allocation().cpuHz()).isEqualTo(a.allocation().cpuHz());
    assertThat(b.allocation().positions()).isEqualTo(a.allocation().positions());
  }
}
