package io.fluidedge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate's model (its constants are calibrated by hand: docs/performance.md). */
class WorkEstimateTest {

  private static WorkEstimate of(String... sets) {
    List<String> overrides = new ArrayList<>(List.of("duration-s=10", "coherence-s=0.01",
        "traffic.rate-hz=0.001"));
    overrides.addAll(List.of(sets));
    Scenario s = ScenarioLoader.load(Path.of("scenarios/default.yaml"), overrides);
    return WorkEstimate.of(s, -1);
  }

  /** The estimate without its events' share (0.25 µs per event, one per block, three per request). */
  private static double solves(WorkEstimate e) {
    return e.wallS() - (3 * e.requests() + e.blocks()) * 2.5e-7;
  }

  @Test
  void searchingPolicies_costPerBlockInProportionToTheAntennaPairs() {
    double small = solves(of());
    double wide = solves(of("radio.bs-antennas=16"));
    double more = solves(of("radio.users=8", "radio.bs-antennas=16"));
    assertThat(wide).isCloseTo(2 * small, within(1e-3 * small));
    assertThat(more).isCloseTo(4 * small, within(1e-3 * small));
    assertThat(solves(of("optimizer.policy=fixed-bits"))).isEqualTo(small);
  }

  @Test
  void policiesThatKeepTheAntennas_costTheSameForAnyPanel() {
    double fpa = of("optimizer.policy=fpa").wallS();
    assertThat(of("optimizer.policy=fpa", "radio.bs-antennas=12").wallS()).isEqualTo(fpa);
    assertThat(of("optimizer.policy=random-fa").wallS()).isEqualTo(fpa);
    assertThat(fpa).isLessThan(of().wallS());
  }

  @Test
  void thePaperSolver_costsMoreThanTheFastOne_andEventsAddTheirShare() {
    assertThat(of("optimizer.solver=paper").wallS()).isGreaterThan(10 * of().wallS());
    double quiet = of("optimizer.policy=fpa").wallS();
    double busy = of("optimizer.policy=fpa", "traffic.rate-hz=1000").wallS();
    // 4 users x 1000/s x 10 s = 4e4 requests more, three events each
    assertThat(busy - quiet).isCloseTo(4e4 * 3 * 2.5e-7, within(1e-6));
  }
}
