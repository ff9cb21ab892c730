package io.fluidedge.plots;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One finished chart and how it is laid out in its files.
 *
 * @param name   the file name without extension, e.g. {@code latency_percentiles}; also the
 *               prefix of the SVG's element ids, so that several figures inline in one page
 *               never share an id
 * @param chart  the themed chart
 * @param width  width, px (PNG) or pt (SVG, PDF)
 * @param height height, px or pt
 */
public record Figure(String name, JFreeChart chart, int width, int height) {

  public Figure {
    Objects.requireNonNull(chart, "chart");
    if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("bad figure name: " + name);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("figure size must be positive: " + width + "x" + height);
    }
  }
}
