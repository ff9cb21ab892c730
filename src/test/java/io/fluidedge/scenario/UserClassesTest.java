package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code users.classes} and {@code cell}: classes take the flat keys for what they leave out,
 * users are numbered class by class, bad entries name the file, line and
 * {@code users.classes[i].key}, and the resolved scenario writes back to the same scenario.
 */
class UserClassesTest {

  private static final String TWO = """
      radio: {users: 5, bs-antennas: 10}
      model: {parameters: 1e7}
      cell: {link-budget: path-loss, path-loss: uma, bs-height-m: 25}
      users:
        classes:
          - name: near
            count: 3
            rate-hz: 7
            placement: {kind: ring, radius-m: 20}
            mobility: {kind: random-waypoint, speed-min-mps: 1, speed-max-mps: 2, pause-s: 1}
          - name: far
            count: 2
            parameters: 3e8
            placement: {kind: points, points-m: [[100, 0], [0, -120.5]]}
      """;

  private static Scenario load(String yaml, String... overrides) {
    return ScenarioLoader.load(yaml, "cell.yaml", List.of(overrides));
  }

  @Test
  void classes_numberUsersClassByClass_andTakeTheFlatKeysForWhatTheyLeaveOut() {
    Scenario s = load(TWO);
    UserClasses c = s.userClasses();
    assertThat(c.declared()).isTrue();
    assertThat(c.users()).isEqualTo(5);
    assertThat(List.of(c.className(0), c.className(2), c.className(3), c.className(4)))
        .containsExactly("near", "near", "far", "far");
    assertThat(c.classOf(0).parameters()).isEqualTo(1e7);
    assertThat(c.classOf(0).rateHz()).isEqualTo(7);
    assertThat(c.classOf(3).parameters()).isEqualTo(3e8);
    assertThat(c.classOf(3).rateHz()).isEqualTo(s.traffic().rateHz());
    assertThat(c.classOf(3).txPowerDbm()).isEqualTo(s.cell().txPowerDbm());
    assertThat(c.classOf(3).placement().points().get(1).yM()).isEqualTo(-120.5);
    assertThat(c.classOf(0).mobility().kind()).isEqualTo(Mobility.Kind.RANDOM_WAYPOINT);
    assertThatThrownBy(() -> c.className(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void flatKeys_areOneClassNamedDefault() {
    Scenario s = load("radio: {users: 3, bs-antennas: 6}");
    UserClasses c = s.userClasses();
    assertThat(c.declared()).isFalse();
    assertThat(c.names()).containsExactly("default");
    assertThat(c.classOf(2).count()).isEqualTo(3);
    assertThat(c.classOf(0).snrDb()).isEqualTo(s.radio().snrDb());
    assertThat(s.cell().spatial()).isFalse();
  }

  @Test
  void writtenScenario_loadsBackToTheSameScenario() {
    Scenario s = load(TWO);
    String yaml = ScenarioWriter.toYaml(s);
    Scenario back = ScenarioLoader.load(yaml, "back.yaml", List.of());
    assertThat(back.classes()).isEqualTo(s.classes());
    assertThat(back.cell()).isEqualTo(s.cell());
    assertThat(ScenarioWriter.toYaml(back).lines().skip(1).toList())
        .isEqualTo(yaml.lines().skip(1).toList());
  }

  @Test
  void countsThatDoNotSumToTheUsers_nameTheClassesKey() {
    assertThatThrownBy(() -> load(TWO.replace("users: 5", "users: 4")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("users.classes").hasMessageContaining("sum to 5");
  }

  @Test
  void unknownKeyInAClass_namesItsIndexAndLine() {
    assertThatThrownBy(() -> load(TWO.replace("rate-hz: 7", "rate-hx: 7")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cell.yaml:8:7")
        .hasMessageContaining("users.classes[0].rate-hx")
        .hasMessageContaining("rate-hz");
  }

  @Test
  void badValues_nameTheirKey() {
    assertThatThrownBy(() -> load(TWO.replace("kind: ring", "kind: square")))
        .isInstanceOf(InputException.class).hasMessageContaining("users.classes[0].placement.kind")
        .hasMessageContaining("annulus|ring|points");
    assertThatThrownBy(() -> load(TWO.replace("speed-min-mps: 1", "speed-min-mps: 3")))
        .isInstanceOf(InputException.class).hasMessageContaining("users.classes[0].mobility");
    assertThatThrownBy(() -> load(TWO.replace("[[100, 0], [0, -120.5]]", "[[100, 0]]")))
        .isInstanceOf(InputException.class).hasMessageContaining("users.classes[1]")
        .hasMessageContaining("count = 2");
    assertThatThrownBy(() -> load(TWO.replace("name: far", "name: near")))
        .isInstanceOf(InputException.class).hasMessageContaining("used twice");
    assertThatThrownBy(() -> load(TWO.replace("count: 2", "count: 2\n      user-antennas: 1")))
        .isInstanceOf(InputException.class).hasMessageContaining("user-antennas");
    assertThatThrownBy(() -> load(TWO, "cell.ue-height-m=20"))
        .isInstanceOf(InputException.class).hasMessageContaining("cell.ue-height-m");
  }
}
