package io.fluidedge.optimize;

/**
 * One user's declared inputs to the problem: its model, its features, its bit range and its
 * link budget. Users may differ in every field (heterogeneous users); the scenario's uniform
 * values give every user the same profile ({@link Problem#of}).
 *
 * @param parameters         S_k, model parameters run on the server per request
 * @param cyclesPerParameter c_k, server cycles per parameter
 * @param featureElements    D_k, feature elements offloaded per request
 * @param bitsMin            b_min,k ≥ 1
 * @param bitsMax            b_max,k, in [b_min,k, 32]
 * @param txPower            p_k, total transmit power over the user's antennas (σ² = 1)
 * @param largeScaleGain     β_k &gt; 0, power gain of the user's path loss: H_k scales by √β_k
 */
public record UserProfile(double parameters, double cyclesPerParameter, double featureElements,
    int bitsMin, int bitsMax, double txPower, double largeScaleGain) {

  /** Rejects non-positive sizes, gains and powers and an empty or out-of-range bit range. */
  public UserProfile {
    positive("parameters", parameters);
    positive("cycles-per-parameter", cyclesPerParameter);
    positive("feature-elements", featureElements);
    positive("large-scale gain", largeScaleGain);
    if (!(txPower >= 0) || !Double.isFinite(txPower)) {
      throw new IllegalArgumentException("tx power must be finite and >= 0: " + txPower);
    }
    if (bitsMin < 1 || bitsMax > 32 || bitsMin > bitsMax) {
      throw new IllegalArgumentException("bits range must satisfy 1 <= min <= max <= 32: "
          + bitsMin + ".." + bitsMax);
    }
  }

  /** c_k·S_k, server cycles per request of one token. */
  public double cycles() {
    return cyclesPerParameter * parameters;
  }

  /** β_k·p_k, the factor by which this user's H_k P_k H_kᴴ scales with unit gain and power. */
  double linkGain() {
    return largeScaleGain * txPower;
  }

  private static void positive(String what, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be positive and finite: " + v);
    }
  }
}
