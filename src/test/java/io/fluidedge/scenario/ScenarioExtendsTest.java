package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends: base.yaml}: the base first, then the file's own keys, to any depth. */
class ScenarioExtendsTest {

  @TempDir
  Path dir;

  @Test
  void extends_baseKeysUnlessOverriddenAndPluginsMerged() throws Exception {
    Files.createDirectories(dir.resolve("common"));
    Files.writeString(dir.resolve("common/base.yaml"), String.join("\n",
        "name: base",
        "duration-s: 3",
        "radio: {users: 3, snr-db: 5}",
        "plugins:",
        "  occupancy: {sample-period-s: 0.5}",
        ""));
    Files.writeString(dir.resolve("middle.yaml"), "extends: common/base.yaml\nradio: {snr-db: 7}\n");
    Path child = Files.writeString(dir.resolve("child.yaml"), String.join("\n",
        "extends: middle.yaml",
        "name: child",
        "radio: {bs-antennas: 12}",
        ""));
    LoadedScenario loaded = ScenarioLoader.loadWithLocations(child, List.of("duration-s=4"));
    Scenario s = loaded.scenario();
    assertThat(s.name()).isEqualTo("child");
    assertThat(s.durationS()).isEqualTo(4);
    assertThat(s.radio().users()).isEqualTo(3);
    assertThat(s.radio().snrDb()).isEqualTo(7);
    assertThat(s.radio().bsAntennas()).isEqualTo(12);
    assertThat(s.plugins()).containsKey("occupancy");
    assertThat(loaded.locations().value("radio.users").orElseThrow().file())
        .endsWith("base.yaml");
  }

  @Test
  void extends_errorsNameTheFileAndLineWhereTheyAre() throws Exception {
    Files.writeString(dir.resolve("base.yaml"), "radio:\n  user: 3\n");
    Path child = Files.writeString(dir.resolve("child.yaml"), "extends: base.yaml\n");
    assertThatThrownBy(() -> ScenarioLoader.load(child, List.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("base.yaml:2:3").hasMessageContaining("radio.user");

    Path missing = Files.writeString(dir.resolve("missing.yaml"), "\nextends: nowhere.yaml\n");
    assertThatThrownBy(() -> ScenarioLoader.load(missing, List.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("missing.yaml:2").hasMessageContaining("no such scenario file");

    Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
    Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
    assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("a.yaml"), List.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("cycle");

    Path list = Files.writeString(dir.resolve("list.yaml"), "extends: [a.yaml]\n");
    assertThatThrownBy(() -> ScenarioLoader.load(list, List.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("extends");
  }
}
