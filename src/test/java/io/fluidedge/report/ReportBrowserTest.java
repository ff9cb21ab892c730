package io.fluidedge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.fluidedge.cli.Main;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: headless Chromium loads a run's report without errors (no
 * page console message, no script error, no failed resource), its DOM holds the three figures
 * as SVG and the tables' rows, and a screenshot is the requested size and not blank.
 *
 * <p>Without Chromium the tests are skipped with a message, unless the environment sets
 * {@code FLUIDEDGE_REQUIRE_BROWSER=1} (as .ci/run does): then a missing browser fails them.
 */
class ReportBrowserTest {

  /**
   * Records script errors and failed resource loads (the capture-phase error event) and console
   * errors, and writes their count onto the root element after the load event. Injected only
   * into a copy of the report: the report itself has no scripts.
   */
  private static final String PROBE = "<script>(function(){var e=[];"
      + "window.addEventListener('error',function(v){e.push(String(v.message||"
      + "(v.target&&(v.target.src||v.target.href))||'error'))},true);"
      + "var ce=console.error;console.error=function(){e.push('console.error: '+"
      + "Array.prototype.join.call(arguments,' '));ce.apply(console,arguments)};"
      + "window.addEventListener('load',function(){var r=document.documentElement;"
      + "r.setAttribute('data-probe-errors',String(e.length));"
      + "r.setAttribute('data-probe-detail',e.join(' | '))})})();</script>";

  private static final String SCENARIO = String.join("\n",
      "name: browser",
      "duration-s: 1",
      "coherence-s: 0.02",
      "radio: {evolution: gauss-markov}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 30}",
      "output: {window-s: 0.05}",
      "");

  @TempDir
  static Path tmp;

  private static Path chromium;
  private static Path report;

  @BeforeAll
  static void runAndFindBrowser() throws IOException {
    chromium = HeadlessChromium.find();
    if (chromium == null) {
      if ("1".equals(System.getenv("FLUIDEDGE_REQUIRE_BROWSER"))) {
        fail("FLUIDEDGE_REQUIRE_BROWSER=1 but no chromium on the PATH (nor $CHROMIUM)");
      }
      Assumptions.abort("report.html browser test skipped: chromium is not installed "
          + "(apt-get install chromium; .ci/run installs it)");
    }
    Path scenario = tmp.resolve("browser.yaml");
    Files.writeString(scenario, SCENARIO);
    Path out = tmp.resolve("run");
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
        scenario.toString(), "--out=" + out);
    assertThat(code).as(err.toString()).isZero();
    report = out.resolve(Report.FILE);
  }

  @Test
  void report_loadsWithoutErrorsAndHoldsFiguresAndTables() throws Exception {
    Path probe = probed(report, tmp.resolve("probe.html"));
    HeadlessChromium.Output o = HeadlessChromium.at(chromium, tmp.resolve("c1")).dumpDom(probe);
    assertThat(o.consoleLines()).as("page console messages").isEmpty();
    String dom = o.stdout();
    assertThat(attribute(dom, "data-probe-errors")).as(attribute(dom, "data-probe-detail"))
        .isEqualTo("0");
    assertThat(count(dom, "<svg")).as("inline SVG figures").isEqualTo(3);
    // windows.csv of 1 s in 0.05 s windows: 20 rows, plus the per-user table and headers.
    assertThat(count(dom, "<tr>")).isGreaterThanOrEqualTo(20 + 1);
    assertThat(dom).contains("id=\"summary\"", "id=\"figures\"", "id=\"tables\"",
        "id=\"scenario\"", "id=\"provenance\"", "windows.csv", "Latency percentiles");
  }

  @Test
  void report_screenshotHasTheWindowSizeAndIsNotBlank() throws Exception {
    Path png = tmp.resolve("shot.png");
    HeadlessChromium.at(chromium, tmp.resolve("c2")).screenshot(report, png, 1000, 1600);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(1600);
    long ink = 0;
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        ink += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(ink).as("non-white pixels").isGreaterThan(sampled / 100);
    assertThat(colours).as("distinct colours (text, figures)").hasSizeGreaterThan(20);
  }

  @Test
  void probe_reportsAScriptErrorAMissingImageAndConsoleOutput() throws Exception {
    Path bad = tmp.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
        + "<img src=\"missing.png\"><script>console.log('hello');throw new Error('boom')</script>"
        + "</body></html>");
    HeadlessChromium.Output o = HeadlessChromium.at(chromium, tmp.resolve("c3"))
        .dumpDom(probed(bad, tmp.resolve("bad-probe.html")));
    assertThat(attribute(o.stdout(), "data-probe-errors")).isEqualTo("2");
    assertThat(attribute(o.stdout(), "data-probe-detail")).contains("boom", "missing.png");
    assertThat(o.consoleLines()).isNotEmpty();
  }

  /** A copy of {@code page} with {@link #PROBE} as the first element of its head. */
  private static Path probed(Path page, Path copy) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    int head = html.indexOf("<head>");
    assertThat(head).as("a <head> element").isNotNegative();
    Files.writeString(copy, html.substring(0, head + 6) + PROBE + html.substring(head + 6),
        StandardCharsets.UTF_8);
    return copy;
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    return m.find() ? m.group(1) : "(no " + name + " attribute: the load event did not run)";
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
