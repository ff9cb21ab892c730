package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection of plugins by a scenario and the checks made before a run. */
class PluginRegistryTest {

  private final PluginRegistry registry = PluginRegistry.load();

  private static LoadedScenario load(String yaml) {
    return ScenarioLoader.loadWithLocations(yaml, "s.yaml", List.of());
  }

  @Test
  void kinds_listEveryKindWithItsBuiltIns() {
    assertThat(PluginRegistry.kinds()).extracting(PluginRegistry::kindName).containsExactly(
        "channel-model", "accuracy-model", "policy", "traffic-source", "entity-plugin");
    assertThat(registry.names(TrafficSourceProvider.class)).containsExactly("poisson", "trace");
    assertThat(registry.names(EntityPluginProvider.class)).containsExactly("occupancy");
  }

  @Test
  void validate_unknownTrafficSourceListsTheKnownOnesAtItsLine() {
    assertThatThrownBy(() -> registry.validate(load("traffic:\n  source: replay\n")))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:2:11: traffic.source: unknown traffic-source 'replay'; known: "
            + "poisson, trace");
  }

  @Test
  void validate_unknownPluginEntryListsEveryKnownNameByKind() {
    assertThatThrownBy(() -> registry.validate(load("seed: 2\nplugins:\n  energy: {alpha: 1}\n")))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:3:3: plugins.energy: unknown plugin 'energy'; known: channel-model: "
            + "correlated, geometric; accuracy-model: psnr; policy: equal-cpu, fixed-bits, fpa, joint, "
            + "random-fa; traffic-source: poisson, trace; entity-plugin: occupancy");
  }

  @Test
  void validate_settingsForAPluginWithoutSettingsAreUnknownKeys() {
    assertThatThrownBy(() -> registry.validate(load("plugins:\n  joint:\n    speed: 2\n")))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:3:5: plugins.joint.speed: unknown key; plugin 'joint' takes no "
            + "settings");
  }

  @Test
  void validate_listsTheKnownKeysOfAPlugin() {
    assertThatThrownBy(() -> registry.validate(load("plugins:\n  occupancy: {period-s: 1}\n")))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:2:15: plugins.occupancy.period-s: unknown key; known keys of "
            + "'occupancy': sample-period-s");
  }

  @Test
  void validate_typeErrorsPointAtTheValue() {
    assertThatThrownBy(() -> registry.validate(
        load("plugins:\n  occupancy:\n    sample-period-s: soon\n")))
        .isInstanceOf(InputException.class)
        .hasMessage("s.yaml:3:22: plugins.occupancy.sample-period-s: expected a finite number, "
            + "got 'soon'");
  }

  @Test
  void entityPlugins_areThePluginsEntriesNamingEntityPlugins() {
    var s = load("plugins:\n  occupancy: {}\n  joint: {}\n").scenario();
    registry.validate(load("plugins:\n  occupancy: {}\n  joint: {}\n"));
    assertThat(registry.entityPlugins(s)).containsOnlyKeys("occupancy");
    assertThat(registry.entityPlugins(load("").scenario())).isEmpty();
  }

  @Test
  void entityPlugins_unknownEntryIsBadInput() {
    var s = load("plugins:\n  nothing: {}\n").scenario();
    assertThatThrownBy(() -> registry.entityPlugins(s)).isInstanceOf(InputException.class)
        .hasMessageContaining("plugins.nothing: unknown plugin 'nothing'; known: ");
  }

  @Test
  void trafficSource_resolvesThroughTheRegistry() {
    try (var source = registry.trafficSource(load("duration-s: 1\n").scenario())) {
      assertThat(source.next()).isNotNull();
    }
  }
}
