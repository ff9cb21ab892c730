package io.fluidedge.multispin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The controllers' draft lengths against brute force over every γ vector. */
class DraftControlTest {

  private static final int MAX = 7;

  @Test
  void heterogeneousAndHomogeneous_equalBruteForce() {
    Random random = new Random(17);
    for (int trial = 0; trial < 150; trial++) {
      int users = 1 + random.nextInt(3);
      double[] draft = new double[users];
      double[] alpha = new double[users];
      double[] rates = new double[users];
      for (int k = 0; k < users; k++) {
        draft[k] = 0.002 + 0.03 * random.nextDouble();
        alpha[k] = trial % 10 == 0 ? 1.0 : random.nextDouble();
        rates[k] = Math.pow(10, 6 + 2 * random.nextDouble());
      }
      SpinModel m = new SpinModel(draft, alpha, random.nextBoolean() ? 0 : 2e5,
          0.002 + 0.02 * random.nextDouble(), random.nextDouble() * 2e-3);
      int[] hetero = DraftControl.HETEROGENEOUS.choose(m, rates, MAX, 0);
      int[] homo = DraftControl.HOMOGENEOUS.choose(m, rates, MAX, 0);
      Best all = new Best();
      Best same = new Best();
      int[] g = new int[users];
      int combos = (int) Math.pow(MAX + 1, users);
      for (int c = 0; c < combos; c++) {
        int x = c;
        boolean equal = true;
        for (int k = 0; k < users; k++) {
          g[k] = x % (MAX + 1);
          x /= MAX + 1;
          equal &= g[k] == g[0];
        }
        double v = m.goodput(g, rates);
        all.offer(v, g);
        if (equal) {
          same.offer(v, g);
        }
      }
      assertThat(m.goodput(hetero, rates)).as("trial %d heterogeneous", trial)
          .isCloseTo(all.value, org.assertj.core.api.Assertions.within(1e-12 * all.value));
      assertThat(m.goodput(homo, rates)).as("trial %d homogeneous", trial)
          .isCloseTo(same.value, org.assertj.core.api.Assertions.within(1e-12 * same.value));
      if (all.unique()) {
        assertThat(hetero).as("trial %d", trial).isEqualTo(all.gamma);
      }
      if (same.unique()) {
        assertThat(homo).isEqualTo(same.gamma);
      }
      assertThat(m.goodput(hetero, rates)).isGreaterThanOrEqualTo(m.goodput(homo, rates));
    }
  }

  /** The best and second-best distinct values seen. */
  private static final class Best {
    double value = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int[] gamma;

    void offer(double v, int[] g) {
      if (v > value) {
        second = value;
        value = v;
        gamma = g.clone();
      } else if (v > second) {
        second = v;
      }
    }

    boolean unique() {
      return value - second > 1e-9 * value;
    }
  }
}
