package io.fluidedge.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The MAC and memory scaling and the inference terms, against hand computations. */
class EnergyModelTest {

  private final EnergyModel m = EnergyModel.DEFAULT;

  @Test
  void mac_scalesAsAlphaTimesBitsOverSixteenToTheBeta() {
    assertThat(m.macJ(16)).isCloseTo(0.858e-12, within(1e-18));
    assertThat(m.macJ(8)).isCloseTo(0.858e-12 * Math.pow(0.5, 1.9), within(1e-18));
    assertThat(m.macJ(4) / m.macJ(8)).isCloseTo(Math.pow(0.5, 1.9), within(1e-12));
  }

  @Test
  void defaults_reproduceHorowitzsIntegerMacEnergiesAt8And32Bits() {
    // 45 nm: 8-bit multiply 0.2 pJ + add 0.03 pJ; 32-bit multiply 3.1 pJ + add 0.1 pJ.
    assertThat(m.macJ(8)).isCloseTo(0.23e-12, within(0.01 * 0.23e-12));
    assertThat(m.macJ(32)).isCloseTo(3.2e-12, within(0.01 * 3.2e-12));
  }

  @Test
  void memory_isLinearInTheBits() {
    assertThat(m.localJ(16)).isCloseTo(2.5e-12, within(1e-20));
    assertThat(m.localJ(4)).isCloseTo(0.625e-12, within(1e-20));
    assertThat(m.mainJ(8)).isCloseTo(162.5e-12, within(1e-20));
  }

  @Test
  void inference_termsFollowTheModel() {
    double nc = 1e6;
    double ns = 2e5;
    double as = 3e4;
    EnergyModel.Inference e = m.inference(nc, ns, as, 4, 8);
    double root = 16;
    assertThat(e.computeJ()).isCloseTo(m.macJ(8) * (nc + 3 * as), within(1e-18));
    assertThat(e.weightsJ()).isCloseTo(m.mainJ(8) * ns + m.localJ(8) * nc / root,
        within(1e-18));
    assertThat(e.activationsJ()).isCloseTo(2 * m.mainJ(4) * as + m.localJ(4) * nc / root,
        within(1e-18));
    assertThat(e.totalJ()).isEqualTo(e.computeJ() + e.weightsJ() + e.activationsJ());
    assertThat(m.inference(nc, ns, as, 2, 8).totalJ()).isLessThan(e.totalJ());
  }

  @Test
  void combiners_closedFormCostsLessThanOnePaperIteration() {
    double closed = Multiplications.closedFormCombiners(4, 8, 2);
    assertThat(closed).isCloseTo(4 * 4 * 64 * 2 + 4 * (2.0 / 3 * 512 + 4 * 64 * 2 + 4 * 16),
        within(1e-9));
    assertThat(Multiplications.paperCombinersPerIteration(4, 8, 2, 50)).isGreaterThan(20 * closed);
  }

  @Test
  void constructor_rejectsBadConstants() {
    assertThatThrownBy(() -> new EnergyModel(0, 1.9, 2.5, 325, 256))
        .hasMessage("alpha must be finite and > 0: 0.0 pJ");
    assertThatThrownBy(() -> new EnergyModel(1, 1.9, 2.5, 325, 0.5))
        .hasMessage("processing elements must be finite and >= 1: 0.5");
  }
}
