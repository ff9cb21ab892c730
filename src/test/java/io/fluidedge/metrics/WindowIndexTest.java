package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link WindowIndex} against the division it stands for, {@code floor(t / windowS)}. */
class WindowIndexTest {

  private static final double[] WINDOWS = {0.1, 1, 0.01, 1e-4, 0.3, 7e-3, 1.0 / 3, 2.5e-7, 86400};

  /** Times near every boundary k·w (within 8 doubles) and uniform ones, in time order. */
  private static double[] times(double w, SplittableRandom random) {
    double[] t = new double[40_000];
    int n = 0;
    for (int k = 0; k < 1000; k++) {
      double b = k * w;
      for (int s = 0; s < 8; s++) {
        double up = b;
        double down = b;
        for (int i = random.nextInt(9); i > 0; i--) {
          up = Math.nextUp(up);
          down = Math.nextDown(down);
        }
        t[n++] = up;
        t[n++] = Math.max(0, down);
      }
      t[n++] = random.nextDouble(0, 1000 * w);
      t[n++] = b + w / 2;
    }
    t = Arrays.copyOf(t, n);
    Arrays.sort(t);
    return t;
  }

  @Test
  void everyTimeGetsTheDivisionsWindow_inTimeOrderAndShuffled() {
    SplittableRandom random = new SplittableRandom(20);
    long checked = 0;
    for (double w : WINDOWS) {
      for (double ws : new double[] {w, w * (1 + random.nextDouble()), Math.nextUp(w)}) {
        double[] t = times(ws, random);
        WindowIndex inOrder = new WindowIndex(ws);
        for (double x : t) {
          assertThat(inOrder.of(x)).as("t=%s w=%s", x, ws).isEqualTo((long) Math.floor(x / ws));
        }
        WindowIndex shuffled = new WindowIndex(ws);
        for (int i = 0; i < t.length; i++) {
          double x = t[random.nextInt(t.length)];
          assertThat(shuffled.of(x)).as("t=%s w=%s", x, ws).isEqualTo((long) Math.floor(x / ws));
          assertThat(shuffled.of(Math.nextUp(x))).isEqualTo((long) Math.floor(Math.nextUp(x) / ws));
        }
        checked += 3L * t.length;
      }
    }
    assertThat(checked).isGreaterThan(1_000_000);
  }

  @Test
  void farTimesAndOddValues_areTheDivisions() {
    double ws = 0.1;
    WindowIndex index = new WindowIndex(ws);
    for (double x : new double[] {0, -0.0, 1e15, Math.nextUp(1e15), 4.5e15, 9e17, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NaN, 0.3, 0.30000000000000004, Double.MIN_VALUE}) {
      assertThat(index.of(x)).as("t=%s", x).isEqualTo((long) Math.floor(x / ws));
      assertThat(index.of(x)).as("t=%s again", x).isEqualTo((long) Math.floor(x / ws));
    }
  }
}
