package io.fluidedge.plots;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plots.RunPlotData.Window;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A run's figures in {@code plots/}: latency percentiles over time (p50 and p90 lines over the
 * shaded p50–p99 band, at most {@link Downsample#MAX_POINTS} points), the latency CDF per user,
 * and the antenna positions as a map of the panel with each antenna's trajectory coloured by
 * time ({@link AntennaMap}), and with users placed in a cell their positions likewise. Each
 * figure's subtitle names the scenario and the seed.
 */
public final class RunPlots {

  /** Figure names (file names without extension), in {@link RunOutputs#PLOT_FILES} order. */
  public static final List<String> NAMES = RunOutputs.PLOT_FILES.stream()
      .map(f -> f.substring(0, f.lastIndexOf('.'))).toList();

  /** The latency CDF's points per user, {@code series,latency_ms,fraction}, in plots/. */
  public static final String CDF_CSV = "latency_cdf.csv";
  /** Header of {@value #CDF_CSV}. */
  public static final String CDF_HEADER = "series,latency_ms,fraction";

  private RunPlots() {
  }

  /** The text of {@value #CDF_CSV}. */
  static String cdfCsv(Map<String, List<double[]>> cdf) {
    StringBuilder sb = new StringBuilder(CDF_HEADER).append('\n');
    cdf.forEach((series, points) -> {
      for (double[] p : points) {
        sb.append(Formats.csvField(series)).append(',').append(Formats.decimal(p[0]))
            .append(',').append(Formats.decimal(p[1])).append('\n');
      }
    });
    return sb.toString();
  }

  /**
   * Draws the run's figures into {@code dir} (created if missing) in every format.
   *
   * @param dir     the plots directory ({@code <output>/plots})
   * @param data    the run's data
   * @param formats the formats
   * @return the figures drawn ({@link #figures}), e.g. for the report
   * @throws IOException if a file cannot be written
   */
  public static List<Figure> write(Path dir, RunPlotData data, Collection<PlotFormat> formats)
      throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(CDF_CSV), cdfCsv(data.cdf()));
    List<Figure> figures = figures(data);
    for (Figure f : figures) {
      FigureFiles.write(dir, f, formats);
    }
    return figures;
  }

  /** The users' positions in the cell, drawn when users have positions. */
  public static final String USER_POSITIONS = "user_positions";

  /**
   * The run's figures.
   *
   * @param data the run's data
   * @return latency percentiles, latency CDF, antenna positions, and the users' positions when
   *         they have positions
   */
  public static List<Figure> figures(RunPlotData data) {
    String subtitle = subtitle(data.scenario(), data.seed());
    List<Figure> out = new java.util.ArrayList<>(List.of(
        new Figure(NAMES.get(0), percentiles(data.windows(), subtitle), 900, 560),
        new Figure(NAMES.get(1), cdf(data.cdf(), subtitle), 900, 560),
        new Figure(NAMES.get(2), AntennaMap.chart(data.positions(), subtitle,
            "Antenna positions on the panel, coloured by time", "antenna", false), 760, 700)));
    if (data.users().antennas() > 0) {
      out.add(new Figure(USER_POSITIONS, AntennaMap.chart(data.users(), subtitle,
          "User positions in the cell (base station at 0, 0), coloured by time", "user", true),
          760, 700));
    }
    return List.copyOf(out);
  }

  /** "scenario NAME, seed N": the subtitle of a single run's figures. */
  public static String subtitle(String scenario, long seed) {
    return "scenario " + scenario + ", seed " + seed;
  }

  static JFreeChart percentiles(List<Window> all, String subtitle) {
    List<Window> windows = Downsample.windows(all, Downsample.MAX_POINTS);
    YIntervalSeries band = new YIntervalSeries("p50 to p99 (shaded), p99 edge");
    YIntervalSeries p50 = new YIntervalSeries("p50");
    YIntervalSeries p90 = new YIntervalSeries("p90");
    for (Window w : windows) {
      double ms50 = w.p50S() * 1e3;
      double ms90 = w.p90S() * 1e3;
      double ms99 = w.p99S() * 1e3;
      band.add(w.startS(), ms99, ms50, ms99);
      p50.add(w.startS(), ms50, ms50, ms50);
      p90.add(w.startS(), ms90, ms90, ms90);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(band);
    data.addSeries(p50);
    data.addSeries(p90);
    DeviationRenderer r = new DeviationRenderer(true, false);
    r.setAlpha(0.25f);
    r.setDrawSeriesLineAsPath(false);
    for (int s = 0; s < 3; s++) {
      r.setSeriesPaint(s, Theme.colour(s == 2 ? 1 : 0));
      r.setSeriesFillPaint(s, s == 0 ? Theme.colour(0) : new Color(0, 0, 0, 0));
      r.setSeriesStroke(s, s == 0 ? Theme.dashed() : Theme.solid());
    }
    NumberAxis x = new NumberAxis("time (s)");
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis("latency (ms)");
    XYPlot plot = new XYPlot(data, x, y, r);
    int merged = Downsample.groupSize(all.size(), Downsample.MAX_POINTS);
    String title = merged == 1 ? "Latency percentiles per window"
        : String.format(Locale.ROOT, "Latency percentiles, %d windows merged per point", merged);
    return Theme.apply(new JFreeChart(title, Theme.TITLE, plot, true), subtitle);
  }

  static JFreeChart cdf(Map<String, List<double[]>> cdf, String subtitle) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, List<double[]>> e : cdf.entrySet()) {
      XYSeries s = new XYSeries(e.getKey(), false, true);
      for (double[] p : e.getValue()) {
        s.add(p[0], p[1]);
      }
      data.addSeries(s);
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setDrawSeriesLineAsPath(true);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      r.setSeriesPaint(s, Theme.colour(s));
      r.setSeriesStroke(s, Theme.solid());
    }
    NumberAxis y = new NumberAxis("fraction of requests");
    y.setRange(0, 1.02);
    XYPlot plot = new XYPlot(data, new NumberAxis("latency (ms)"), y, r);
    if (data.getSeriesCount() > 0
        && data.getDomainUpperBound(false) > 50 * data.getDomainLowerBound(false)) {
      plot.setDomainAxis(Charts.latencyLogAxis());
    }
    String title = cdf.size() == 1 ? "Latency CDF" : "Latency CDF per user";
    return Theme.apply(new JFreeChart(title, Theme.TITLE, plot, true), subtitle);
  }
}
