package io.fluidedge.plots;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.stats.RunSummary;
import io.fluidedge.stats.WindowMeans;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The PNG charts of {@code compare}, drawn headless with JFreeChart:
 * {@value #CDF} (latency CDF per policy, replications pooled into one histogram) and
 * {@value #OVER_TIME} (p50 solid and p99 dashed per window, one colour per policy, averaged over
 * replications by window index as in {@link WindowMeans}). A latency axis spanning more than a
 * factor 50 is logarithmic.
 */
public final class CompareCharts {

  /** Pooled latency CDF per policy. */
  public static final String CDF = "compare_latency_cdf.png";
  /** p50 and p99 latency per window per policy. */
  public static final String OVER_TIME = "compare_latency_over_time.png";

  private static final Paint[] COLORS = {new Color(0x1f77b4), new Color(0xd62728),
      new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b),
      new Color(0xe377c2), new Color(0x7f7f7f)};

  private CompareCharts() {
  }

  /**
   * Writes both charts into {@code dir}.
   *
   * @param dir      an existing directory
   * @param policies the policies, in legend order
   * @param runs     per policy, its runs with curves
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir, List<String> policies, List<List<RunSummary>> runs)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    save(dir.resolve(CDF), cdf(policies, runs));
    save(dir.resolve(OVER_TIME), overTime(policies, runs));
  }

  private static void save(Path file, JFreeChart chart) throws IOException {
    chart.setBackgroundPaint(Color.WHITE);
    AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, 900, 600));
  }

  private static JFreeChart cdf(List<String> policies, List<List<RunSummary>> runs) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int p = 0; p < policies.size(); p++) {
      Histogram pooled = new Histogram(3);
      for (RunSummary r : runs.get(p)) {
        if (r.curves() != null) {
          pooled.add(r.curves().latencyHistogram());
        }
      }
      XYSeries series = new XYSeries(policies.get(p), false, true);
      long total = pooled.getTotalCount();
      long cumulative = 0;
      for (HistogramIterationValue v : pooled.recordedValues()) {
        cumulative += v.getCountAtValueIteratedTo();
        double ms = pooled.highestEquivalentValue(v.getValueIteratedTo()) / 1e6;
        if (ms > 0) {
          series.add(ms, (double) cumulative / total);
        }
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Latency CDF per policy (replications pooled)",
        "latency (ms)", "fraction of requests", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    style(plot, policies.size(), 1);
    double lo = data.getDomainLowerBound(false);
    double hi = data.getDomainUpperBound(false);
    if (lo > 0 && hi > 50 * lo) {
      plot.setDomainAxis(logAxis("latency (ms, log scale)"));
    }
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
    return chart;
  }

  private static JFreeChart overTime(List<String> policies, List<List<RunSummary>> runs) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int p = 0; p < policies.size(); p++) {
      WindowMeans w = WindowMeans.of(runs.get(p));
      XYSeries p50 = new XYSeries(policies.get(p) + " p50", false, true);
      XYSeries p99 = new XYSeries(policies.get(p) + " p99", false, true);
      for (int i = 0; i < w.size(); i++) {
        double t = i * w.windowS();
        p50.add(t, Double.isNaN(w.p50S()[i]) ? null : w.p50S()[i] * 1e3);
        p99.add(t, Double.isNaN(w.p99S()[i]) ? null : w.p99S()[i] * 1e3);
      }
      data.addSeries(p50);
      data.addSeries(p99);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        "Latency p50 (solid) and p99 (dashed) per window, mean over replications",
        "window start (s)", "latency (ms)", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    style(plot, policies.size(), 2);
    double lo = data.getRangeLowerBound(false);
    double hi = data.getRangeUpperBound(false);
    if (lo > 0 && hi > 50 * lo) {
      plot.setRangeAxis(logAxis("latency (ms, log scale)"));
    }
    return chart;
  }

  private static LogAxis logAxis(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setSmallestValue(1e-6);
    // Integer exponents: ticks at 1, 10, 100 ms rather than at 10^0.5 steps.
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setNumberFormatOverride(new DecimalFormat("0.######",
        DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return axis;
  }

  /** One colour per policy; within a policy, series 0 solid and series 1 dashed. */
  private static void style(XYPlot plot, int policies, int perPolicy) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    BasicStroke solid = new BasicStroke(1.6f);
    BasicStroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f);
    for (int p = 0; p < policies; p++) {
      for (int k = 0; k < perPolicy; k++) {
        int series = p * perPolicy + k;
        renderer.setSeriesPaint(series, COLORS[p % COLORS.length]);
        renderer.setSeriesStroke(series, k == 0 ? solid : dashed);
      }
    }
    plot.setRenderer(renderer);
  }
}
