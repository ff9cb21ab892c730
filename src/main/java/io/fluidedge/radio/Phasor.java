package io.fluidedge.radio;

/**
 * cos and sin of one angle together, for the field responses exp(j·θ) evaluated millions of times
 * by the position search. θ = k·δ + r with δ = 2π/256 and |r| ≤ δ/2: Cody–Waite reduction with δ
 * split in three parts (δ = (π/2)/64, from fdlibm's three-part π/2, so k·δ₁ is exact while
 * |k| < 2²⁰, i.e. |θ| up to about 25 000 rad, far beyond the ~100 rad a panel of a few wavelengths
 * produces), then cos(kδ), sin(kδ) from a table and Taylor polynomials of r of degree 7 (sin) and
 * 6 (cos), whose truncation error on |r| ≤ δ/2 is below 1e-22, combined by the angle-addition
 * formulas. Agrees with {@link Math#cos}/{@link Math#sin} to a few ulps (a test checks 1e-15);
 * larger angles go to them directly.
 */
final class Phasor {

  private static final int TABLE = 256;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_2 = 6.07710050650619224932e-11;
  private static final double PIO2_3 = 2.02226624879595063154e-21;
  private static final double STEP_1 = PIO2_1 / 64;
  private static final double STEP_2 = PIO2_2 / 64;
  private static final double STEP_3 = PIO2_3 / 64;
  private static final double INV_STEP = TABLE / (2 * Math.PI);
  private static final double LIMIT = 2e4;
  private static final double[] COS = new double[TABLE];
  private static final double[] SIN = new double[TABLE];

  static {
    for (int i = 0; i < TABLE; i++) {
      double a = 2 * Math.PI * i / TABLE;
      COS[i] = Math.cos(a);
      SIN[i] = Math.sin(a);
    }
    // Exact values where the libm rounding of 2π·i/256 would blur them.
    COS[TABLE / 4] = 0;
    COS[3 * TABLE / 4] = 0;
    SIN[TABLE / 2] = 0;
  }

  private Phasor() {
  }

  /** Writes cos θ to out[0] and sin θ to out[1] (modified). */
  static void of(double theta, double[] out) {
    into(theta, out, out, 0, 1);
  }

  /** Writes cos θ to cos[i] and sin θ to sin[j] (modified). */
  static void into(double theta, double[] cos, double[] sin, int i, int j) {
    if (!(Math.abs(theta) < LIMIT)) {
      cos[i] = Math.cos(theta);
      sin[j] = Math.sin(theta);
      return;
    }
    double k = Math.rint(theta * INV_STEP);
    double r = ((theta - k * STEP_1) - k * STEP_2) - k * STEP_3;
    double r2 = r * r;
    double s = r + r * r2 * (-1.0 / 6 + r2 * (1.0 / 120 - r2 * (1.0 / 5040)));
    double c = 1 + r2 * (-0.5 + r2 * (1.0 / 24 - r2 * (1.0 / 720)));
    int t = (int) ((long) k & (TABLE - 1));
    cos[i] = COS[t] * c - SIN[t] * s;
    sin[j] = SIN[t] * c + COS[t] * s;
  }
}
