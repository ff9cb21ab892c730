package io.fluidedge.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedStatsTest {

  @Test
  void t975_matchesTables() {
    assertThat(PairedStats.t975(1)).isCloseTo(12.7062, within(1e-4));
    assertThat(PairedStats.t975(2)).isCloseTo(4.3027, within(1e-4));
    assertThat(PairedStats.t975(4)).isCloseTo(2.7764, within(1e-4));
    assertThat(PairedStats.t975(9)).isCloseTo(2.2622, within(1e-4));
    assertThat(PairedStats.t975(29)).isCloseTo(2.0452, within(1e-4));
    assertThat(PairedStats.t975(100_000)).isCloseTo(1.9600, within(1e-4));
  }

  @Test
  void of_meanAndHalfWidth() {
    // mean 3, sample sd sqrt(2.5), half-width t(0.975, 4) · sd / sqrt(5)
    PairedStats.Estimate e = PairedStats.of(new double[] {1, 2, 3, 4, 5});
    assertThat(e.n()).isEqualTo(5);
    assertThat(e.mean()).isEqualTo(3.0);
    assertThat(e.ci95()).isCloseTo(2.7764451 * Math.sqrt(2.5) / Math.sqrt(5), within(1e-6));
    assertThat(e.excludesZero()).isTrue();
  }

  @Test
  void of_equalValuesHaveZeroHalfWidth() {
    PairedStats.Estimate e = PairedStats.of(new double[] {0.1, 0.1, 0.1});
    assertThat(e.mean()).isEqualTo(0.1);
    assertThat(e.ci95()).isZero();
  }

  @Test
  void of_oneValueOrNaNLeavesTheHalfWidthUnknown() {
    assertThat(PairedStats.of(new double[] {2}).ci95()).isNaN();
    assertThat(PairedStats.of(new double[] {2}).mean()).isEqualTo(2);
    PairedStats.Estimate nan = PairedStats.of(new double[] {1, Double.NaN});
    assertThat(nan.mean()).isNaN();
    assertThat(nan.excludesZero()).isFalse();
    assertThat(PairedStats.of(new double[0]).mean()).isNaN();
  }

  @Test
  void paired_removesTheSharedVariation() {
    // Large spread between seeds, constant difference: the paired interval is exactly 0 wide.
    double[] base = {1, 10, 100};
    double[] x = {1.5, 10.5, 100.5};
    PairedStats.Estimate d = PairedStats.paired(x, base);
    assertThat(d.mean()).isEqualTo(0.5);
    assertThat(d.ci95()).isZero();
    assertThat(d.excludesZero()).isTrue();
    // Unpaired, the seed-to-seed spread would swamp the difference.
    assertThat(PairedStats.of(x).ci95()).isGreaterThan(100);
    assertThat(PairedStats.paired(base, x).mean()).isEqualTo(-0.5);
  }

  @Test
  void paired_needsTheSameSeeds() {
    assertThatThrownBy(() -> PairedStats.paired(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
