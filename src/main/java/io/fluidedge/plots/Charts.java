package io.fluidedge.plots;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.stats.MeanCi;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;

/** Headless JFreeChart helpers shared by the figures: fixed colours, stacked panels, PNG files. */
public final class Charts {

  /** Series colours, the same series index gets the same colour in every panel. */
  private static final Paint[] PALETTE = {
      new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};

  /** Point marks, indexed like the colours. */
  private static final Shape[] SHAPES = DefaultDrawingSupplier.createStandardSeriesShapes();

  private Charts() {
  }

  /** Writes {@code chart} as a {@code width} × {@code height} PNG, atomically. */
  public static void save(Path file, JFreeChart chart, int width, int height) throws IOException {
    System.setProperty("java.awt.headless", "true");
    chart.setBackgroundPaint(Color.WHITE);
    AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
  }

  /**
   * One panel of lines with point marks; with {@code errorBars} the dataset must be an
   * {@code IntervalXYDataset} and its y intervals are drawn as bars.
   *
   * @param dashedFrom  series with this index or higher are drawn dashed and repeat the colours
   *                    of series 0, 1, … (−1: every series solid, each its own colour)
   * @param firstColour palette index of series 0 (panels of different quantities differ)
   */
  public static XYPlot panel(XYDataset data, String yLabel, boolean errorBars, int dashedFrom,
      int firstColour) {
    XYLineAndShapeRenderer renderer = errorBars ? new XYErrorRenderer() : new XYLineAndShapeRenderer();
    if (errorBars) {
      ((XYErrorRenderer) renderer).setDrawXError(false);
      ((XYErrorRenderer) renderer).setCapLength(6);
    }
    for (int s = 0; s < data.getSeriesCount(); s++) {
      int colour = firstColour + (dashedFrom > 0 ? s % dashedFrom : s);
      renderer.setSeriesPaint(s, PALETTE[colour % PALETTE.length]);
      renderer.setSeriesShape(s, SHAPES[colour % SHAPES.length]);
      renderer.setSeriesShapesVisible(s, true);
      renderer.setSeriesLinesVisible(s, true);
      boolean dashed = dashedFrom >= 0 && s >= dashedFrom;
      renderer.setSeriesStroke(s, dashed
          ? new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {6f, 4f}, 0f)
          : new BasicStroke(1.8f));
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, null, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /**
   * A chart of one or more panels stacked over a shared x axis, with one legend entry per
   * distinct series name across the panels.
   */
  public static JFreeChart stacked(String title, ValueAxis x, XYPlot... panels) {
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
    combined.setGap(12);
    LegendItemCollection legend = new LegendItemCollection();
    Set<String> seen = new HashSet<>();
    for (XYPlot p : panels) {
      combined.add(p, 1);
      LegendItemCollection items = p.getLegendItems();
      for (int i = 0; i < items.getItemCount(); i++) {
        if (seen.add(items.get(i).getLabel())) {
          legend.add(items.get(i));
        }
      }
    }
    combined.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), combined, true);
    return chart;
  }

  /**
   * Adds a mean with its 95 % interval to a series, values multiplied by {@code scale}; a missing
   * interval (one draw) collapses onto the mean.
   */
  public static void add(YIntervalSeries series, double x, MeanCi m, double scale) {
    double half = Double.isNaN(m.ci95()) ? 0 : m.ci95();
    series.add(x, m.mean() * scale, (m.mean() - half) * scale, (m.mean() + half) * scale);
  }

  /** A base-10 logarithmic x axis with scientific tick labels ({@code 1E-4}). */
  public static LogAxis logAxis(String label) {
    LogAxis x = new LogAxis(label);
    x.setBase(10);
    x.setNumberFormatOverride(new DecimalFormat("0.#E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return x;
  }

  /** A linear x axis with integer ticks (iterations, antenna counts). */
  public static NumberAxis integerAxis(String label) {
    NumberAxis x = new NumberAxis(label);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    return x;
  }
}
