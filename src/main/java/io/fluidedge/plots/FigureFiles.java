package io.fluidedge.plots;

import io.fluidedge.metrics.AtomicFiles;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes figures as PNG, SVG and PDF files, each atomically ({@link AtomicFiles}, so the output
 * directory's manifest lists them), and renders a figure as an SVG element for inline use.
 */
public final class FigureFiles {

  /** The default formats: PNG only, as before vector output existed. */
  public static final Set<PlotFormat> DEFAULT = EnumSet.of(PlotFormat.PNG);

  private FigureFiles() {
  }

  /**
   * Writes {@code figure} into {@code dir} once per format, as {@code name.png}, {@code name.svg},
   * {@code name.pdf}.
   *
   * @param dir     an existing directory
   * @param figure  the figure
   * @param formats the formats (at least one)
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir, Figure figure, Collection<PlotFormat> formats)
      throws IOException {
    headless();
    for (PlotFormat f : formats) {
      Path file = dir.resolve(figure.name() + f.extension());
      switch (f) {
        case PNG -> AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out,
            figure.chart(), figure.width(), figure.height()));
        case SVG -> AtomicFiles.writeString(file, svgDocument(figure));
        case PDF -> {
          byte[] pdf = pdf(figure);
          AtomicFiles.write(file, out -> out.write(pdf));
        }
        default -> throw new IllegalStateException(f.name());
      }
    }
  }

  /**
   * The figure as one {@code <svg>} element (no XML declaration), for inlining in HTML; its
   * element ids start with the figure's name.
   *
   * @param figure the figure
   * @return the SVG element text
   */
  public static String svgElement(Figure figure) {
    headless();
    SVGGraphics2D g2 = new SVGGraphics2D(figure.width(), figure.height());
    g2.setDefsKeyPrefix(figure.name() + "-");
    // Two decimals of a point are far below a pixel and keep the files small.
    g2.setGeomDoubleConverter(FigureFiles::twoDecimals);
    g2.setTransformDoubleConverter(FigureFiles::twoDecimals);
    figure.chart().draw(g2, new Rectangle(0, 0, figure.width(), figure.height()));
    return g2.getSVGElement(figure.name());
  }

  /** {@code x} with at most two decimals, no trailing zeros, never in exponent form. */
  static String twoDecimals(double x) {
    String s = java.math.BigDecimal.valueOf(Math.round(x * 100) / 100.0).stripTrailingZeros()
        .toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** A standalone SVG file's text. */
  static String svgDocument(Figure figure) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(figure) + "\n";
  }

  /** A one-page PDF of the figure's size, text as PDF text (Helvetica family). */
  static byte[] pdf(Figure figure) {
    PDFDocument doc = new PDFDocument();
    doc.setTitle(figure.chart().getTitle() != null ? figure.chart().getTitle().getText()
        : figure.name());
    doc.setAuthor("FluidEdge");
    Page page = doc.createPage(new Rectangle(figure.width(), figure.height()));
    figure.chart().draw(page.getGraphics2D(), new Rectangle(0, 0, figure.width(),
        figure.height()));
    return doc.getPDFBytes();
  }

  /** Headless AWT; and ImageIO without its disk cache, whose shutdown hook fails at JVM exit. */
  private static void headless() {
    System.setProperty("java.awt.headless", "true");
    ImageIO.setUseCache(false);
  }
}
