package io.fluidedge.multispin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.RandomStream;

/** Speculative rounds against the closed form of the accepted prefix. */
class SpinModelTest {

  @ParameterizedTest
  @CsvSource({"0.3, 2", "0.7, 5", "0.9, 12", "0.5, 0"})
  void meanTokensPerRound_matchesClosedFormWithinCi(double alpha, int gamma) {
    RandomStream s = Streams.of(42, "spin-test");
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      int t = SpinModel.drawTokens(s, alpha, gamma);
      assertThat(t).isBetween(1, gamma + 1);
      sum += t;
      sumSq += (double) t * t;
    }
    double mean = sum / n;
    double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    double halfWidth = 1.96 * sd / Math.sqrt(n);
    double expected = (1 - Math.pow(alpha, gamma + 1)) / (1 - alpha);
    assertThat(SpinModel.expectedTokens(alpha, gamma)).isCloseTo(expected, within(1e-12));
    assertThat(Math.abs(mean - expected)).isLessThanOrEqualTo(Math.max(halfWidth, 1e-12));
  }

  @Test
  void extremes_alphaZeroGivesOneAndAlphaOneGivesGammaPlusOne() {
    RandomStream s = Streams.of(1, "spin-test");
    for (int i = 0; i < 1000; i++) {
      assertThat(SpinModel.drawTokens(s, 0, 7)).isEqualTo(1);
      assertThat(SpinModel.drawTokens(s, 1, 7)).isEqualTo(8);
    }
    assertThat(SpinModel.expectedTokens(0, 7)).isEqualTo(1);
    assertThat(SpinModel.expectedTokens(1, 7)).isEqualTo(8);
  }

  @Test
  void roundTime_isSlowestDrafterPlusBatchedVerification() {
    SpinModel m = new SpinModel(new double[] {0.01, 0.02}, new double[] {0.5, 0.5}, 1e6, 0.007,
        1e-4);
    double[] rates = {1e8, 1e7};
    // user 0: 3·(0.01 + 0.01) = 0.06; user 1: 2·(0.02 + 0.1) = 0.24; verify 0.007 + 1e-4·(4 + 3)
    assertThat(m.roundS(new int[] {3, 2}, rates)).isCloseTo(0.24 + 0.007 + 7e-4, within(1e-15));
    assertThat(m.roundS(new int[] {3, 0}, new double[] {1e8, 0}))
        .isCloseTo(0.06 + 0.007 + 5e-4, within(1e-15));
  }
}
