package io.fluidedge.plots;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A file format of the figures ({@code output.plot-formats}, {@code plot --formats}): PNG
 * (raster, JFreeChart's encoder), SVG (JFreeSVG) and PDF (JFreePDF), the last two vector.
 */
public enum PlotFormat {
  /** Portable Network Graphics. */
  PNG,
  /** Scalable Vector Graphics. */
  SVG,
  /** Portable Document Format. */
  PDF;

  /** The file extension with its dot, e.g. {@code ".svg"}. */
  public String extension() {
    return "." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The formats named in {@code names}, in enum order.
   *
   * @param names e.g. {@code [png, svg]} (a scenario's {@code output.plot-formats})
   * @return the formats
   * @throws IllegalArgumentException for an unknown name
   */
  public static Set<PlotFormat> of(Collection<String> names) {
    Set<PlotFormat> out = EnumSet.noneOf(PlotFormat.class);
    for (String n : names) {
      out.add(of(n));
    }
    return out;
  }

  /**
   * The format named {@code name} (case-insensitive).
   *
   * @param name png, svg or pdf
   * @return the format
   * @throws IllegalArgumentException naming the known formats
   */
  public static PlotFormat of(String name) {
    for (PlotFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown plot format '" + name + "'; known: png, svg, pdf");
  }
}
