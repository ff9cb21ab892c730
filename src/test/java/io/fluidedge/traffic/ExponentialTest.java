package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.Streams;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/** fdlibm's log1p in Java against {@link StrictMath#log1p}, and the draws against SSJ's. */
class ExponentialTest {

  private static void sameAsStrictMath(double x) {
    double expected = StrictMath.log1p(x);
    double actual = Exponential.log1p(x);
    if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(expected)) {
      throw new AssertionError("log1p(" + x + " = 0x" + Long.toHexString(
          Double.doubleToRawLongBits(x)) + "): " + actual + " != StrictMath's " + expected);
    }
  }

  @Test
  void log1p_sameBitsAsStrictMathOnTheGapsDomain() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 2_000_000; i++) {
      sameAsStrictMath(-random.nextDouble());
    }
    MRG32k3a stream = Streams.of(1, "log1p");
    for (int i = 0; i < 1_000_000; i++) {
      sameAsStrictMath(-stream.nextDouble());
    }
  }

  @Test
  void log1p_sameBitsAsStrictMathOnAnyDouble() {
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 2_000_000; i++) {
      sameAsStrictMath(Double.longBitsToDouble(random.nextLong()));
    }
    // Every binade from 2^-1074 to 2^1023, both signs, a few significands each.
    for (int e = 0; e < 2047; e++) {
      for (long m : new long[] {0, 1, 0x6a09e_0000_0000L, 0x6a09d_ffff_ffffL,
          0x8000000000000L, 0xfffffffffffffL}) {
        long bits = ((long) e << 52) | m;
        sameAsStrictMath(Double.longBitsToDouble(bits));
        sameAsStrictMath(Double.longBitsToDouble(bits | Long.MIN_VALUE));
      }
    }
  }

  @Test
  void log1p_sameAsStrictMathAtTheBranchesAndSpecialValues() {
    double[] edges = {0.0, -0.0, -1.0, Math.nextUp(-1.0), Math.nextDown(-1.0), -2, 1, 0.5,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Math.scalb(1.0, -29), Math.scalb(1.0, -54), Math.scalb(1.0, 53), Math.scalb(1.0, -20),
        0.41422, 0.414213562373095, -0.2929, -0.29289321881345, Math.sqrt(2) - 1,
        1 - Math.sqrt(0.5), Math.sqrt(0.5) - 1};
    for (double x : edges) {
      for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x)}) {
        sameAsStrictMath(y);
      }
    }
    // Around the high-word thresholds of the branches.
    for (int hx : new int[] {0x3FDA827A, 0xbfd2bec3, 0x3e200000, 0xbe200000, 0x3c900000,
        0xbc900000, 0x43400000, 0x3ff6a09e, 0x3ff00000, 0xbff00000}) {
      for (int d = -3; d <= 3; d++) {
        for (long low : new long[] {0, 1, 0x7fffffffL, 0xffffffffL}) {
          sameAsStrictMath(Double.longBitsToDouble(((long) (hx + d) << 32) | low));
        }
      }
    }
  }

  @Test
  void next_sameDrawsAsSsjsExponentialGen() {
    for (double rate : new double[] {1e-3, 1, 2500, 1e4, 3.7e9}) {
      RandomStream ours = Streams.of(7, "exponential");
      RandomStream ssj = Streams.of(7, "exponential");
      for (int i = 0; i < 200_000; i++) {
        double expected = ExponentialGen.nextDouble(ssj, rate);
        assertThat(Exponential.next(ours, rate)).isEqualTo(expected);
      }
    }
    for (double u : new double[] {0, 1, 1e-300, 0.5, Math.nextDown(1.0)}) {
      assertThat(Exponential.inverse(2, u)).isEqualTo(ExponentialDist.inverseF(2, u));
    }
  }

  @Test
  void inverse_rejectsWhatSsjRejects() {
    assertThatThrownBy(() -> Exponential.inverse(0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda");
    assertThatThrownBy(() -> Exponential.inverse(-1, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda");
    assertThatThrownBy(() -> Exponential.inverse(1, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u not in");
    assertThatThrownBy(() -> Exponential.inverse(1, -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u not in");
  }
}
