package io.fluidedge.optimize;

import io.fluidedge.radio.UserChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's channel with its transmit power replaced by the effective link budget β_k·p_k, for any
 * channel form. Rates depend on H_k and p_k only through H_k·(p_k/N)·H_kᴴ, so reporting power
 * β_k·p_k with unchanged rows is exactly the channel whose rows are scaled by √β_k at power p_k.
 * The rows and their gradients are the wrapped channel's; {@link #describe()} prints the wrapped
 * description with {@code tx_power} set to β_k·p_k, so a dumped channel still rebuilds the rates.
 */
final class LinkBudgetChannel implements UserChannel {

  private final UserChannel drawn;
  private final double power;

  /**
   * @param drawn the drawn channel (its rows are used as they are)
   * @param power β_k·p_k, the effective transmit power (finite, ≥ 0)
   */
  LinkBudgetChannel(UserChannel drawn, double power) {
    if (!(power >= 0) || !Double.isFinite(power)) {
      throw new IllegalArgumentException("effective power must be finite and >= 0: " + power);
    }
    this.drawn = drawn;
    this.power = power;
  }

  @Override
  public int antennas() {
    return drawn.antennas();
  }

  /** β_k·p_k. */
  @Override
  public double txPower() {
    return power;
  }

  @Override
  public void row(double x, double y, double[] re, double[] im) {
    drawn.row(x, y, re, im);
  }

  @Override
  public void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
      double[] dxIm, double[] dyRe, double[] dyIm, int offset) {
    drawn.rowWithGradient(x, y, re, im, dxRe, dxIm, dyRe, dyIm, offset);
  }

  /** The drawn channel's description with {@code tx_power} = β_k·p_k (same key order). */
  @Override
  public Map<String, Object> describe() {
    Map<String, Object> d = new LinkedHashMap<>(drawn.describe());
    d.put("tx_power", power);
    return d;
  }
}
