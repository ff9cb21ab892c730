package io.fluidedge.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Deterministic text for numbers in every output file.
 *
 * <p>Doubles are rounded to 12 significant digits (half-even) through {@link BigDecimal}, so the
 * text depends only on the value, not on the JDK's {@code Double.toString} (whose digits changed
 * in JDK 19), and floating-point noise such as {@code 0.30000000000000004} prints as {@code 0.3}.
 * Twelve digits resolve 0.1 µs at 10^5 s of simulated time.
 */
public final class Formats {

  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

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
    BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
    return Math.abs(x) >= 1e-6 ? d.toPlainString() : d.toString();
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
}
