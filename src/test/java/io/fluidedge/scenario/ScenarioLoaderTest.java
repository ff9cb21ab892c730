package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

  private static Scenario load(String yaml, String... overrides) {
    return ScenarioLoader.load(yaml, "s.yaml", List.of(overrides));
  }

  private static InputException error(String yaml, String... overrides) {
    try {
      load(yaml, overrides);
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError("expected an InputException for:\n" + yaml);
  }

  @Test
  void defaults_matchTheDocumentedValues() {
    Scenario s = ScenarioLoader.defaults();
    assertThat(s.name()).isEqualTo("default");
    assertThat(s.seed()).isEqualTo(1L);
    assertThat(s.durationS()).isEqualTo(10.0);
    assertThat(s.coherenceS()).isEqualTo(0.01);
    assertThat(s.radio()).isEqualTo(new Radio(3.5e9, 20e6, 10, 4, 2, 8, 4, 0.5, 5, 1, "geometric",
        Radio.Evolution.GAUSS_MARKOV, 10, 0.25));
    assertThat(s.model()).isEqualTo(new Model(86e6, 400, 151296, -1, 1, 1.4e-4, 1, 16, "psnr"));
    assertThat(s.server()).isEqualTo(new Server(1e14, Server.Discipline.PARTITIONED));
    assertThat(s.traffic()).isEqualTo(new Traffic("poisson", 20, "traces/sample.csv",
        new Traffic.Columns("time_s", "user", "features", "tokens"), 0,
        Traffic.UserAssignment.ROUND_ROBIN, 1.0, Traffic.OnBadRow.FAIL));
    assertThat(s.optimizer()).isEqualTo(new OptimizerSettings("joint",
        OptimizerSettings.Solver.FAST, 100, 1e-4, 16, true, 0, Double.POSITIVE_INFINITY, 0.25));
    assertThat(s.output()).isEqualTo(new Output("out/default", 0.1, false, true, false));
    assertThat(s.plugins()).isEmpty();
    assertThat(s.source()).isEqualTo("<defaults>");
  }

  @Test
  void load_emptyOrCommentOnlyFileIsAllDefaults() {
    Scenario defaults = ScenarioLoader.defaults();
    for (String yaml : new String[] {"", "# nothing\n", "---\n"}) {
      Scenario s = load(yaml);
      assertThat(s.radio()).isEqualTo(defaults.radio());
      assertThat(s.source()).isEqualTo("s.yaml");
    }
  }

  @Test
  void load_fileOverridesSomeKeysAndKeepsTheRest(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, """
        name: small
        duration-s: 2.5
        radio:
          users: 2
          bs-antennas: 16
          evolution: gauss-markov
          bandwidth-hz: 10e6
        server: {discipline: work-conserving}
        traffic:
          columns: {time-s: arrived_at}
        optimizer:
          antenna-speed-mps: 2
          warm-start: no
        """);
    Scenario s = ScenarioLoader.load(file, List.of());
    assertThat(s.name()).isEqualTo("small");
    assertThat(s.durationS()).isEqualTo(2.5);
    assertThat(s.radio().users()).isEqualTo(2);
    assertThat(s.radio().userAntennas()).isEqualTo(2);
    assertThat(s.radio().bsAntennas()).isEqualTo(16);
    assertThat(s.radio().evolution()).isEqualTo(Radio.Evolution.GAUSS_MARKOV);
    assertThat(s.radio().bandwidthHz()).isEqualTo(10e6);
    assertThat(s.server().discipline()).isEqualTo(Server.Discipline.WORK_CONSERVING);
    assertThat(s.traffic().columns())
        .isEqualTo(new Traffic.Columns("arrived_at", "user", "features", "tokens"));
    assertThat(s.optimizer().antennaSpeedMps()).isEqualTo(2.0);
    assertThat(s.optimizer().warmStart()).isFalse();
    assertThat(s.source()).isEqualTo(file.toString());
  }

  @Test
  void load_numbersInYamlForms() {
    Scenario s = load("""
        model:
          parameters: 1_000_000
          sensitivity: .5e-3
        server:
          cpu-hz: 1e14
        optimizer:
          antenna-speed-mps: .inf
          max-iterations: 1e3
        """);
    assertThat(s.model().parameters()).isEqualTo(1e6);
    assertThat(s.model().sensitivity()).isEqualTo(5e-4);
    assertThat(s.server().cpuHz()).isEqualTo(1e14);
    assertThat(s.optimizer().antennaSpeedMps()).isInfinite();
    assertThat(s.optimizer().maxIterations()).isEqualTo(1000);
  }

  @Test
  void load_unknownKeySuggestsNearestWithLineAndColumn() {
    InputException e = error("""
        name: x
        radio:
          users: 2
          bs-antena: 16
        """);
    assertThat(e.file()).isEqualTo("s.yaml");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("radio.bs-antena");
    assertThat(e.getMessage()).isEqualTo(
        "s.yaml:4:3: radio.bs-antena: unknown key; did you mean 'radio.bs-antennas'?");
  }

  @Test
  void load_keyInTheWrongSectionSuggestsWhereItBelongs() {
    InputException e = error("bs-antennas: 16\n");
    assertThat(e.getMessage()).contains("did you mean 'radio.bs-antennas'?");
  }

  @Test
  void load_farFromAnyKeyListsTheSectionsKeys() {
    InputException e = error("server:\n  quux: 1\n");
    assertThat(e.getMessage()).contains("server.quux").contains("cpu-hz, discipline");
  }

  @Test
  void load_wrongTypesNameKeyLineAndColumn() {
    InputException e = error("radio:\n  bs-antennas: \"16\"\n");
    assertThat(e.getMessage()).isEqualTo(
        "s.yaml:2:16: radio.bs-antennas: expected an integer, got '16'");

    assertThat(error("radio:\n  users: 2.5\n").getMessage())
        .isEqualTo("s.yaml:2:10: radio.users: expected an integer, got 2.5");
    assertThat(error("radio:\n  snr-db: high\n").getMessage())
        .isEqualTo("s.yaml:2:11: radio.snr-db: expected a number, got 'high'");
    assertThat(error("radio: [1, 2]\n").getMessage())
        .isEqualTo("s.yaml:1:8: radio: expected a map of keys, got a list");
    assertThat(error("output:\n  plots: maybe\n").getMessage())
        .isEqualTo("s.yaml:2:10: output.plots: expected true or false, got 'maybe'");
    assertThat(error("name:\n").getMessage())
        .startsWith("s.yaml:1:").contains("name: expected a text value, got an empty value");
    assertThat(error("traffic:\n  columns: {time-s: [a]}\n").field())
        .isEqualTo("traffic.columns.time-s");
  }

  @Test
  void load_badEnumListsAllowedValues() {
    assertThat(error("radio:\n  evolution: markov\n").getMessage()).isEqualTo(
        "s.yaml:2:14: radio.evolution: must be one of static|iid|gauss-markov, got 'markov'");
    assertThat(error("server: {discipline: fifo}").getMessage())
        .contains("server.discipline: must be one of partitioned|work-conserving");
    assertThat(error("optimizer: {solver: slow}").getMessage())
        .contains("optimizer.solver: must be one of fast|paper");
    assertThat(error("traffic: {user-assignment: random}").getMessage())
        .contains("traffic.user-assignment: must be one of round-robin|hash");
    assertThat(error("traffic: {on-bad-row: ignore}").getMessage())
        .contains("traffic.on-bad-row: must be one of fail|skip");
  }

  @Test
  void load_recordRangeErrorsPointAtTheKey() {
    InputException e = error("name: x\noptimizer:\n  tolerance: -1\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("optimizer.tolerance");
    assertThat(e.getMessage()).contains("must be positive");

    InputException bits = error("model:\n  bits-max: 40\n");
    assertThat(bits.field()).isEqualTo("model.bits-max");
    assertThat(bits.line()).isEqualTo(2);

    assertThat(error("optimizer:\n  fixed-bits: 33\n").field()).isEqualTo("optimizer.fixed-bits");
    assertThat(error("duration-s: -1\n").field()).isEqualTo("duration-s");
  }

  @Test
  void load_yamlSyntaxErrorGivesParserLine() {
    InputException e = error("name: x\nradio:\n  users: 2\n bs-antennas: 8\n");
    assertThat(e.file()).isEqualTo("s.yaml");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).startsWith("s.yaml:4:").contains("YAML syntax");

    assertThat(error("name: [x\n").getMessage()).contains("YAML syntax");
    assertThat(error("a: b: c\n").line()).isEqualTo(1);
  }

  @Test
  void load_refusesDuplicatesAliasesAndNonMaps() {
    assertThat(error("seed: 1\nseed: 2\n").getMessage())
        .isEqualTo("s.yaml:2:1: duplicate key 'seed' (first at line 1)");
    assertThat(error("name: &n x\noutput: {dir: *n}\n").getMessage()).contains("aliases");
    assertThat(error("just text\n").getMessage()).contains("expected a map of scenario keys");
    assertThat(error("radio.users: 2\n").getMessage()).contains("nest keys");
  }

  @Test
  void load_missingFileIsInputError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> ScenarioLoader.load(missing, List.of()))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void load_pluginsKeepPlainValuesAndLocations() {
    LoadedScenario loaded = ScenarioLoader.loadWithLocations("""
        plugins:
          energy:
            alpha: 2.5
            rounds: 3
            mode: "fast"
            on: true
            levels: [1, 2.0, x]
            nested: {a-b: 1}
          empty:
        """, "s.yaml", List.of());
    Map<String, Object> energy = loaded.scenario().plugins().get("energy");
    assertThat(energy).containsEntry("alpha", 2.5).containsEntry("rounds", 3L)
        .containsEntry("mode", "fast").containsEntry("on", true)
        .containsEntry("levels", List.of(1L, 2.0, "x"))
        .containsEntry("nested", Map.of("a-b", 1L));
    assertThat(loaded.scenario().plugins().get("empty")).isEmpty();
    SourceMap at = loaded.locations();
    assertThat(at.value("plugins.energy.alpha").orElseThrow().line()).isEqualTo(3);
    assertThat(at.value("plugins.energy.alpha").orElseThrow().column()).isEqualTo(12);
    assertThat(at.error("plugins.energy.rounds", "must be even").getMessage())
        .isEqualTo("s.yaml:4:13: plugins.energy.rounds: must be even");
    assertThat(error("plugins: {energy: 3}").getMessage())
        .contains("plugins.energy: expected a map of plugin settings");
  }
}
