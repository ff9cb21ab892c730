package io.fluidedge.metrics;

/**
 * Statistics over the coherence blocks of a run (NaN when there were none).
 *
 * @param blocks         blocks recorded
 * @param iterationsMean mean BCD iterations per block
 * @param optWallMsMean  mean wall-clock solve time, ms (not deterministic)
 * @param optWallMsP99   99th percentile of the solve time, ms (HdrHistogram, 3 digits)
 * @param lossMean       mean final loss over the blocks with a finite loss
 */
public record OptimizerStats(long blocks, double iterationsMean, double optWallMsMean, double optWallMsP99,
    double lossMean) {

  /** Validates that the block count is not negative. */
  public OptimizerStats {
    if (blocks < 0) {
      throw new IllegalArgumentException("blocks must be >= 0: " + blocks);
    }
  }
}
