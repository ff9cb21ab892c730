package io.fluidedge.traffic;

import umontreal.ssj.rng.RandomStream;

/**
 * Exponential draws by inversion, the same values as SSJ's
 * {@code ExponentialGen.nextDouble(stream, rate)} (one uniform u, then {@code −log1p(−u) / rate})
 * without the native call that {@link StrictMath#log1p} is on Java 17 (Java 21 has it in Java
 * too): {@link #log1p} is fdlibm's {@code log1p} written in Java, which is what
 * {@link StrictMath#log1p} is specified to return, bit for bit. Every traffic source draws its
 * gaps here.
 *
 * <p>{@link #log1p} follows fdlibm 5.3's {@code s_log1p.c}, whose notice is: "Copyright (C) 1993
 * by Sun Microsystems, Inc. All rights reserved. Developed at SunPro, a Sun Microsystems, Inc.
 * business. Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved."
 */
public final class Exponential {

  private static final double LN2_HI = 6.93147180369123816490e-01; // 3fe62e42 fee00000
  private static final double LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
  private static final double TWO54 = 1.80143985094819840000e+16; // 43500000 00000000
  private static final double LP1 = 6.666666666666735130e-01; // 3FE55555 55555593
  private static final double LP2 = 3.999999999940941908e-01; // 3FD99999 9997FA04
  private static final double LP3 = 2.857142874366239149e-01; // 3FD24924 94229359
  private static final double LP4 = 2.222219843214978396e-01; // 3FCC71C5 1D8E78AF
  private static final double LP5 = 1.818357216161805012e-01; // 3FC74664 96CB03DE
  private static final double LP6 = 1.531383769920937332e-01; // 3FC39A09 D078C69F
  private static final double LP7 = 1.479819860511658591e-01; // 3FC2F112 DF3E5244

  private Exponential() {
  }

  /**
   * One exponential variate of rate {@code rate} from one uniform of {@code stream} (modified):
   * exactly SSJ's {@code ExponentialGen.nextDouble(stream, rate)}.
   *
   * @param stream the stream to draw from
   * @param rate   λ &gt; 0
   * @return the variate (mean 1/λ)
   * @throws IllegalArgumentException if λ &le; 0 or the uniform is outside [0, 1] (as SSJ)
   */
  public static double next(RandomStream stream, double rate) {
    return inverse(rate, stream.nextDouble());
  }

  /**
   * The inverse of the exponential distribution function at u, as SSJ's
   * {@code ExponentialDist.inverseF(rate, u)}: ∞ at u = 1, 0 at u = 0, else
   * {@code −log1p(−u) / rate}; the same exceptions.
   */
  static double inverse(double rate, double u) {
    if (rate <= 0) {
      throw new IllegalArgumentException("lambda <= 0");
    }
    if (u < 0 || u > 1) {
      throw new IllegalArgumentException("u not in [0,1]");
    }
    if (u >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (u <= 0) {
      return 0;
    }
    return -log1p(-u) / rate;
  }

  /**
   * ln(1 + x), bit for bit {@link StrictMath#log1p}: fdlibm's algorithm, 1 + x = 2^k·(1 + f)
   * with √2/2 &lt; 1 + f &lt; √2, a correction c/u for the rounding of u = 1 + x, and
   * log(1 + f) = f − (f²/2 − s·(f²/2 + R(s²))) with s = f / (2 + f) and R a degree-14
   * polynomial (error below 1 ulp).
   */
  static double log1p(double x) {
    int hx = highWord(x);
    int ax = hx & 0x7fffffff;
    int k = 1;
    int hu = 0;
    double f = 0;
    double c = 0;
    if (hx < 0x3FDA827A) { // x < 0.41422
      if (ax >= 0x3ff00000) { // x <= -1
        return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
      }
      if (ax < 0x3e200000) { // |x| < 2^-29
        if (TWO54 + x > 0 && ax < 0x3c900000) { // |x| < 2^-54
          return x;
        }
        return x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422: f = x exactly
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (hx >= 0x7ff00000) { // +∞ or NaN
      return x + x;
    }
    if (k != 0) {
      double u;
      if (hx < 0x43400000) { // x < 2^53
        u = 1.0 + x;
        hu = highWord(u);
        k = (hu >> 20) - 1023;
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
        c /= u;
      } else {
        u = x;
        hu = highWord(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) { // u's significand below √2: u normalised into [1, √2)
        u = withHighWord(u, hu | 0x3ff00000);
      } else { // u/2 normalised into [√2/2, 1)
        k += 1;
        u = withHighWord(u, hu | 0x3fe00000);
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) { // |f| < 2^-20
      if (f == 0) {
        if (k == 0) {
          return 0;
        }
        c += k * LN2_LO;
        return k * LN2_HI + c;
      }
      double r = hfsq * (1.0 - 0.66666666666666666 * f);
      return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    return k == 0 ? f - (hfsq - s * (hfsq + r))
        : k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }

  private static int highWord(double x) {
    return (int) (Double.doubleToRawLongBits(x) >> 32);
  }

  private static double withHighWord(double x, int high) {
    long low = Double.doubleToRawLongBits(x) & 0xffffffffL;
    return Double.longBitsToDouble(((long) high << 32) | low);
  }
}
