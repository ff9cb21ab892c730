package io.fluidedge.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  @Test
  void scenario_equalsScenariosDefaultYaml() {
    Scenario file = ScenarioLoader.load(Path.of("scenarios/default.yaml"), List.of());
    Scenario built = Reference.scenario(List.of());
    assertThat(built.radio()).isEqualTo(file.radio());
    assertThat(built.model()).isEqualTo(file.model());
    assertThat(built.server()).isEqualTo(file.server());
    assertThat(built.traffic()).isEqualTo(file.traffic());
    assertThat(built.optimizer()).isEqualTo(file.optimizer());
    assertThat(built.output()).isEqualTo(file.output());
    assertThat(built.seed()).isEqualTo(file.seed());
    assertThat(built.durationS()).isEqualTo(file.durationS());
    assertThat(built.coherenceS()).isEqualTo(file.coherenceS());
  }

  @Test
  void scenario_appliesFurtherOverridesLast() {
    Scenario s = Reference.scenario(List.of("model.sensitivity=" + Reference.value(3e-5),
        "model.parameters=" + Reference.value(307e6)));
    assertThat(s.model().sensitivity()).isEqualTo(3e-5);
    assertThat(s.model().parameters()).isEqualTo(307e6);
    assertThat(s.model().bitsMax()).isEqualTo(16);
  }
}
