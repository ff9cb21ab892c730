package io.fluidedge.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.plots.Folders.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static final String WINDOWS = "window_start_s,count,mean_s,p50_s,p90_s,p99_s,max_s,"
      + "mean_psnr_db\n0,2,0.004,0.003,0.005,0.005,0.005,50\n0.1,0,,,,,,\n";

  private static Path runFolder(Path dir, String summary) throws Exception {
    Files.writeString(dir.resolve("summary.json"), summary);
    Files.writeString(dir.resolve("windows.csv"), WINDOWS);
    Files.writeString(dir.resolve("scenario.yaml"), "name: <tiny> & co\nseed: 4\n");
    return dir;
  }

  @Test
  void html_runHasEverySectionAndEscapesText(@TempDir Path dir) throws Exception {
    runFolder(dir, "{\"scenario\":\"tiny\",\"seed\":4,\"complete\":true,"
        + "\"latency_s\":{\"p50\":0.003},\"users\":[{\"user\":0,\"completed\":2}]}");
    String html = Report.html(dir, Kind.RUN);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("scenario tiny, seed 4",
        "<th class=\"text\">latency_s.p50</th><td class=\"text\">0.003</td>",
        "name: &lt;tiny&gt; &amp; co", "windows.csv:", "<td>0.003</td>");
    assertThat(html).contains("<svg id='latency_percentiles'", "<svg id='latency_cdf'",
        "<svg id='antenna_positions'");
    // Self-contained: nothing fetched, no scripts.
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "href=\"http",
        "@import");
    assertThat(html).contains("Provenance not recorded");
  }

  @Test
  void html_rendersTheProvenanceObjectWhenSummaryJsonHasOne(@TempDir Path dir) throws Exception {
    runFolder(dir, "{\"scenario\":\"tiny\",\"seed\":4,\"provenance\":{\"version\":\"0.1.0\","
        + "\"commit\":\"abc123\",\"java\":\"17.0.9\",\"scenario_sha256\":\"ff00\","
        + "\"command_line\":[\"run\",\"s.yaml\"]}}");
    String html = Report.html(dir, Kind.RUN);
    assertThat(html).doesNotContain("Provenance not recorded").contains(
        "<th class=\"text\">commit</th><td class=\"text\">abc123</td>",
        "<th class=\"text\">scenario_sha256</th><td class=\"text\">ff00</td>",
        "[&quot;run&quot;,&quot;s.yaml&quot;]");
  }

  @Test
  void provenance_ofAnAggregateComesFromItsJsonFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), "not json");
    Files.writeString(dir.resolve("b.json"), "{\"provenance\":{\"commit\":\"beef\"}}");
    assertThat(Report.provenance(dir, null).path("commit").asText()).isEqualTo("beef");
    Files.delete(dir.resolve("b.json"));
    assertThat(Report.provenance(dir, null)).isNull();
  }

  @Test
  void escape_coversMarkupCharacters() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }
}
