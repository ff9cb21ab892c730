package io.fluidedge.metrics;

import java.util.Arrays;

/**
 * The allocation chosen at one coherence block, as the simulator hands it over.
 *
 * <p>Arrays are copied on construction and on access, so a record never shares state with the
 * simulator's work buffers.
 *
 * @param block       block index k (&ge; 0); the block starts at k·T_c
 * @param timeS       block start, simulated s (finite, &ge; 0)
 * @param loss        the optimizer's final loss J (any value; NaN and infinities are written as
 *                    empty and {@code inf})
 * @param iterations  BCD iterations used (&ge; 0)
 * @param optWallMs   wall-clock time of the solve, ms (finite, &ge; 0; not deterministic)
 * @param ratesBpsHz  uplink rate R_k per user, bit/s/Hz (length K)
 * @param bits        quantization bits b_k per user (length K)
 * @param cpuHz       server share f_k per user, cycles/s (length K)
 * @param positionsM  antenna positions, {@code positionsM[m] = {x, y}} in m (length M)
 */
public record BlockRecord(long block, double timeS, double loss, int iterations, double optWallMs,
    double[] ratesBpsHz, int[] bits, double[] cpuHz, double[][] positionsM) {

  /** Validates ranges and lengths and copies the arrays; the message names the bad value. */
  public BlockRecord {
    if (block < 0) {
      throw new IllegalArgumentException("block index must be >= 0: " + block);
    }
    if (!(timeS >= 0) || Double.isInfinite(timeS)) {
      throw new IllegalArgumentException("block " + block + ": time must be finite and >= 0: " + timeS + " s");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("block " + block + ": iterations must be >= 0: " + iterations);
    }
    if (!(optWallMs >= 0) || Double.isInfinite(optWallMs)) {
      throw new IllegalArgumentException("block " + block + ": opt wall time must be finite and >= 0: "
          + optWallMs + " ms");
    }
    int k = ratesBpsHz.length;
    if (bits.length != k || cpuHz.length != k) {
      throw new IllegalArgumentException("block " + block + ": rates, bits and cpu shares must have one entry"
          + " per user: lengths " + k + ", " + bits.length + ", " + cpuHz.length);
    }
    ratesBpsHz = ratesBpsHz.clone();
    bits = bits.clone();
    cpuHz = cpuHz.clone();
    positionsM = copy(block, positionsM);
  }

  /** Users K (length of the per-user arrays). */
  public int users() {
    return ratesBpsHz.length;
  }

  /** BS antennas M (number of positions). */
  public int antennas() {
    return positionsM.length;
  }

  /** Uplink rate per user, bit/s/Hz (a copy). */
  @Override
  public double[] ratesBpsHz() {
    return ratesBpsHz.clone();
  }

  /** Quantization bits per user (a copy). */
  @Override
  public int[] bits() {
    return bits.clone();
  }

  /** Server share per user, cycles/s (a copy). */
  @Override
  public double[] cpuHz() {
    return cpuHz.clone();
  }

  /** Antenna positions {@code {x, y}}, m (a deep copy). */
  @Override
  public double[][] positionsM() {
    return copy(block, positionsM);
  }

  /** Value equality over all components, arrays by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BlockRecord b && block == b.block && Double.compare(timeS, b.timeS) == 0
        && Double.compare(loss, b.loss) == 0 && iterations == b.iterations
        && Double.compare(optWallMs, b.optWallMs) == 0 && Arrays.equals(ratesBpsHz, b.ratesBpsHz)
        && Arrays.equals(bits, b.bits) && Arrays.equals(cpuHz, b.cpuHz)
        && Arrays.deepEquals(positionsM, b.positionsM);
  }

  /** Hash over all components, arrays by content. */
  @Override
  public int hashCode() {
    int h = Long.hashCode(block);
    h = 31 * h + Double.hashCode(timeS);
    h = 31 * h + Double.hashCode(loss);
    h = 31 * h + iterations;
    h = 31 * h + Double.hashCode(optWallMs);
    h = 31 * h + Arrays.hashCode(ratesBpsHz);
    h = 31 * h + Arrays.hashCode(bits);
    h = 31 * h + Arrays.hashCode(cpuHz);
    return 31 * h + Arrays.deepHashCode(positionsM);
  }

  /** Short text with the array contents. */
  @Override
  public String toString() {
    return "BlockRecord[block=" + block + ", timeS=" + timeS + ", loss=" + loss + ", iterations=" + iterations
        + ", optWallMs=" + optWallMs + ", ratesBpsHz=" + Arrays.toString(ratesBpsHz) + ", bits="
        + Arrays.toString(bits) + ", cpuHz=" + Arrays.toString(cpuHz) + ", positionsM="
        + Arrays.deepToString(positionsM) + "]";
  }

  private static double[][] copy(long block, double[][] positions) {
    double[][] out = new double[positions.length][];
    for (int m = 0; m < positions.length; m++) {
      if (positions[m] == null || positions[m].length != 2) {
        throw new IllegalArgumentException("block " + block + ": position " + m + " must be {x, y}: "
            + Arrays.toString(positions[m]));
      }
      out[m] = positions[m].clone();
    }
    return out;
  }
}
