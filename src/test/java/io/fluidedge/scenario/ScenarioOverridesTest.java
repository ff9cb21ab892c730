package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioOverridesTest {

  private static Scenario load(String yaml, String... overrides) {
    return ScenarioLoader.load(yaml, "s.yaml", List.of(overrides));
  }

  @Test
  void set_overridesFileAndDefaults() {
    Scenario s = load("radio:\n  bs-antennas: 12\n",
        "radio.bs-antennas=16",
        "optimizer.antenna-speed-mps=.inf",
        "name=foo",
        "traffic.columns.time-s=arrived_at",
        "plugins.energy.alpha=2.5",
        "radio.carrier-hz=28e9",
        "output.plots=false");
    assertThat(s.radio().bsAntennas()).isEqualTo(16);
    assertThat(s.optimizer().antennaSpeedMps()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(s.name()).isEqualTo("foo");
    assertThat(s.traffic().columns().timeS()).isEqualTo("arrived_at");
    assertThat(s.traffic().columns().user()).isEqualTo("user");
    assertThat(s.plugins().get("energy")).containsEntry("alpha", 2.5);
    assertThat(s.radio().carrierHz()).isEqualTo(28e9);
    assertThat(s.output().plots()).isFalse();
  }

  @Test
  void set_laterOptionWinsAndMergesPluginMaps() {
    Scenario s = load("plugins:\n  energy: {alpha: 1, beta: 2}\n",
        "plugins.energy.alpha=3", "seed=5", "seed=7");
    assertThat(s.plugins().get("energy")).containsEntry("alpha", 3L).containsEntry("beta", 2L);
    assertThat(s.seed()).isEqualTo(7L);
  }

  @Test
  void set_flowMapValueForASection() {
    Scenario s = load("", "traffic.columns={time-s: t, tokens: n}");
    assertThat(s.traffic().columns())
        .isEqualTo(new Traffic.Columns("t", "user", "features", "n"));
  }

  @Test
  void set_unknownKeyNamesTheOption() {
    assertThatThrownBy(() -> load("", "radio.bs-antena=16"))
        .isInstanceOf(InputException.class)
        .hasMessage("--set radio.bs-antena: unknown key; did you mean 'radio.bs-antennas'?")
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.file()).isNull();
          assertThat(ie.line()).isZero();
          assertThat(ie.field()).isEqualTo("--set radio.bs-antena");
        });
  }

  @Test
  void set_badValuesNameTheOption() {
    assertThatThrownBy(() -> load("", "radio.users=two"))
        .hasMessage("--set radio.users: expected an integer, got 'two'");
    assertThatThrownBy(() -> load("", "radio.evolution=random"))
        .hasMessage("--set radio.evolution: must be one of static|iid|gauss-markov, got 'random'");
    assertThatThrownBy(() -> load("", "radio.users"))
        .hasMessageStartingWith("--set radio.users: expected KEY=VALUE");
    assertThatThrownBy(() -> load("", "radio..users=2"))
        .hasMessage("--set radio..users: empty key segment");
    assertThatThrownBy(() -> load("", "name=[x"))
        .hasMessageStartingWith("--set name: bad value: YAML syntax");
    assertThatThrownBy(() -> load("", "optimizer.tolerance=0"))
        .hasMessageStartingWith("--set optimizer.tolerance: must be positive");
  }

  @Test
  void set_crossKeyErrorBlamesTheOption() {
    assertThatThrownBy(() -> load("radio:\n  users: 4\n", "radio.bs-antennas=4"))
        .hasMessageStartingWith("--set radio.bs-antennas: users x user-antennas = 4 x 2 = 8");
  }
}
