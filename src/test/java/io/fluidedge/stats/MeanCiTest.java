package io.fluidedge.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanCiTest {

  @Test
  void of_fiveValuesUsesStudentQuantileWithFourDegrees() {
    MeanCi m = MeanCi.of(new double[] {1, 2, 3, 4, 5});
    // s = √2.5; t_{4, 0.975} = 2.776445 (tables).
    assertThat(m.mean()).isEqualTo(3.0);
    assertThat(m.ci95()).isCloseTo(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), within(1e-5));
    assertThat(m.count()).isEqualTo(5);
    assertThat(m.lower()).isCloseTo(3 - m.ci95(), within(1e-15));
    assertThat(m.upper()).isCloseTo(3 + m.ci95(), within(1e-15));
  }

  @Test
  void of_largeSampleApproachesNormalQuantile() {
    double[] xs = new double[1000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i % 2 == 0 ? -1 : 1;
    }
    double sd = Math.sqrt(1000.0 / 999.0);
    assertThat(MeanCi.of(xs).ci95()).isCloseTo(1.962341 * sd / Math.sqrt(1000), within(1e-5));
  }

  @Test
  void of_constantSampleHasZeroWidth() {
    assertThat(MeanCi.of(new double[] {7, 7, 7}).ci95()).isZero();
  }

  @Test
  void of_singleObservationHasNoInterval() {
    MeanCi m = MeanCi.of(new double[] {4});
    assertThat(m.mean()).isEqualTo(4);
    assertThat(m.ci95()).isNaN();
  }

  @Test
  void of_emptySampleIsRejected() {
    assertThatThrownBy(() -> MeanCi.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
