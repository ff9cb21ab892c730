package io.fluidedge.plots;

import io.fluidedge.plots.RunPlotData.Track;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The antenna-position figure: a map of the panel (x and y in m, equal scales) on which each
 * antenna's sampled positions are dots coloured by time, dark purple at the start of the run to
 * yellow at its end (colour bar in s), joined by faint lines per antenna. The first layout is drawn as open circles, the last as filled
 * squares labelled with the antenna's index. At most {@link #MAX_SAMPLES} samples are drawn
 * per antenna.
 */
final class AntennaMap {

  /** Viridis anchors (perceptually uniform, readable with any colour vision, and in grey). */
  private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x3B528B),
      new Color(0x21908C), new Color(0x5DC963), new Color(0xFDE725)};

  /** Most samples drawn per antenna: dots, unlike lines, crowd a map long before 400. */
  static final int MAX_SAMPLES = 200;

  private AntennaMap() {
  }

  /** The time colour scale over {@code [lo, hi]} s. */
  static PaintScale scale(double lo, double hi) {
    double top = hi > lo ? hi : lo + 1;
    return new PaintScale() {
      @Override
      public double getLowerBound() {
        return lo;
      }

      @Override
      public double getUpperBound() {
        return top;
      }

      @Override
      public Paint getPaint(double value) {
        return colourAt((value - lo) / (top - lo));
      }
    };
  }

  /** Viridis at {@code u} in [0, 1] (clamped), linear between the anchors. */
  static Color colourAt(double u) {
    double v = Math.max(0, Math.min(1, Double.isNaN(u) ? 0 : u)) * (VIRIDIS.length - 1);
    int i = Math.min((int) v, VIRIDIS.length - 2);
    double f = v - i;
    Color a = VIRIDIS[i];
    Color b = VIRIDIS[i + 1];
    return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
  }

  /**
   * The map of {@code all}'s tracks.
   *
   * @param all         positions over time
   * @param subtitle    scenario and seed
   * @param title       the title (when there are positions)
   * @param what        the name of one track's owner, "antenna" or "user" (labels)
   * @param baseStation mark the base station at the origin and keep it in view
   */
  static JFreeChart chart(Track all, String subtitle, String title, String what,
      boolean baseStation) {
    Track track = Downsample.track(all, MAX_SAMPLES);
    int antennas = track.antennas();
    List<Double> times = track.timesS();
    XYSeriesCollection data = new XYSeriesCollection();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < antennas; m++) {
      XYSeries path = new XYSeries(what + " " + m, false, true);
      for (double[] p : track.positions()) {
        path.add(p[2 * m], p[2 * m + 1]);
        min = Math.min(min, Math.min(p[2 * m], p[2 * m + 1]));
        max = Math.max(max, Math.max(p[2 * m], p[2 * m + 1]));
      }
      data.addSeries(path);
    }
    double t0 = times.isEmpty() ? 0 : times.get(0);
    double t1 = times.isEmpty() ? 1 : times.get(times.size() - 1);
    PaintScale scale = scale(t0, t1);
    // Faint lines join an antenna's consecutive samples; the dots carry the time colour.
    XYLineAndShapeRenderer paths = new XYLineAndShapeRenderer(true, false);
    paths.setDrawSeriesLineAsPath(true);
    paths.setDefaultStroke(new BasicStroke(0.6f));
    paths.setAutoPopulateSeriesStroke(false);
    paths.setDefaultPaint(new Color(0, 0, 0, 40));
    paths.setAutoPopulateSeriesPaint(false);
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true) {
      @Override
      public Paint getItemPaint(int series, int item) {
        return scale.getPaint(times.get(item));
      }
    };
    dots.setDefaultShape(new Rectangle2D.Double(-1.75, -1.75, 3.5, 3.5));
    dots.setAutoPopulateSeriesShape(false);
    NumberAxis x = new NumberAxis("x (m)");
    NumberAxis y = new NumberAxis("y (m)");
    XYPlot plot = new XYPlot(data, x, y, paths);
    plot.setDataset(1, data);
    plot.setRenderer(1, dots);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    if (antennas > 0) {
      XYSeriesCollection ends = new XYSeriesCollection();
      ends.addSeries(marks("first positions", track.positions().get(0)));
      ends.addSeries(marks("last positions",
          track.positions().get(track.positions().size() - 1)));
      if (baseStation) {
        XYSeries bs = new XYSeries("base station", false, true);
        bs.add(0, 0);
        ends.addSeries(bs);
        min = Math.min(min, 0);
        max = Math.max(max, 0);
      }
      XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
      marks.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
      marks.setSeriesShapesFilled(0, false);
      marks.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
      marks.setSeriesPaint(0, Color.BLACK);
      marks.setSeriesPaint(1, Color.BLACK);
      marks.setSeriesShape(2, new java.awt.Polygon(new int[] {-6, 6, 0}, new int[] {5, 5, -6},
          3));
      marks.setSeriesPaint(2, Theme.colour(1));
      marks.setUseOutlinePaint(false);
      plot.setDataset(2, ends);
      plot.setRenderer(2, marks);
      double[] last = track.positions().get(track.positions().size() - 1);
      for (int m = 0; m < antennas; m++) {
        XYTextAnnotation label = new XYTextAnnotation(Integer.toString(m), last[2 * m],
            last[2 * m + 1]);
        label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addAnnotation(label);
      }
      double pad = Math.max(0.06 * (max - min), 1e-3);
      x.setRange(min - pad, max + pad);
      y.setRange(min - pad, max + pad);
    }
    JFreeChart chart = new JFreeChart(antennas == 0 ? "Antenna positions (no blocks)" : title,
        Theme.TITLE, plot, false);
    if (antennas > 0) {
      // Only the markers get a legend; the paths are explained by the colour bar.
      chart.addLegend(new org.jfree.chart.title.LegendTitle(plot.getRenderer(2)));
      NumberAxis bar = new NumberAxis("block start time (s)");
      PaintScaleLegend legend = new PaintScaleLegend(scale, bar);
      legend.setPosition(RectangleEdge.RIGHT);
      legend.setStripWidth(12);
      legend.setMargin(new RectangleInsets(40, 6, 40, 6));
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
      chart.addSubtitle(legend);
    }
    return Theme.apply(chart, subtitle);
  }

  private static XYSeries marks(String name, double[] flat) {
    XYSeries s = new XYSeries(name, false, true);
    for (int i = 0; i + 1 < flat.length; i += 2) {
      s.add(flat[i], flat[i + 1]);
    }
    return s;
  }
}
