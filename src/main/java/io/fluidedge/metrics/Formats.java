package io.fluidedge.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Deterministic text for numbers in every output file.
 *
 * <p>Doubles are rounded to 12 significant digits (half-even) of their exact binary value, so the
 * text depends only on the value, not on the JDK's {@code Double.toString} (whose digits changed
 * in JDK 19), and floating-point noise such as {@code 0.30000000000000004} prints as {@code 0.3}.
 * Twelve digits resolve 0.1 µs at 10^5 s of simulated time.
 *
 * <p>The digits come from one IEEE multiply or divide by an exact power of ten (10^k, |k| &le;
 * 22) that scales |x| into [10^11, 10^12]: the scaled value is within 2^-14 of the exact product,
 * so rounding it to an integer gives the exact value's 12-digit rounding whenever its fraction is
 * farther than 10^-3 from one half. The rest (fractions that close to a tie, exact ties, |x|
 * below 10^-11 or above 10^33) take the exact {@link BigDecimal} path. Either way the bytes are
 * those of {@code new BigDecimal(x).round(12 digits, HALF_EVEN).stripTrailingZeros()}, about
 * six times faster on a blocks.csv row; a property test compares the two on random doubles.
 */
public final class Formats {

  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final double LOW = 1e11;
  private static final double HIGH = 1e12;
  /** Distance of the scaled fraction from one half below which the exact path decides. */
  private static final double TIE_MARGIN = 1e-3;
  private static final double LOG10_2 = 0.30102999566398120;

  private Formats() {}

  /**
   * A double as plain decimal text ({@code 0.0123}, {@code 42}); magnitudes below 10^-6 in
   * scientific notation ({@code 1.5E-7}). NaN gives the empty string (a missing CSV field),
   * infinities give {@code inf} and {@code -inf}.
   *
   * @param x the value
   * @return its text
   */
  public static String decimal(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return "0";
    }
    String fast = fast(x);
    return fast != null ? fast : exact(x);
  }

  /**
   * {@code index · step} as exact decimal text of the shortest representation of {@code step}
   * (window 3 of 0.1 s starts at {@code 0.3}, not {@code 0.30000000000000004}).
   *
   * @param index a non-negative index
   * @param step  the step, e.g. a window length in s
   * @return the product as plain decimal text
   */
  public static String multiple(long index, double step) {
    BigDecimal d = BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(index));
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /**
   * A CSV field (RFC 4180), quoted when it holds a comma, quote, line break or outer space.
   *
   * @param s the text
   * @return the field
   */
  public static String csvField(String s) {
    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        || !s.equals(s.strip());
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** The reference path: the exact binary value rounded by BigDecimal. */
  private static String exact(double x) {
    BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
    return Math.abs(x) >= 1e-6 ? d.toPlainString() : d.toString();
  }

  /** The 12-digit text by one scaling, or null where only the exact path can decide. */
  private static String fast(double x) {
    double a = Math.abs(x);
    // floor(log10 a) from the binary exponent, possibly one too small; the loop corrects it.
    int k = 11 - (int) Math.floor(Math.getExponent(a) * LOG10_2);
    double s = Double.NaN;
    for (int tries = 0; tries < 4; tries++) {
      if (k < -22 || k > 22) {
        return null;
      }
      s = k >= 0 ? a * POW10[k] : a / POW10[-k];
      if (s < LOW) {
        k++;
      } else if (s > HIGH) {
        k--;
      } else {
        break;
      }
    }
    if (!(s >= LOW && s <= HIGH)) {
      return null;
    }
    double floor = Math.floor(s);
    double fraction = s - floor;
    if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
      return null;
    }
    long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
    int exponent = -k;
    while (digits % 10 == 0) {
      digits /= 10;
      exponent++;
    }
    return text(x < 0, digits, exponent, a >= 1e-6);
  }

  /**
   * {@code digits · 10^exponent} as BigDecimal's {@code toPlainString} ({@code plain}) or
   * {@code toString} writes it: the latter switches to {@code d.dddE-n} when the scale is
   * negative or the adjusted exponent is below -6.
   */
  private static String text(boolean negative, long digits, int exponent, boolean plain) {
    int n = 0;
    for (long v = digits; v > 0; v /= 10) {
      n++;
    }
    // Longest: a sign and the 35 digits of 1e34, the largest value fast() takes, written plain.
    char[] b = new char[40];
    int p = negative ? 1 : 0;
    b[0] = '-';
    int adjusted = n - 1 + exponent;
    if (!plain && (exponent > 0 || adjusted < -6)) {
      p = digits(b, p + 1, digits, n);
      b[p - n - 1] = b[p - n];
      if (n > 1) {
        b[p - n] = '.';
      } else {
        p--;
      }
      b[p++] = 'E';
      if (adjusted > 0) {
        b[p++] = '+';
      } else {
        b[p++] = '-';
      }
      int e = Math.abs(adjusted);
      return new String(b, 0, digits(b, p, e, e >= 100 ? 3 : e >= 10 ? 2 : 1));
    }
    if (exponent >= 0) {
      p = digits(b, p, digits, n);
      for (int i = 0; i < exponent; i++) {
        b[p++] = '0';
      }
      return new String(b, 0, p);
    }
    int point = n + exponent;
    if (point > 0) {
      int end = digits(b, p + 1, digits, n);
      System.arraycopy(b, p + 1, b, p, point);
      b[p + point] = '.';
      return new String(b, 0, end);
    }
    b[p++] = '0';
    b[p++] = '.';
    for (int i = point; i < 0; i++) {
      b[p++] = '0';
    }
    return new String(b, 0, digits(b, p, digits, n));
  }

  /** Writes the {@code n} decimal digits of {@code v} at {@code b[from..]}; returns the end. */
  private static int digits(char[] b, int from, long v, int n) {
    int end = from + n;
    for (int i = end - 1; i >= from; i--) {
      b[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    return end;
  }
}
