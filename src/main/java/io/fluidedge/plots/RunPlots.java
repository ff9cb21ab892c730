package io.fluidedge.plots;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.LatencyStats;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.metrics.Trajectories;
import io.fluidedge.metrics.WindowStats;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
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
 * Draws {@code plots/*.png} with JFreeChart, headless: latency percentiles per window, latency
 * CDF per user, antenna positions over the blocks, and users' positions in the cell when they
 * have positions.
 */
public final class RunPlots {

  /** p50/p90/p99 latency (ms) against window start (s); empty windows are gaps. */
  static final String PERCENTILES = RunOutputs.PLOT_FILES.get(0);
  /** Empirical latency CDF per user, latency in ms (log axis when it spans more than 50×). */
  static final String CDF = RunOutputs.PLOT_FILES.get(1);
  /** Each antenna's trajectory over the (sampled) blocks, first and last positions marked. */
  static final String POSITIONS = RunOutputs.PLOT_FILES.get(2);
  /** Users' paths in the cell (only when users have positions: the path-loss link budget). */
  static final String USER_POSITIONS = "user_positions.png";

  private RunPlots() {}

  /**
   * Draws the run's plots into {@code dir} (created if missing), each file written atomically.
   *
   * @param dir the plots directory ({@code <output>/plots})
   * @param rec the run's finished recorder
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir, RunRecorder rec) throws IOException {
    System.setProperty("java.awt.headless", "true");
    // ImageIO's default disk cache registers a shutdown hook per stream, which fails while the
    // JVM is stopping, i.e. exactly when an interrupted run writes its outputs.
    ImageIO.setUseCache(false);
    Files.createDirectories(dir);
    save(dir.resolve(PERCENTILES), percentiles(rec.windows()), 900, 600);
    save(dir.resolve(CDF), cdf(rec), 900, 600);
    save(dir.resolve(POSITIONS), positions(rec.trajectories()), 700, 700);
    if (!rec.userTrajectories().isEmpty()) {
      save(dir.resolve(USER_POSITIONS), users(rec.userTrajectories()), 700, 700);
    }
  }

  /**
   * Users' paths in the cell over the (sampled) blocks, base station at the origin, first and
   * last positions marked.
   */
  private static JFreeChart users(Trajectories trajectories) {
    JFreeChart chart = trajectories(trajectories, "user", "User positions (base station at 0, 0)");
    XYSeries bs = new XYSeries("base station", false, true);
    bs.add(0, 0);
    XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
    data.addSeries(bs);
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
    renderer.setSeriesLinesVisible(data.getSeriesCount() - 1, false);
    renderer.setSeriesShapesVisible(data.getSeriesCount() - 1, true);
    return chart;
  }

  private static void save(Path file, JFreeChart chart, int width, int height) throws IOException {
    chart.setBackgroundPaint(Color.WHITE);
    AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
  }

  private static JFreeChart percentiles(List<WindowStats> windows) {
    XYSeries p50 = new XYSeries("p50", false, true);
    XYSeries p90 = new XYSeries("p90", false, true);
    XYSeries p99 = new XYSeries("p99", false, true);
    for (WindowStats w : windows) {
      LatencyStats s = w.latency();
      p50.add(w.startS(), s.count() == 0 ? null : s.p50S() * 1e3);
      p90.add(w.startS(), s.count() == 0 ? null : s.p90S() * 1e3);
      p99.add(w.startS(), s.count() == 0 ? null : s.p99S() * 1e3);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(p50);
    data.addSeries(p90);
    data.addSeries(p99);
    JFreeChart chart = ChartFactory.createXYLineChart("Latency percentiles per window", "window start (s)",
        "latency (ms)", data, PlotOrientation.VERTICAL, true, false, false);
    chart.getXYPlot().setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static JFreeChart cdf(RunRecorder rec) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int k = 0; k < rec.users(); k++) {
      Histogram h = rec.latencyHistogram(k);
      long total = h.getTotalCount();
      if (total == 0) {
        continue;
      }
      XYSeries series = new XYSeries("user " + k, false, true);
      long cumulative = 0;
      for (HistogramIterationValue v : h.recordedValues()) {
        cumulative += v.getCountAtValueIteratedTo();
        double ms = h.highestEquivalentValue(v.getValueIteratedTo()) / 1e6;
        if (ms > 0) {
          series.add(ms, (double) cumulative / total);
        }
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Latency CDF per user", "latency (ms)",
        "fraction of requests", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    if (data.getSeriesCount() > 0 && data.getDomainUpperBound(false) > 50 * data.getDomainLowerBound(false)) {
      LogAxis x = new LogAxis("latency (ms, log scale)");
      x.setSmallestValue(1e-6);
      x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      x.setNumberFormatOverride(new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)));
      plot.setDomainAxis(x);
    }
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
    return chart;
  }

  private static JFreeChart positions(Trajectories trajectories) {
    return trajectories(trajectories, "antenna", trajectories.isEmpty()
        ? "Antenna positions (no blocks)" : "Antenna positions over time");
  }

  private static JFreeChart trajectories(Trajectories trajectories, String what, String title) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<double[]> samples = trajectories.samples();
    int antennas = samples.isEmpty() ? 0 : samples.get(0).length / 2;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < antennas; m++) {
      XYSeries path = new XYSeries(what + " " + m, false, true);
      for (double[] s : samples) {
        path.add(s[2 * m], s[2 * m + 1]);
        min = Math.min(min, Math.min(s[2 * m], s[2 * m + 1]));
        max = Math.max(max, Math.max(s[2 * m], s[2 * m + 1]));
      }
      data.addSeries(path);
    }
    if (antennas > 0) {
      data.addSeries(marks("first block", samples.get(0)));
      data.addSeries(marks("last block", samples.get(samples.size() - 1)));
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, "x (m)", "y (m)",
        data, PlotOrientation.VERTICAL, antennas > 0 && antennas <= 16, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int m = antennas; m < antennas + 2 && antennas > 0; m++) {
      renderer.setSeriesLinesVisible(m, false);
      renderer.setSeriesShapesVisible(m, true);
    }
    plot.setRenderer(renderer);
    if (antennas > 0) {
      double pad = Math.max(0.05 * (max - min), 1e-3);
      ((NumberAxis) plot.getDomainAxis()).setRange(min - pad, max + pad);
      ((NumberAxis) plot.getRangeAxis()).setRange(min - pad, max + pad);
    }
    return chart;
  }

  private static XYSeries marks(String name, double[] flat) {
    XYSeries s = new XYSeries(name, false, true);
    for (int i = 0; i + 1 < flat.length; i += 2) {
      s.add(flat[i], flat[i + 1]);
    }
    return s;
  }
}
