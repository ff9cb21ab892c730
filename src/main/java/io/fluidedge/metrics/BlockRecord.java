package io.fluidedge.metrics;

import java.util.Arrays;

/**
 * The allocation chosen at one coherence block, as a run emits it: one record from the event
 * loop to blocks.csv, to entity plugins and to every other {@link RunListener}.
 *
 * <p>Arrays are copied on construction and on access, so a record never shares state with the
 * simulator's work buffers. The solver and the dimensions (K, N, M) are in the scenario.
 *
 * @param block       block index k (&ge; 0); the block starts at k·T_c
 * @param timeS       block start, simulated s (finite, &ge; 0)
 * @param loss        the optimizer's final loss J (any value; NaN and infinities are written as
 *                    empty and {@code inf})
 * @param iterations  BCD iterations used (&ge; 0)
 * @param converged   whether the solve met its tolerance
 * @param optWallMs   wall-clock time of the solve, ms (finite, &ge; 0; not deterministic)
 * @param ratesBpsHz  uplink rate R_k per user, bit/s/Hz (length K)
 * @param bits        quantization bits b_k per user (length K)
 * @param cpuHz       server share f_k per user, cycles/s (length K)
 * @param positionsM  antenna positions, {@code positionsM[m] = {x, y}} in m (length M)
 * @param columns     the entity plugins' extra blocks.csv values for this block, in column order
 *                    (empty when there are none; see {@link #withColumns})
 */
public record BlockRecord(long block, double timeS, double loss, int iterations,
    boolean converged, double optWallMs, double[] ratesBpsHz, int[] bits, double[] cpuHz,
    double[][] positionsM, double[] columns) {

  private static final double[] NONE = new double[0];

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
    columns = columns == null || columns.length == 0 ? NONE : columns.clone();
  }

  /**
   * A block's decision before any plugin column values are known.
   *
   * @see #withColumns
   */
  public static BlockRecord of(long block, double timeS, double loss, int iterations,
      boolean converged, double optWallMs, double[] ratesBpsHz, int[] bits, double[] cpuHz,
      double[][] positionsM) {
    return new BlockRecord(block, timeS, loss, iterations, converged, optWallMs, ratesBpsHz,
        bits, cpuHz, positionsM, NONE);
  }

  /** This record with the entity plugins' blocks.csv values (copied). */
  public BlockRecord withColumns(double[] values) {
    return new BlockRecord(block, timeS, loss, iterations, converged, optWallMs, ratesBpsHz, bits,
        cpuHz, positionsM, values);
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

  /** The entity plugins' blocks.csv values (a copy; empty when there are none). */
  @Override
  public double[] columns() {
    return columns.length == 0 ? NONE : columns.clone();
  }

  /** Antenna m's x coordinate, m (no copy). */
  public double x(int m) {
    return positionsM[m][0];
  }

  /** Antenna m's y coordinate, m (no copy). */
  public double y(int m) {
    return positionsM[m][1];
  }

  /** The number of plugin column values. */
  public int columnCount() {
    return columns.length;
  }

  /** Plugin column value i (no copy). */
  public double column(int i) {
    return columns[i];
  }

  /** Value equality over all components, arrays by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BlockRecord b && block == b.block && Double.compare(timeS, b.timeS) == 0
        && Double.compare(loss, b.loss) == 0 && iterations == b.iterations
        && converged == b.converged && Double.compare(optWallMs, b.optWallMs) == 0
        && Arrays.equals(ratesBpsHz, b.ratesBpsHz) && Arrays.equals(bits, b.bits)
        && Arrays.equals(cpuHz, b.cpuHz) && Arrays.deepEquals(positionsM, b.positionsM)
        && Arrays.equals(columns, b.columns);
  }

  /** Hash over all components, arrays by content. */
  @Override
  public int hashCode() {
    int h = Long.hashCode(block);
    h = 31 * h + Double.hashCode(timeS);
    h = 31 * h + Double.hashCode(loss);
    h = 31 * h + iterations;
    h = 31 * h + Boolean.hashCode(converged);
    h = 31 * h + Double.hashCode(optWallMs);
    h = 31 * h + Arrays.hashCode(ratesBpsHz);
    h = 31 * h + Arrays.hashCode(bits);
    h = 31 * h + Arrays.hashCode(cpuHz);
    h = 31 * h + Arrays.deepHashCode(positionsM);
    return 31 * h + Arrays.hashCode(columns);
  }

  /** Short text with the array contents. */
  @Override
  public String toString() {
    return "BlockRecord[block=" + block + ", timeS=" + timeS + ", loss=" + loss + ", iterations=" + iterations
        + ", converged=" + converged + ", optWallMs=" + optWallMs + ", ratesBpsHz=" + Arrays.toString(ratesBpsHz) + ", bits="
        + Arrays.toString(bits) + ", cpuHz=" + Arrays.toString(cpuHz) + ", positionsM="
        + Arrays.deepToString(positionsM) + ", columns=" + Arrays.toString(columns) + "]";
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
