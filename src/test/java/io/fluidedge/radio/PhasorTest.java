package io.fluidedge.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class PhasorTest {

  @Test
  void of_matchesMathCosAndSin() {
    RandomStream rng = Streams.of(1, "phasor");
    double[] out = new double[2];
    for (int i = 0; i < 200_000; i++) {
      double theta = (rng.nextDouble() - 0.5) * (i % 2 == 0 ? 20 : 2000);
      Phasor.of(theta, out);
      assertThat(out[0]).isCloseTo(Math.cos(theta), within(1e-15));
      assertThat(out[1]).isCloseTo(Math.sin(theta), within(1e-15));
    }
    Phasor.of(3e5, out);
    assertThat(out[0]).isEqualTo(Math.cos(3e5));
  }
}
