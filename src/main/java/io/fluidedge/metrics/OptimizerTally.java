package io.fluidedge.metrics;

import org.HdrHistogram.Histogram;

/** Running optimizer statistics over blocks; solve times in a histogram (ns, 3 digits). */
final class OptimizerTally {

  private final Histogram wallNs = new Histogram(3);
  private long blocks;
  private long iterationSum;
  private double wallSumMs;
  private long finiteLosses;
  private double lossSum;

  void add(BlockRecord b) {
    blocks++;
    iterationSum += b.iterations();
    wallSumMs += b.optWallMs();
    wallNs.recordValue(Nanos.fromSeconds(b.optWallMs() / 1e3));
    if (Double.isFinite(b.loss())) {
      finiteLosses++;
      lossSum += b.loss();
    }
  }

  OptimizerStats stats() {
    if (blocks == 0) {
      return new OptimizerStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double p99Ms = Nanos.toSeconds(wallNs.getValueAtPercentile(99)) * 1e3;
    return new OptimizerStats(blocks, (double) iterationSum / blocks, wallSumMs / blocks, p99Ms,
        finiteLosses == 0 ? Double.NaN : lossSum / finiteLosses);
  }
}
