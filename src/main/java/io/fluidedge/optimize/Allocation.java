package io.fluidedge.optimize;

import io.fluidedge.radio.Positions;
import java.util.Objects;

/**
 * A decision of the optimizer: antenna positions, quantisation bits and server CPU shares. The
 * receive combiners follow from positions (closed form) or are the solver's own (paper).
 *
 * @param positions BS antenna positions
 * @param bits      b_k per user (copied)
 * @param cpuHz     f_k per user, cycles/s (copied)
 */
public record Allocation(Positions positions, int[] bits, double[] cpuHz) {

  public Allocation {
    Objects.requireNonNull(positions, "positions");
    if (bits.length != cpuHz.length) {
      throw new IllegalArgumentException("bits and cpu shares differ in length: "
          + bits.length + ", " + cpuHz.length);
    }
    bits = bits.clone();
    cpuHz = cpuHz.clone();
  }

  @Override
  public int[] bits() {
    return bits.clone();
  }

  @Override
  public double[] cpuHz() {
    return cpuHz.clone();
  }

  /** b_k. */
  public int bits(int k) {
    return bits[k];
  }

  /** f_k, cycles/s. */
  public double cpuHz(int k) {
    return cpuHz[k];
  }
}
