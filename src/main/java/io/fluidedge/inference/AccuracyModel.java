package io.fluidedge.inference;

/**
 * Accuracy of the server-side model as a function of the feature quantisation bits.
 *
 * <p>The loss subtracts ρ·accuracy(b), so the units of accuracy are those that ρ (seconds per
 * unit) converts into latency: dB for {@link PsnrAccuracy}. Implementations must be defined for
 * every integer b in [1, 32] and should be non-decreasing in b.
 */
public interface AccuracyModel {

  /** Accuracy with b-bit features (b in 1..32), in the unit of {@link #metric()}. */
  double accuracy(int bits);

  /**
   * What {@link #accuracy} measures, for the outputs: summary.json's {@code accuracy_metric} and
   * {@code accuracy_unit}, the printed summary and the axis labels. Models that do not override
   * it are reported as a unitless "accuracy".
   */
  default AccuracyMetric metric() {
    return AccuracyMetric.UNNAMED;
  }
}
