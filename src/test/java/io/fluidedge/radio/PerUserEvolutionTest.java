package io.fluidedge.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.scenario.Radio.Evolution;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;

/**
 * Gauss-Markov evolution with one correlation per user: each user's path gain has lag-one
 * correlation a_k (within 4 standard errors) and unit power, whatever the other users' a_j.
 */
class PerUserEvolutionTest {

  @Test
  void next_eachUserKeepsItsOwnCorrelationAndPower() {
    GeometricChannel model = new GeometricChannel(3, 1, 1, 1, 0.1, 1);
    ChannelProcess process = new ChannelProcess(model, Evolution.GAUSS_MARKOV, 0, 0.01,
        Streams.of(5, "per-user-evolution"));
    double[] a = {0.95, 0.4, 0.95};
    int n = 20_000;
    double[] lag = new double[3];
    double[] power = new double[3];
    Channel previous = process.next(a);
    for (int t = 0; t < n; t++) {
      Channel next = process.next(a);
      for (int k = 0; k < 3; k++) {
        FieldResponseChannel p = (FieldResponseChannel) previous.user(k);
        FieldResponseChannel q = (FieldResponseChannel) next.user(k);
        lag[k] += p.gainRe(0) * q.gainRe(0) + p.gainIm(0) * q.gainIm(0);
        power[k] += p.gainRe(0) * p.gainRe(0) + p.gainIm(0) * p.gainIm(0);
      }
      previous = next;
    }
    for (int k = 0; k < 3; k++) {
      double rho = lag[k] / power[k];
      // AR(1) lag-one estimate: standard error ≈ √((1 − a²)/n) per real part, with an effective
      // sample size shrunk by (1 + a²)/(1 − a²); 4 such errors
      double se = Math.sqrt((1 + a[k] * a[k]) / n);
      assertThat(rho).as("user %d", k).isCloseTo(a[k], within(4 * se));
      assertThat(power[k] / n).as("user %d", k).isCloseTo(1.0, within(0.15));
    }
  }
}
