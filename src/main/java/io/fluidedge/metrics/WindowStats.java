package io.fluidedge.metrics;

/**
 * Statistics of the requests completed in one time window {@code [index·windowS, (index+1)·windowS)}.
 *
 * @param index      window index, {@code floor(doneS / windowS)}
 * @param startS     window start, {@code index · windowS}, s
 * @param latency    latency statistics ({@link LatencyStats#EMPTY} for an empty window)
 * @param psnrDbMean mean PSNR of the window's requests, dB (NaN when empty)
 */
public record WindowStats(long index, double startS, LatencyStats latency, double psnrDbMean) {

  /** Validates the index and requires the latency statistics. */
  public WindowStats {
    if (index < 0) {
      throw new IllegalArgumentException("window index must be >= 0: " + index);
    }
    java.util.Objects.requireNonNull(latency, "latency");
  }
}
