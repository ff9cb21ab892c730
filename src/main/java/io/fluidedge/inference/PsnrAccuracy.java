package io.fluidedge.inference;

/**
 * PSNR of uniformly quantised features (docs/model.md):
 * PSNR(b) = 10·log10(x_max² / (Δ²/12)), Δ = (x_max − x_min)/(2^b − 1), i.e.
 * PSNR(b) = 20·log10(2^b − 1) + 10·log10(12·x_max²/(x_max − x_min)²), in dB.
 * Grows by ≈ 6.02 dB per bit, which makes the bits block nearly all-or-nothing.
 */
public final class PsnrAccuracy implements AccuracyModel {

  private final double offsetDb;

  /**
   * @param featureMin x_min
   * @param featureMax x_max (&gt; x_min, ≠ 0)
   */
  public PsnrAccuracy(double featureMin, double featureMax) {
    if (!(featureMax > featureMin)) {
      throw new IllegalArgumentException("need feature-max > feature-min: " + featureMin + ", " + featureMax);
    }
    if (featureMax == 0 || !Double.isFinite(featureMin) || !Double.isFinite(featureMax)) {
      throw new IllegalArgumentException("need finite feature-min and feature-max, feature-max "
          + "!= 0: " + featureMin + ", " + featureMax);
    }
    // In logarithms, with the range halved, so that no square or difference overflows.
    double halfRange = featureMax / 2 - featureMin / 2;
    this.offsetDb = 10 * Math.log10(12) + 20 * Math.log10(Math.abs(featureMax))
        - 20 * Math.log10(halfRange) - 20 * Math.log10(2);
  }

  @Override
  public double accuracy(int bits) {
    return 20 * Math.log10(Math.pow(2, bits) - 1) + offsetDb;
  }

  /** PSNR in dB. */
  @Override
  public AccuracyMetric metric() {
    return AccuracyMetric.PSNR;
  }

  /**
   * The continuous minimiser of g(b) = a·b − ρ·PSNR(b): with q = a·ln10/(20·ρ·ln2),
   * b* = log2(q/(q − 1)) when q &gt; 1, else +∞ (docs/model.md).
   *
   * @param secondsPerBit a = D/(B·R), s per bit of precision
   * @param sensitivity   ρ, s per dB
   */
  public static double continuousOptimum(double secondsPerBit, double sensitivity) {
    double q = secondsPerBit * Math.log(10) / (20 * sensitivity * Math.log(2));
    return q > 1 ? Math.log(q / (q - 1)) / Math.log(2) : Double.POSITIVE_INFINITY;
  }
}
