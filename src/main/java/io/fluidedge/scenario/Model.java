package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Large-model workload and accuracy settings (scenario section {@code model}).
 *
 * @param parameters         S, parameters of the server-side model
 * @param cyclesPerParameter c, CPU cycles per parameter per token
 * @param featureElements    D, feature elements per request
 * @param featureMin         x_min of the quantizer range
 * @param featureMax         x_max of the quantizer range (&gt; x_min)
 * @param sensitivity        ρ, seconds of latency worth one dB of accuracy (&gt; 0)
 * @param bitsMin            b_min (≥ 1)
 * @param bitsMax            b_max (≤ 32, ≥ b_min)
 * @param accuracy           accuracy-model plugin name (built-in: psnr)
 */
public record Model(
    double parameters,
    double cyclesPerParameter,
    double featureElements,
    double featureMin,
    double featureMax,
    double sensitivity,
    int bitsMin,
    int bitsMax,
    String accuracy) {

  public Model {
    Objects.requireNonNull(accuracy, "accuracy");
    Radio.positive("parameters", parameters);
    Radio.positive("cycles-per-parameter", cyclesPerParameter);
    Radio.positive("feature-elements", featureElements);
    if (!Double.isFinite(featureMin) || !Double.isFinite(featureMax) || !(featureMax > featureMin)) {
      throw new IllegalArgumentException("feature-max must exceed feature-min: "
          + featureMin + " .. " + featureMax);
    }
    Radio.positive("sensitivity", sensitivity);
    if (bitsMin < 1 || bitsMax > 32 || bitsMin > bitsMax) {
      throw new IllegalArgumentException("need 1 <= bits-min <= bits-max <= 32: "
          + bitsMin + " .. " + bitsMax);
    }
  }
}
