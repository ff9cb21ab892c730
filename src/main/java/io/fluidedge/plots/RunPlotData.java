package io.fluidedge.plots;

import io.fluidedge.metrics.LatencyStats;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.metrics.Trajectories;
import io.fluidedge.metrics.WindowStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * What a run's figures are drawn from, whether from a finished recorder (during {@code run}) or
 * from the run's files (the {@code plot} command, {@link RunFolder}): so both draw the same
 * figures.
 *
 * @param scenario  the scenario's name (figure subtitles)
 * @param seed      the run's seed
 * @param windows   every latency window in time order
 * @param cdf       per series name (e.g. "user 0"), points {@code {latency_ms, fraction}} of the
 *                  empirical latency CDF, fraction non-decreasing to 1
 * @param positions the antenna positions over the blocks, possibly sampled
 * @param users     the users' positions in the cell over the blocks (empty when users have no
 *                  positions: the normalised link budget)
 */
public record RunPlotData(String scenario, long seed, List<Window> windows,
    Map<String, List<double[]>> cdf, Track positions, Track users) {

  public RunPlotData {
    Objects.requireNonNull(scenario, "scenario");
    windows = List.copyOf(windows);
    cdf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cdf));
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(users, "users");
  }

  /**
   * One latency window (a windows.csv row).
   *
   * @param startS window start, s
   * @param count  requests completed in the window
   * @param p50S   median latency, s (NaN when empty)
   * @param p90S   90th percentile, s (NaN when empty)
   * @param p99S   99th percentile, s (NaN when empty)
   */
  public record Window(double startS, long count, double p50S, double p90S, double p99S) {}

  /**
   * Antenna positions over time.
   *
   * @param timesS    block start times, s, increasing
   * @param positions per time, {@code {x0, y0, x1, y1, ...}} in m
   */
  public record Track(List<Double> timesS, List<double[]> positions) {

    public Track {
      timesS = List.copyOf(timesS);
      positions = List.copyOf(positions);
      if (timesS.size() != positions.size()) {
        throw new IllegalArgumentException("times and positions differ in length: "
            + timesS.size() + " vs " + positions.size());
      }
    }

    /** Number of antennas or users tracked (0 without blocks). */
    public int antennas() {
      return positions.isEmpty() ? 0 : positions.get(0).length / 2;
    }
  }

  /**
   * The figures' data from a finished recorder.
   *
   * @param rec      the recorder (not modified)
   * @param scenario the scenario's name
   * @param seed     the seed
   * @return the data
   */
  public static RunPlotData of(RunRecorder rec, String scenario, long seed) {
    List<Window> windows = new ArrayList<>();
    for (WindowStats w : rec.windows()) {
      LatencyStats s = w.latency();
      windows.add(s.count() == 0
          ? new Window(w.startS(), 0, Double.NaN, Double.NaN, Double.NaN)
          : new Window(w.startS(), s.count(), s.p50S(), s.p90S(), s.p99S()));
    }
    Map<String, List<double[]>> cdf = new LinkedHashMap<>();
    for (int k = 0; k < rec.users(); k++) {
      List<double[]> points = cdfPoints(rec.latencyHistogram(k));
      if (!points.isEmpty()) {
        cdf.put("user " + k, points);
      }
    }
    Trajectories t = rec.trajectories();
    Trajectories u = rec.userTrajectories();
    return new RunPlotData(scenario, seed, windows, cdf, new Track(t.timesS(), t.samples()),
        new Track(u.timesS(), u.samples()));
  }

  /**
   * The empirical CDF of a latency histogram (values in ns): one point per distinct recorded
   * value, at the value's highest equivalent in ms.
   *
   * @param h the histogram
   * @return points {@code {ms, fraction}}; empty for an empty histogram
   */
  public static List<double[]> cdfPoints(Histogram h) {
    List<double[]> points = new ArrayList<>();
    long total = h.getTotalCount();
    long cumulative = 0;
    for (var v : h.recordedValues()) {
      cumulative += v.getCountAtValueIteratedTo();
      double ms = h.highestEquivalentValue(v.getValueIteratedTo()) / 1e6;
      if (ms > 0) {
        points.add(new double[] {ms, (double) cumulative / total});
      }
    }
    return points;
  }
}
