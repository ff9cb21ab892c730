package io.fluidedge.plots;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.plots.RunPlotData.Window;
import io.fluidedge.stats.RunSummary;
import io.fluidedge.stats.WindowMeans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The figures of {@code compare}: {@value #CDF_NAME} (latency CDF per policy, replications
 * pooled into one histogram; its points are kept in {@value #CDF_CSV} so that {@code plot} can
 * redraw it) and {@value #OVER_TIME_NAME} (p50 solid and p99 dashed per window, one colour per
 * policy, averaged over replications by window index as in {@link WindowMeans}, merged to at
 * most {@link Downsample#MAX_POINTS} points). A latency axis spanning more than a factor 50 is
 * logarithmic.
 */
public final class CompareCharts {

  /** Pooled latency CDF per policy (figure name). */
  public static final String CDF_NAME = "compare_latency_cdf";
  /** p50 and p99 latency per window per policy (figure name). */
  public static final String OVER_TIME_NAME = "compare_latency_over_time";
  /** The CDF's points: {@code series,latency_ms,fraction}, a series per policy. */
  public static final String CDF_CSV = "compare_latency_cdf.csv";

  /**
   * What the compare figures are drawn from.
   *
   * @param subtitle e.g. "default (scenarios/default.yaml), 3 replications, seeds 1..3"
   * @param cdf      per policy, points {@code {latency_ms, fraction}}
   * @param windows  per policy, its windows (count = replications with a request in it; p90
   *                 unused)
   */
  public record Data(String subtitle, Map<String, List<double[]>> cdf,
      Map<String, List<Window>> windows) {

    public Data {
      cdf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cdf));
      windows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(windows));
    }
  }

  private CompareCharts() {
  }

  /**
   * The figures' data from the runs.
   *
   * @param subtitle the figures' subtitle
   * @param policies the policies, in legend order
   * @param runs     per policy, its runs with curves
   * @return the data
   */
  public static Data of(String subtitle, List<String> policies, List<List<RunSummary>> runs) {
    Map<String, List<double[]>> cdf = new LinkedHashMap<>();
    Map<String, List<Window>> windows = new LinkedHashMap<>();
    for (int p = 0; p < policies.size(); p++) {
      Histogram pooled = new Histogram(3);
      for (RunSummary r : runs.get(p)) {
        if (r.curves() != null) {
          pooled.add(r.curves().latencyHistogram());
        }
      }
      cdf.put(policies.get(p), RunPlotData.cdfPoints(pooled));
      WindowMeans w = WindowMeans.of(runs.get(p));
      List<Window> list = new ArrayList<>();
      for (int i = 0; i < w.size(); i++) {
        list.add(new Window(i * w.windowS(), w.counts()[i], w.p50S()[i], Double.NaN,
            w.p99S()[i]));
      }
      windows.put(policies.get(p), list);
    }
    return new Data(subtitle, cdf, windows);
  }

  /**
   * Writes {@value #CDF_CSV} and both figures into {@code dir}.
   *
   * @param dir     an existing directory
   * @param data    the figures' data
   * @param formats the figure formats
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir, Data data, Collection<PlotFormat> formats)
      throws IOException {
    AtomicFiles.writeString(dir.resolve(CDF_CSV), RunPlots.cdfCsv(data.cdf()));
    for (Figure f : figures(data)) {
      FigureFiles.write(dir, f, formats);
    }
  }

  /**
   * Both figures.
   *
   * @param data the figures' data
   * @return the CDF and the over-time figure
   */
  public static List<Figure> figures(Data data) {
    return List.of(new Figure(CDF_NAME, cdf(data), 900, 600),
        new Figure(OVER_TIME_NAME, overTime(data), 900, 600));
  }

  private static JFreeChart cdf(Data d) {
    XYSeriesCollection data = new XYSeriesCollection();
    d.cdf().forEach((policy, points) -> {
      XYSeries s = new XYSeries(policy, false, true);
      for (double[] p : points) {
        s.add(p[0], p[1]);
      }
      data.addSeries(s);
    });
    NumberAxis y = new NumberAxis("fraction of requests");
    y.setRange(0, 1.02);
    XYPlot plot = new XYPlot(data, new NumberAxis("latency (ms)"), y, renderer(data, 1));
    double lo = data.getDomainLowerBound(false);
    double hi = data.getDomainUpperBound(false);
    if (lo > 0 && hi > 50 * lo) {
      plot.setDomainAxis(Charts.latencyLogAxis());
    }
    return Theme.apply(new JFreeChart("Latency CDF per policy (replications pooled)",
        Theme.TITLE, plot, true), d.subtitle());
  }

  private static JFreeChart overTime(Data d) {
    XYSeriesCollection data = new XYSeriesCollection();
    int merged = 1;
    for (Map.Entry<String, List<Window>> e : d.windows().entrySet()) {
      merged = Math.max(merged, Downsample.groupSize(e.getValue().size(),
          Downsample.MAX_POINTS));
      XYSeries p50 = new XYSeries(e.getKey() + " p50", false, true);
      XYSeries p99 = new XYSeries(e.getKey() + " p99", false, true);
      for (Window w : Downsample.windows(e.getValue(), Downsample.MAX_POINTS)) {
        p50.add(w.startS(), Double.isNaN(w.p50S()) ? null : w.p50S() * 1e3);
        p99.add(w.startS(), Double.isNaN(w.p99S()) ? null : w.p99S() * 1e3);
      }
      data.addSeries(p50);
      data.addSeries(p99);
    }
    NumberAxis x = new NumberAxis("time (s)");
    x.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, new NumberAxis("latency (ms)"), renderer(data, 2));
    double lo = data.getRangeLowerBound(false);
    double hi = data.getRangeUpperBound(false);
    if (lo > 0 && hi > 50 * lo) {
      plot.setRangeAxis(Charts.latencyLogAxis());
    }
    String what = merged == 1 ? "per window" : merged + " windows merged per point";
    return Theme.apply(new JFreeChart("Latency p50 (solid) and p99 (dashed), " + what
        + ", mean over replications", Theme.TITLE, plot, true), d.subtitle());
  }

  /** One colour per policy; within a policy, series 0 solid and series 1 dashed. */
  private static XYLineAndShapeRenderer renderer(XYSeriesCollection data, int perPolicy) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, Theme.colour(s / perPolicy));
      renderer.setSeriesStroke(s, s % perPolicy == 0 ? Theme.solid() : Theme.dashed());
    }
    return renderer;
  }
}
