package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {

  private static InputException error(String yaml, String... overrides) {
    try {
      ScenarioLoader.load(yaml, "s.yaml", List.of(overrides));
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError("expected an InputException for:\n" + yaml);
  }

  @Test
  void validate_moreStreamsThanBsAntennasNamesKeyAndLine() {
    InputException e = error("name: x\nradio:\n  users: 8\n  user-antennas: 2\n");
    assertThat(e.field()).isEqualTo("radio.users");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith("s.yaml:3:10: radio.users: users x user-antennas = 8 x 2 = 16 exceeds "
            + "bs-antennas = 8");

    InputException m = error("radio:\n  users: 4\n  bs-antennas: 6\n");
    assertThat(m.field()).isEqualTo("radio.bs-antennas");
    assertThat(m.line()).isEqualTo(3);
  }

  @Test
  void validate_panelTooSmallSaysHowManyFit() {
    InputException e = error("radio:\n  panel-wavelengths: 1\n  bs-antennas: 10\n");
    assertThat(e.field()).isEqualTo("radio.bs-antennas");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).endsWith("radio.bs-antennas: panel of 1.0 wavelengths holds at "
        + "most 9 antennas at min spacing 0.5 wavelengths; bs-antennas = 10");

    InputException spacing = error("radio: {min-spacing-wavelengths: 3}\n");
    assertThat(spacing.field()).isEqualTo("radio.min-spacing-wavelengths");
    assertThat(spacing.getMessage()).contains("holds at most 4 antennas");
  }

  @Test
  void validate_zeroSpacingHoldsAnyNumberAndExactFitsPass() {
    ScenarioLoader.load("radio: {min-spacing-wavelengths: 0, bs-antennas: 1000}", "s.yaml",
        List.of());
    ScenarioLoader.load("radio: {panel-wavelengths: 0.3, min-spacing-wavelengths: 0.1, "
        + "bs-antennas: 16}", "s.yaml", List.of());
    assertThat(ScenarioValidator.maxAntennas(4, 0.5)).isEqualTo(81);
    assertThat(ScenarioValidator.maxAntennas(0.3, 0.1)).isEqualTo(16);
    assertThat(ScenarioValidator.maxAntennas(1, 0)).isInfinite();
  }

  @Test
  void validate_coherenceAndWindowWithinDuration() {
    InputException c = error("duration-s: 1\ncoherence-s: 2\n");
    assertThat(c.field()).isEqualTo("coherence-s");
    assertThat(c.line()).isEqualTo(2);
    assertThat(c.getMessage()).contains("coherence-s = 2.0 exceeds duration-s = 1.0");

    InputException w = error("duration-s: 0.05\n");
    assertThat(w.field()).isEqualTo("duration-s");
    assertThat(w.getMessage()).contains("output.window-s = 0.1 exceeds duration-s = 0.05");

    InputException o = error("output:\n  window-s: 20\n");
    assertThat(o.field()).isEqualTo("output.window-s");
    assertThat(o.line()).isEqualTo(2);
  }

  @Test
  void validate_countsBelowOneNameTheirKey() {
    InputException e = error("radio:\n  users: 4\n  paths: 0\n");
    assertThat(e.field()).isEqualTo("radio.paths");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void validate_defaultKeyAtFaultSaysDefault() {
    SourceMap at = ScenarioLoader.loadWithLocations("name: x\n", "s.yaml", List.of()).locations();
    assertThat(at.isUserSet("name")).isTrue();
    assertThat(at.isUserSet("radio.users")).isFalse();
    assertThat(at.error("radio.users", "too many").getMessage())
        .isEqualTo("s.yaml: radio.users (default): too many");
  }
}
