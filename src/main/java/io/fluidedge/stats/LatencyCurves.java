package io.fluidedge.stats;

import io.fluidedge.metrics.LatencyStats;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.metrics.WindowStats;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The latency distribution of one run in a portable form, for CDF and over-time plots.
 *
 * @param windowS    window length, s
 * @param windowP50S median latency of each window by index, s (NaN for an empty window)
 * @param windowP99S 99th-percentile latency of each window by index, s (NaN when empty)
 * @param histogram  the run's overall latency histogram (ns, 3 significant digits), HdrHistogram's
 *                   compressed encoding in Base64, so that it serializes as a plain string
 */
public record LatencyCurves(double windowS, List<Double> windowP50S, List<Double> windowP99S,
    String histogram) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the lists (NaN entries allowed) and requires equal lengths. */
  public LatencyCurves {
    if (!(windowS > 0)) {
      throw new IllegalArgumentException("window length must be > 0: " + windowS + " s");
    }
    windowP50S = List.copyOf(windowP50S);
    windowP99S = List.copyOf(windowP99S);
    Objects.requireNonNull(histogram, "histogram");
    if (windowP50S.size() != windowP99S.size()) {
      throw new IllegalArgumentException("p50 and p99 series differ in length: "
          + windowP50S.size() + " vs " + windowP99S.size());
    }
  }

  /**
   * The curves of a finished recorder ({@link RunRecorder#finish} called, so every window is
   * closed).
   *
   * @param rec the recorder (not modified)
   * @return its window percentiles and overall histogram
   */
  public static LatencyCurves of(RunRecorder rec) {
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (WindowStats w : rec.windows()) {
      LatencyStats s = w.latency();
      p50.add(s.count() == 0 ? Double.NaN : s.p50S());
      p99.add(s.count() == 0 ? Double.NaN : s.p99S());
    }
    Histogram h = rec.latencyHistogram();
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    return new LatencyCurves(rec.windowS(), p50, p99, Base64.getEncoder().encodeToString(bytes));
  }

  /** The overall latency histogram, ns (a new instance on each call). */
  public Histogram latencyHistogram() {
    try {
      return Histogram.decodeFromCompressedByteBuffer(
          ByteBuffer.wrap(Base64.getDecoder().decode(histogram)), 0);
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt latency histogram encoding", e);
    }
  }
}
