package io.fluidedge.stats;

import java.util.List;

/**
 * Window percentiles averaged over replications by window index: window w's p50 is the mean of
 * the replications' window-w medians over the replications with a request completed in window w
 * (NaN when none had one); likewise p99.
 *
 * @param windowS window length, s
 * @param p50S    mean median latency per window, s
 * @param p99S    mean 99th-percentile latency per window, s
 * @param counts  replications with a non-empty window, per window
 */
public record WindowMeans(double windowS, double[] p50S, double[] p99S, int[] counts) {

  /**
   * Averages the curves of a policy's runs (runs without curves are skipped).
   *
   * @param runs the runs
   * @return the means; no windows when no run kept curves
   */
  public static WindowMeans of(List<RunSummary> runs) {
    int windows = 0;
    double windowS = Double.NaN;
    for (RunSummary r : runs) {
      if (r.curves() != null) {
        windows = Math.max(windows, r.curves().windowP50S().size());
        windowS = r.curves().windowS();
      }
    }
    double[] p50 = new double[windows];
    double[] p99 = new double[windows];
    int[] counts = new int[windows];
    for (RunSummary r : runs) {
      if (r.curves() == null) {
        continue;
      }
      List<Double> a = r.curves().windowP50S();
      List<Double> b = r.curves().windowP99S();
      for (int w = 0; w < a.size(); w++) {
        if (!Double.isNaN(a.get(w))) {
          p50[w] += a.get(w);
          p99[w] += b.get(w);
          counts[w]++;
        }
      }
    }
    for (int w = 0; w < windows; w++) {
      p50[w] = counts[w] == 0 ? Double.NaN : p50[w] / counts[w];
      p99[w] = counts[w] == 0 ? Double.NaN : p99[w] / counts[w];
    }
    return new WindowMeans(windowS, p50, p99, counts);
  }

  /** Number of windows. */
  public int size() {
    return counts.length;
  }
}
