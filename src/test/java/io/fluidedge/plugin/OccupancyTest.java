package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.metrics.RunListener;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in {@code occupancy} entity plugin: the entity contract, Little's law, sampling. */
class OccupancyTest extends EntityPluginContract {

  @Override
  protected EntityPluginProvider provider() {
    return new BuiltinProviders.OccupancyProvider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "plugins:\n  occupancy: {sample-period-s: 0.01}\n";
  }

  private static Map<String, Object> summary(String yaml) {
    Scenario s = ScenarioLoader.load(yaml, "occupancy.yaml", List.of());
    PluginRegistry registry = PluginRegistry.load();
    Components c = Components.of(s, registry);
    NetworkSimulation.run(s, c, new RunListener() {}, () -> false);
    return c.entities().get("occupancy").summary();
  }

  @Test
  void summary_obeysLittlesLawAndSamplesOnItsOwnEvents() {
    Map<String, Object> s = summary("""
        duration-s: 2
        coherence-s: 0.02
        radio: {users: 2, user-antennas: 1, bs-antennas: 4}
        traffic: {rate-hz: 50}
        optimizer: {policy: fpa, max-iterations: 5}
        plugins:
          occupancy: {sample-period-s: 0.001}
        """);
    double l = (double) s.get("time_average_in_system");
    assertThat(l).isPositive();
    assertThat((double) s.get("time_average_uplink") + (double) s.get("time_average_server"))
        .isCloseTo(l, within(1e-12));
    // L = λW; requests in flight at the end count in L only, so allow 2 %.
    assertThat((double) s.get("littles_law_in_system")).isCloseTo(l, within(0.02 * l));
    assertThat((long) s.get("samples")).isBetween(1999L, 2000L);
    // 2000 samples of a count whose mean is L: a generous 15 % (several standard errors).
    assertThat((double) s.get("sampled_mean_in_system")).isCloseTo(l, within(0.15 * l));
  }

  @Test
  void create_rejectsANegativePeriodAtItsLine() {
    String yaml = SMALL_SCENARIO + "plugins:\n  occupancy:\n    sample-period-s: -1\n";
    LoadedScenario loaded = ScenarioLoader.loadWithLocations(yaml, "s.yaml", List.of());
    assertThatThrownBy(() -> PluginRegistry.load().validate(loaded))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:10:22: plugins.occupancy.sample-period-s: must be >= 0 (0: no "
            + "sampling), got -1.0");
  }
}
