package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.plugin.PluginContext;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The number of rounds chosen by the bound: the 1-D minimum, and more rounds for more shift. */
class RoundCountTest {

  private static final String SCENARIO = """
      radio: {users: 10, user-antennas: 1, bs-antennas: 16, snr-db: 0}
      plugins:
        fl: {rounds: 80, rounds-auto: true, mse-prior: 0.05, ota-bandwidth-hz: 1e6,
             wasserstein: %s}
      """;

  private static FlSettings settings(double wasserstein) {
    Scenario s = ScenarioLoader.load(SCENARIO.formatted(wasserstein), "<test>", List.of());
    FederatedFineTune fl = (FederatedFineTune) new FederatedFineTuneProvider()
        .create(PluginContext.of(s, "fl"));
    return fl.settings();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.25, 1, 4})
  void chosenRounds_minimiseTheBoundOverEveryFeasibleR(double wasserstein) {
    FlSettings chosen = settings(wasserstein);
    assertThat(chosen.roundsAuto()).isTrue();
    int best = chosen.rounds();
    double atBest = bound(chosen, best);
    for (int r = 1; r <= 80; r++) {
      double b = bound(chosen, r);
      assertThat(b).as("R = %d", r).isGreaterThanOrEqualTo(atBest);
    }
  }

  @Test
  void largerShift_needsAtLeastAsManyRounds() {
    int previous = 0;
    for (double w : new double[] {0, 0.25, 1, 4, 16}) {
      int r = settings(w).rounds();
      assertThat(r).as("W1 = %s", w).isGreaterThanOrEqualTo(previous);
      previous = r;
    }
    assertThat(settings(16).rounds()).isGreaterThan(settings(0).rounds());
  }

  /** E24 after r rounds with r's own compute plan (+∞ where r does not fit the budgets). */
  private static double bound(FlSettings s, int r) {
    ComputePlan plan;
    try {
      plan = FederatedTraining.budgetPlan(s.withChosenRounds(r), 0);
    } catch (IllegalArgumentException tooMany) {
      return Double.POSITIVE_INFINITY;
    }
    return s.learning().bound(r, (double) s.concurrency() * plan.batch(), 0.05);
  }
}
