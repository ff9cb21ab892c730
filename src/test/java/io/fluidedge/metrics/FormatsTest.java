package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Formats#decimal} against the reference it must reproduce byte for byte: the exact binary
 * value rounded to 12 digits half-even by BigDecimal, plain above 10^-6, BigDecimal's
 * {@code toString} below (the only path the class had before its fast path).
 */
class FormatsTest {

  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  /** The formatting as it was written with BigDecimal alone. */
  private static String reference(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
    return Math.abs(x) >= 1e-6 ? d.toPlainString() : d.toString();
  }

  private static void assertSameAsReference(int count, DoubleSupplier values) {
    for (int i = 0; i < count; i++) {
      double x = values.getAsDouble();
      assertThat(Formats.decimal(x)).as("x = %s (bits %x)", x, Double.doubleToRawLongBits(x))
          .isEqualTo(reference(x));
      double up = Math.nextUp(x);
      assertThat(Formats.decimal(up)).as("x = %s", up).isEqualTo(reference(up));
    }
  }

  @Test
  void decimal_specialValues_asBefore() {
    double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, 1e-6,
        Math.nextDown(1e-6), Math.nextUp(1e-6), 9.999999999995e-7, 9.9999999999949e-7, 1e-11,
        Math.nextDown(1e-11), 1e33, 1e34, 1e11, 1e12, Math.nextDown(1e12), 999999999999.5,
        999999999999.4999, 9.9999999999996e-7, 0.1 + 0.2, 1.0, -1.0, 42.0, 1200.0, 1.5e-7, 0.012345678901234,
        123456789012.5, 123456789013.5, -123456789012.5, 2.5e-7, 1e22, 1e23, 4.35e-5};
    for (double x : specials) {
      assertThat(Formats.decimal(x)).as("x = %s", x).isEqualTo(reference(x));
    }
    assertThat(Formats.decimal(-0.0)).isEqualTo("0");
    assertThat(Formats.decimal(Double.NaN)).isEmpty();
    assertThat(Formats.decimal(9.9999999999996e-7)).isEqualTo("0.000001");
    assertThat(Formats.decimal(123456789012.5)).isEqualTo("123456789012");
    assertThat(Formats.decimal(123456789013.5)).isEqualTo("123456789014");
  }

  @Test
  void decimal_randomBitPatterns_matchBigDecimal() {
    // Every exponent, subnormals and both signs.
    SplittableRandom rng = new SplittableRandom(1);
    assertSameAsReference(200_000, () -> {
      double x;
      do {
        x = Double.longBitsToDouble(rng.nextLong());
      } while (Double.isNaN(x));
      return x;
    });
  }

  @Test
  void decimal_logUniformMagnitudes_matchBigDecimal() {
    // The range output files hold: 1e-14 .. 1e16, where the fast path decides.
    SplittableRandom rng = new SplittableRandom(2);
    assertSameAsReference(400_000, () -> {
      double x = Math.pow(10, rng.nextDouble(-14, 16));
      return rng.nextBoolean() ? x : -x;
    });
  }

  @Test
  void decimal_shortDecimalsAndIntegers_matchBigDecimal() {
    // Values parsed from short decimal text (0.35, 12.5e-3) and integers, up to 2^53.
    SplittableRandom rng = new SplittableRandom(3);
    assertSameAsReference(200_000, () -> {
      long mantissa = rng.nextLong(1, 10_000_000_000_000L) / (long) Math.pow(10, rng.nextInt(13));
      int exponent = rng.nextInt(-20, 8);
      double x = Double.parseDouble(Math.max(mantissa, 1) + "e" + exponent);
      return rng.nextInt(4) == 0 ? (double) rng.nextLong(1L << 53) : x;
    });
  }

  @Test
  void decimal_exactTiesAndNearTies_matchBigDecimal() {
    // m + 1/2 and dyadic fractions with 13 significant digits: exact ties at the 12th digit,
    // where half-even decides, and their neighbours one ulp away.
    SplittableRandom rng = new SplittableRandom(4);
    assertSameAsReference(200_000, () -> {
      long m = rng.nextLong(100_000_000_000L, 1_000_000_000_000L);
      double tie = m + 0.5;
      int shift = rng.nextInt(0, 40);
      double x = Math.scalb(tie, -shift);
      return rng.nextBoolean() ? x : Math.nextDown(x);
    });
  }
}
