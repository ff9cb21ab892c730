package io.fluidedge.plots;

import io.fluidedge.plots.RunPlotData.Track;
import io.fluidedge.plots.RunPlotData.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Thins long series so that a figure stays readable at any run length: a 600 s run has 6 000
 * windows and 60 000 blocks, far more than a figure's width in pixels.
 */
public final class Downsample {

  /** Most points drawn of a series over time. */
  public static final int MAX_POINTS = 400;

  private Downsample() {
  }

  /**
   * Consecutive windows merged in groups of {@code g = ceil(n / maxPoints)}: each group starts
   * at its first window and carries the request-weighted mean of the windows' p50, p90 and p99
   * ({@code Σ count_i · p_i / Σ count_i}, empty windows weigh nothing); a group without requests
   * stays empty (NaN, a gap). With {@code n ≤ maxPoints} the windows come back unchanged.
   *
   * @param windows   windows in time order
   * @param maxPoints most groups, ≥ 1
   * @return the merged windows, at most {@code maxPoints}
   */
  public static List<Window> windows(List<Window> windows, int maxPoints) {
    int g = groupSize(windows.size(), maxPoints);
    if (g == 1) {
      return windows;
    }
    List<Window> out = new ArrayList<>();
    for (int start = 0; start < windows.size(); start += g) {
      long count = 0;
      double p50 = 0;
      double p90 = 0;
      double p99 = 0;
      for (Window w : windows.subList(start, Math.min(start + g, windows.size()))) {
        if (w.count() > 0) {
          count += w.count();
          p50 += w.count() * w.p50S();
          p90 += w.count() * w.p90S();
          p99 += w.count() * w.p99S();
        }
      }
      double startS = windows.get(start).startS();
      out.add(count == 0 ? new Window(startS, 0, Double.NaN, Double.NaN, Double.NaN)
          : new Window(startS, count, p50 / count, p90 / count, p99 / count));
    }
    return out;
  }

  /**
   * Every {@code g}-th sample of a track ({@code g = ceil(n / maxPoints)}), always keeping the
   * last one so the final layout is drawn.
   *
   * @param track     positions over time
   * @param maxPoints most samples kept (plus possibly the last), ≥ 1
   * @return the thinned track
   */
  public static Track track(Track track, int maxPoints) {
    int n = track.timesS().size();
    int g = groupSize(n, maxPoints);
    if (g == 1) {
      return track;
    }
    List<Double> times = new ArrayList<>();
    List<double[]> positions = new ArrayList<>();
    for (int i = 0; i < n; i += g) {
      times.add(track.timesS().get(i));
      positions.add(track.positions().get(i));
    }
    if ((n - 1) % g != 0) {
      times.add(track.timesS().get(n - 1));
      positions.add(track.positions().get(n - 1));
    }
    return new Track(times, positions);
  }

  /** {@code ceil(n / maxPoints)}, at least 1. */
  static int groupSize(int n, int maxPoints) {
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints must be >= 1: " + maxPoints);
    }
    return Math.max(1, (n + maxPoints - 1) / maxPoints);
  }
}
