package io.fluidedge.plots;

import java.awt.Shape;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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

/**
 * Building blocks of the multi-panel figures (reproduce) and the axes every figure shares, all in
 * the one {@link Theme}.
 */
public final class Charts {

  /** Point marks, indexed like the colours. */
  private static final Shape[] SHAPES = DefaultDrawingSupplier.createStandardSeriesShapes();

  private Charts() {
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
      renderer.setSeriesPaint(s, Theme.colour(colour));
      renderer.setSeriesShape(s, SHAPES[colour % SHAPES.length]);
      renderer.setSeriesShapesVisible(s, true);
      renderer.setSeriesLinesVisible(s, true);
      boolean dashed = dashedFrom >= 0 && s >= dashedFrom;
      renderer.setSeriesStroke(s, dashed ? Theme.dashed() : Theme.solid());
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(false);
    return new XYPlot(data, null, y, renderer);
  }

  /**
   * A themed chart of one or more panels stacked over a shared x axis, with one legend entry
   * per distinct series name across the panels.
   *
   * @param title    the title
   * @param subtitle the subtitle (what was run: scenario, seeds or draws)
   * @param x        the shared x axis
   * @param panels   the panels, top to bottom
   * @return the chart
   */
  public static JFreeChart stacked(String title, String subtitle, ValueAxis x, XYPlot... panels) {
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
    return Theme.apply(new JFreeChart(title, Theme.TITLE, combined, true), subtitle);
  }

  /** A base-10 logarithmic x axis with scientific tick labels ({@code 1E-4}). */
  public static LogAxis logAxis(String label) {
    LogAxis x = new LogAxis(label);
    x.setBase(10);
    x.setNumberFormatOverride(new DecimalFormat("0.#E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return x;
  }

  /**
   * A logarithmic latency axis (ms) with ticks at whole powers of ten: for latencies that span
   * more than a factor 50.
   */
  public static LogAxis latencyLogAxis() {
    LogAxis axis = new LogAxis("latency (ms, log scale)");
    axis.setSmallestValue(1e-6);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setNumberFormatOverride(new DecimalFormat("0.######",
        DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return axis;
  }

  /** A linear x axis with integer ticks (iterations, antenna counts). */
  public static NumberAxis integerAxis(String label) {
    NumberAxis x = new NumberAxis(label);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    return x;
  }
}
