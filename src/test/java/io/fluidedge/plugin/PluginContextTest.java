package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.ScenarioLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The range-checked getters plugins share: {@code positive} and {@code atLeast}. */
class PluginContextTest {

  private static PluginContext context(Map<String, Object> config) {
    return new PluginContext("demo", ScenarioLoader.defaults(), config, null);
  }

  @Test
  void positive_readsTheValueOrFallbackAndRefusesZeroOrLess() {
    PluginContext c = context(Map.of("a", 2.5, "zero", 0L, "minus", -1.0));
    assertThat(c.positive("a", 1)).isEqualTo(2.5);
    assertThat(c.positive("absent", 7)).isEqualTo(7);
    assertThatThrownBy(() -> c.positive("zero", 1)).isInstanceOf(InputException.class)
        .hasMessageEndingWith("plugins.demo.zero: must be > 0, got 0.0");
    assertThatThrownBy(() -> c.positive("minus", 1))
        .hasMessageEndingWith("plugins.demo.minus: must be > 0, got -1.0");
    assertThatThrownBy(() -> c.positive("absent", 0))
        .hasMessageEndingWith("plugins.demo.absent: must be > 0, got 0.0");
  }

  @Test
  void atLeast_acceptsTheBoundAndNamesItWithoutAFractionWhenWhole() {
    PluginContext c = context(Map.of("zero", 0L, "low", 0.5, "text", "many"));
    assertThat(c.atLeast("zero", 1, 0)).isZero();
    assertThat(c.atLeast("low", 1, 0.25)).isEqualTo(0.5);
    assertThatThrownBy(() -> c.atLeast("low", 1, 1))
        .hasMessageEndingWith("plugins.demo.low: must be >= 1, got 0.5");
    assertThatThrownBy(() -> c.atLeast("low", 1, 0.75))
        .hasMessageEndingWith("plugins.demo.low: must be >= 0.75, got 0.5");
    assertThatThrownBy(() -> c.atLeast("text", 1, 0))
        .hasMessageEndingWith("plugins.demo.text: expected a finite number, got 'many'");
  }
}
