package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {

  private static void assertRoundTrip(Scenario s) {
    String yaml = ScenarioWriter.toYaml(s);
    Scenario back = ScenarioLoader.load(yaml, "scenario.yaml", List.of());
    assertThat(back).usingRecursiveComparison().ignoringFields("source").isEqualTo(s);
    assertThat(back.source()).isEqualTo("scenario.yaml");
    assertThat(ScenarioWriter.toYaml(back)).isEqualTo(yaml.replace(s.source(), "scenario.yaml"));
  }

  @Test
  void toYaml_defaultsRoundTripInDefaultsOrder() {
    Scenario s = ScenarioLoader.defaults();
    String yaml = ScenarioWriter.toYaml(s);
    assertThat(yaml).contains("antenna-speed-mps: .inf\n", "evolution: gauss-markov\n",
        "  columns:\n    time-s: time_s\n", "plugins: {}\n");
    assertThat(yaml.indexOf("name:")).isLessThan(yaml.indexOf("radio:"));
    assertThat(yaml.indexOf("radio:")).isLessThan(yaml.indexOf("model:"));
    assertThat(yaml.indexOf("output:")).isLessThan(yaml.indexOf("plugins:"));
    assertRoundTrip(s);
  }

  @Test
  void toYaml_awkwardValuesRoundTripExactly() {
    Scenario s = ScenarioLoader.load("""
        name: "yes: a \\"quoted\\" name # with\\ttab and ü"
        seed: 9007199254740993
        duration-s: 0.30000000000000004
        coherence-s: 1e-3
        radio:
          carrier-hz: 28.123456789e9
          snr-db: -0.0
          evolution: gauss-markov
          min-spacing-wavelengths: 0
        model: {feature-min: -1.5e-300, accuracy: "16"}
        traffic:
          trace: ../traces/a b.csv.gz
          columns: {time-s: "true", user: "-", features: "1:30", tokens: null-ish}
        optimizer:
          antenna-speed-mps: 0.1
          control-delay-s: 1e-9
        output: {dir: "", requests-csv: true}
        plugins:
          energy: {alpha: 2.0, n: 3, list: [1, "2", {k: .inf}], flag: false, none: ~, s: "on"}
          empty: {}
        """, "weird.yaml", List.of());
    assertRoundTrip(s);
  }

  @Test
  void number_writesValuesThatReadBackExactly() {
    assertThat(ScenarioWriter.number(Double.POSITIVE_INFINITY, true)).isEqualTo(".inf");
    assertThat(ScenarioWriter.number(Double.NEGATIVE_INFINITY, true)).isEqualTo("-.inf");
    assertThat(ScenarioWriter.number(10.0, true)).isEqualTo("10");
    assertThat(ScenarioWriter.number(10.0, false)).isEqualTo("10.0");
    assertThat(ScenarioWriter.number(-0.0, true)).isEqualTo("-0.0");
    assertThat(ScenarioWriter.number(3.5e9, true)).isEqualTo("3.5E9");
  }
}
