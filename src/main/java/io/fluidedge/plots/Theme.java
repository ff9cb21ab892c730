package io.fluidedge.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every FluidEdge figure: the Okabe-Ito colour-blind-safe palette, sans-serif
 * fonts large enough to read in a paper column, a white plot with a light grid, and a title
 * with a subtitle naming the scenario and the seed.
 *
 * <p>Okabe and Ito, <i>Color Universal Design</i> (2008): eight colours that stay distinct under
 * the common forms of colour blindness. Black comes last here, so it marks a sixth or later
 * series rather than the first.
 */
public final class Theme {

  /** Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black. */
  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00),
      new Color(0x009E73), new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9),
      new Color(0xF0E442), new Color(0x000000)};

  /** Title font. */
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  /** Subtitle font (scenario and seed). */
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  /** Axis label font. */
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  /** Tick label and legend font. */
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  /** Grid line colour. */
  static final Color GRID = new Color(0xDDDDDD);

  private Theme() {
  }

  /**
   * The palette's colour for series {@code index} (cycling after eight).
   *
   * @param index a series index, ≥ 0
   * @return its colour
   */
  public static Color colour(int index) {
    return PALETTE[Math.floorMod(index, PALETTE.length)];
  }

  /** A solid line of the theme's width. */
  static Stroke solid() {
    return new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** A dashed line of the theme's width. */
  static Stroke dashed() {
    return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f);
  }

  /**
   * Applies the theme to {@code chart} (modified): fonts, white backgrounds, light grid, legend
   * without a frame, and {@code subtitle} under the title.
   *
   * @param chart    the chart
   * @param subtitle e.g. "scenario default, seed 1"; null or empty for none
   * @return {@code chart}
   */
  public static JFreeChart apply(JFreeChart chart, String subtitle) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(TITLE);
      chart.getTitle().setPaint(Color.BLACK);
    }
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setPaint(Color.DARK_GRAY);
      sub.setPadding(new RectangleInsets(0, 0, 6, 0));
      chart.addSubtitle(0, sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(TICK);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
    }
    plot(chart.getPlot());
    return chart;
  }

  private static void plot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.GRAY);
    if (plot instanceof CombinedDomainXYPlot combined) {
      axis(combined.getDomainAxis());
      for (XYPlot sub : combined.getSubplots()) {
        plot(sub);
      }
    } else if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlineStroke(new BasicStroke(0.8f));
      xy.setRangeGridlineStroke(new BasicStroke(0.8f));
      xy.setDomainGridlinesVisible(true);
      xy.setRangeGridlinesVisible(true);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        axis(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        axis(xy.getRangeAxis(i));
      }
    }
  }

  private static void axis(Axis axis) {
    if (axis != null) {
      axis.setLabelFont(LABEL);
      axis.setTickLabelFont(TICK);
      axis.setLabelPaint(Color.BLACK);
      axis.setTickLabelPaint(Color.BLACK);
    }
  }

  /** Fixed paint of a legend-less annotation (first/last markers), dark grey. */
  static Paint ink() {
    return Color.DARK_GRAY;
  }
}
