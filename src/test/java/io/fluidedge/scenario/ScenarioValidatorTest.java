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
  void validate_fpaDiagonalTooShort_namesAKeyTheUserWroteOrTheSetOption() {
    // Only the panel is written; bs-antennas (8) is a default the user never wrote.
    InputException file = error("optimizer: {policy: fpa}\nradio: {panel-wavelengths: 2}\n");
    assertThat(file.field()).isEqualTo("radio.panel-wavelengths");
    assertThat(file.getMessage()).startsWith("s.yaml:2:28: radio.panel-wavelengths: fpa places "
        + "the bs-antennas = 8 antennas on the diagonal of a panel of 2.0 wavelengths, which "
        + "holds at most 6");
    // The value that broke it came from --set: the option is blamed, not the file.
    InputException set = error("radio: {bs-antennas: 12}\noptimizer: {policy: fpa}\n",
        "radio.min-spacing-wavelengths=0.6");
    assertThat(set.getMessage()).startsWith("--set radio.min-spacing-wavelengths: fpa places "
        + "the bs-antennas = 12 antennas");
    InputException policy = error("radio: {bs-antennas: 14}\n", "optimizer.policy=fpa");
    assertThat(policy.getMessage()).startsWith("--set optimizer.policy: fpa places");
    // 12 fit on the reference panel's diagonal.
    ScenarioLoader.load("radio: {bs-antennas: 12}\noptimizer: {policy: fpa}\n", "s.yaml",
        List.of());
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

  @Test
  void validate_plausibilityRangesNameKeyLineAndBounds() {
    InputException snr = error("radio:\n  snr-db: 1e5\n");
    assertThat(snr.field()).isEqualTo("radio.snr-db");
    assertThat(snr.line()).isEqualTo(2);
    assertThat(snr.getMessage()).contains("must be in [-100, 200], got 100000");

    InputException bandwidth = error("radio: {bandwidth-hz: 1e-300}\n");
    assertThat(bandwidth.field()).isEqualTo("radio.bandwidth-hz");
    assertThat(bandwidth.getMessage()).contains("must be in [1, 1.0E12]");

    assertThat(error("", "server.cpu-hz=1e-300").getMessage())
        .startsWith("--set server.cpu-hz: must be in [1, 1.0E21]");
    assertThat(error("radio: {carrier-hz: 1e-300}").field()).isEqualTo("radio.carrier-hz");
    assertThat(error("model: {feature-elements: 1e300}").field())
        .isEqualTo("model.feature-elements");
    assertThat(error("model: {sensitivity: 1e300}").field()).isEqualTo("model.sensitivity");
    assertThat(error("duration-s: 1e12").field()).isEqualTo("duration-s");
    assertThat(error("radio: {bs-antennas: 2000, min-spacing-wavelengths: 0}").getMessage())
        .contains("radio.bs-antennas: must be in [1, 1024], got 2000");
  }

  @Test
  void validate_rangeEdgesAndRecordRulesStillApply() {
    ScenarioLoader.load("radio: {snr-db: -100, bandwidth-hz: 1}\nserver: {cpu-hz: 1}\n"
        + "model: {sensitivity: 1e6, feature-elements: 1e12}\n", "s.yaml", List.of());
    ScenarioLoader.load("radio: {snr-db: 200, bandwidth-hz: 1e12}\n", "s.yaml", List.of());
    // Negative, NaN and infinite values keep the records' own messages.
    assertThat(error("radio: {bandwidth-hz: -5}").getMessage()).contains("positive and finite");
    assertThat(error("radio: {snr-db: .nan}").getMessage())
        .endsWith("radio.snr-db: must be finite: NaN");
  }

  @Test
  void validate_tooManyWindowsOrGridStepsAndZeroPsnrPeak() {
    InputException windows = error("duration-s: 1e6\noutput: {window-s: 1e-3}\n");
    assertThat(windows.field()).isEqualTo("output.window-s");
    assertThat(windows.getMessage()).contains("at most 1.0E7");

    InputException grid = error("optimizer: {grid-wavelengths: 1e-6}\n");
    assertThat(grid.field()).isEqualTo("optimizer.grid-wavelengths");
    assertThat(grid.getMessage()).contains("candidate steps per side");

    InputException peak = error("model:\n  feature-min: -1\n  feature-max: 0\n");
    assertThat(peak.field()).isEqualTo("model.feature-max");
    assertThat(peak.line()).isEqualTo(3);
  }
}
