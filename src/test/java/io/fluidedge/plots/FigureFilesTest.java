package io.fluidedge.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FigureFilesTest {

  private static Figure cdf() {
    return new Figure("cdf_test", RunPlots.cdf(Map.of("user 0",
        List.of(new double[] {1, 0.5}, new double[] {2, 1})), "scenario t, seed 3"), 640, 400);
  }

  @Test
  void write_pngSvgAndPdfAreWellFormedFilesOfTheFigureSize(@TempDir Path dir) throws Exception {
    FigureFiles.write(dir, cdf(), EnumSet.allOf(PlotFormat.class));
    BufferedImage png = ImageIO.read(dir.resolve("cdf_test.png").toFile());
    assertThat(png.getWidth()).isEqualTo(640);
    assertThat(png.getHeight()).isEqualTo(400);

    byte[] svg = Files.readAllBytes(dir.resolve("cdf_test.svg"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("640");
    String text = new String(svg, StandardCharsets.UTF_8);
    // Okabe-Ito blue for the first series; the subtitle names scenario and seed.
    for (String part : List.of("Latency CDF", "scenario t, seed 3", "rgb(0,114,178)")) {
      assertThat(text.contains(part)).as(part).isTrue();
    }

    byte[] pdf = Files.readAllBytes(dir.resolve("cdf_test.pdf"));
    String pdfText = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(pdfText.startsWith("%PDF-")).isTrue();
    assertThat(pdfText.contains("/MediaBox [0.0 0.0 640.0 400.0]")).as("page size").isTrue();
    assertThat(pdfText.strip().endsWith("%%EOF")).isTrue();
  }

  @Test
  void write_onlyTheAskedFormats(@TempDir Path dir) throws Exception {
    FigureFiles.write(dir, cdf(), FigureFiles.DEFAULT);
    assertThat(dir.resolve("cdf_test.png")).isNotEmptyFile();
    assertThat(dir.resolve("cdf_test.svg")).doesNotExist();
    assertThat(dir.resolve("cdf_test.pdf")).doesNotExist();
  }

  @Test
  void svgElement_idsStartWithTheFigureName() {
    String svg = FigureFiles.svgElement(cdf());
    assertThat(svg.startsWith("<svg id='cdf_test'")).isTrue();
    assertThat(svg.contains("id='cdf_test-clip-0'")).isTrue();
    assertThat(svg.replaceAll("id='cdf_test[^']*'", "").contains("id='")).as("other ids")
        .isFalse();
  }

  @Test
  void twoDecimals_roundsAndDropsTrailingZeros() {
    assertThat(FigureFiles.twoDecimals(453.159912109375)).isEqualTo("453.16");
    assertThat(FigureFiles.twoDecimals(2.0)).isEqualTo("2");
    assertThat(FigureFiles.twoDecimals(-0.001)).isEqualTo("0");
    assertThat(FigureFiles.twoDecimals(1e-7)).isEqualTo("0");
  }

  @Test
  void plotFormat_namesAreCaseInsensitiveAndUnknownOnesListTheKnown() {
    assertThat(PlotFormat.of(List.of("PDF", "png"))).containsExactly(PlotFormat.PNG,
        PlotFormat.PDF);
    assertThatThrownBy(() -> PlotFormat.of("gif")).hasMessageContaining("png, svg, pdf");
  }
}
