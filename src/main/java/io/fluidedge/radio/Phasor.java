package io.fluidedge.radio;

/**
 * cos and sin of one angle together, for the field responses exp(j·θ) evaluated millions of times
 * by the position search. Cody–Waite reduction to |r| ≤ π/4 by multiples of π/2 (π/2 split in
 * three parts, exact for |θ| up to about 1e5 rad, far beyond the ~100 rad a panel of a few
 * wavelengths produces), then Taylor polynomials of degree 17 (sin) and 16 (cos), whose
 * truncation error on |r| ≤ π/4 is below 3e-17. Agrees with {@link Math#cos}/{@link Math#sin}
 * to a few ulps (a test checks 1e-15).
 */
final class Phasor {

  private static final double TWO_OVER_PI = 0.63661977236758134308;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_2 = 6.07710050650619224932e-11;
  private static final double PIO2_3 = 2.02226624879595063154e-21;
  private static final double S3 = -1.0 / 6;
  private static final double S5 = 1.0 / 120;
  private static final double S7 = -1.0 / 5040;
  private static final double S9 = 1.0 / 362880;
  private static final double S11 = -1.0 / 39916800;
  private static final double S13 = 1.0 / 6227020800.0;
  private static final double S15 = -1.0 / 1307674368000.0;
  private static final double S17 = 1.0 / 355687428096000.0;
  private static final double C2 = -0.5;
  private static final double C4 = 1.0 / 24;
  private static final double C6 = -1.0 / 720;
  private static final double C8 = 1.0 / 40320;
  private static final double C10 = -1.0 / 3628800;
  private static final double C12 = 1.0 / 479001600;
  private static final double C14 = -1.0 / 87178291200.0;
  private static final double C16 = 1.0 / 20922789888000.0;

  private Phasor() {
  }

  /** Writes cos θ to out[0] and sin θ to out[1] (modified). */
  static void of(double theta, double[] out) {
    if (!(Math.abs(theta) < 1e5)) {
      out[0] = Math.cos(theta);
      out[1] = Math.sin(theta);
      return;
    }
    double k = Math.rint(theta * TWO_OVER_PI);
    double r = ((theta - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
    double r2 = r * r;
    double s = r + r * r2 * (S3 + r2 * (S5 + r2 * (S7 + r2 * (S9 + r2 * (S11 + r2 * (S13
        + r2 * (S15 + r2 * S17)))))));
    double c = 1 + r2 * (C2 + r2 * (C4 + r2 * (C6 + r2 * (C8 + r2 * (C10 + r2 * (C12
        + r2 * (C14 + r2 * C16)))))));
    switch ((int) ((long) k & 3)) {
      case 0 -> {
        out[0] = c;
        out[1] = s;
      }
      case 1 -> {
        out[0] = -s;
        out[1] = c;
      }
      case 2 -> {
        out[0] = -c;
        out[1] = -s;
      }
      default -> {
        out[0] = s;
        out[1] = -c;
      }
    }
  }
}
