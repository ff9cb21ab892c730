package io.fluidedge.plugin;

import java.util.Arrays;

/**
 * One coherence block's decision as an {@link EntityPlugin} sees it. Arrays are copied on
 * construction and on access. The solver in use and the dimensions (K, N, M) are in the
 * scenario ({@link EntityContext#scenario()}).
 *
 * @param block      block index k; the block starts at k·T_c
 * @param timeS      block start, s
 * @param loss       the policy's final loss J
 * @param iterations BCD iterations of the solve
 * @param converged  whether the solve met its tolerance
 * @param ratesBpsHz R_k per user, bit/s/Hz
 * @param bits       b_k per user (for requests arriving once the decision is in force)
 * @param cpuHz      f_k per user, cycles/s
 * @param positionsM antenna positions {@code {x, y}}, m
 */
public record BlockInfo(long block, double timeS, double loss, int iterations, boolean converged,
    double[] ratesBpsHz, int[] bits, double[] cpuHz, double[][] positionsM) {

  /** Copies the arrays. */
  public BlockInfo {
    ratesBpsHz = ratesBpsHz.clone();
    bits = bits.clone();
    cpuHz = cpuHz.clone();
    positionsM = copy(positionsM);
  }

  /** Users K. */
  public int users() {
    return ratesBpsHz.length;
  }

  /** R_k per user, bit/s/Hz (a copy). */
  @Override
  public double[] ratesBpsHz() {
    return ratesBpsHz.clone();
  }

  /** b_k per user (a copy). */
  @Override
  public int[] bits() {
    return bits.clone();
  }

  /** f_k per user, cycles/s (a copy). */
  @Override
  public double[] cpuHz() {
    return cpuHz.clone();
  }

  /** Antenna positions, m (a deep copy). */
  @Override
  public double[][] positionsM() {
    return copy(positionsM);
  }

  /** Value equality, arrays by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BlockInfo b && block == b.block && Double.compare(timeS, b.timeS) == 0
        && Double.compare(loss, b.loss) == 0 && iterations == b.iterations
        && converged == b.converged && Arrays.equals(ratesBpsHz, b.ratesBpsHz)
        && Arrays.equals(bits, b.bits) && Arrays.equals(cpuHz, b.cpuHz)
        && Arrays.deepEquals(positionsM, b.positionsM);
  }

  /** Hash over all components, arrays by content. */
  @Override
  public int hashCode() {
    int h = Long.hashCode(block);
    h = 31 * h + Double.hashCode(timeS);
    h = 31 * h + Arrays.hashCode(ratesBpsHz);
    h = 31 * h + Arrays.hashCode(bits);
    return 31 * h + Arrays.hashCode(cpuHz);
  }

  /** Short text with the array contents. */
  @Override
  public String toString() {
    return "BlockInfo[block=" + block + ", timeS=" + timeS + ", loss=" + loss + ", iterations="
        + iterations + ", converged=" + converged + ", ratesBpsHz="
        + Arrays.toString(ratesBpsHz) + ", bits=" + Arrays.toString(bits) + ", cpuHz="
        + Arrays.toString(cpuHz) + "]";
  }

  private static double[][] copy(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int m = 0; m < rows.length; m++) {
      out[m] = rows[m].clone();
    }
    return out;
  }
}
