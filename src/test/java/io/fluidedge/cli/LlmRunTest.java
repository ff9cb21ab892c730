package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scenarios/llm-trace.yaml through the command line: token metrics in the report, summary.json
 * and requests.csv.gz, consistent with each other; a run of another discipline has none.
 */
class LlmRunTest {

  @TempDir
  Path dir;

  @Test
  void llmTrace_reportsTokenMetricsEverywhere() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path o = dir.resolve("llm");
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "run",
        "scenarios/llm-trace.yaml", "--out", o.toString(), "--set", "duration-s=1",
        "--set", "output.requests-csv=true", "--set", "output.plots=false");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("TTFT: p50").contains("SLO (TTFT <= 1 s");

    JsonNode summary = new ObjectMapper().readTree(o.resolve("summary.json").toFile());
    JsonNode tokens = summary.get("tokens");
    long completed = summary.get("requests").get("completed").asLong();
    assertThat(completed).isPositive();
    assertThat(tokens.get("ttft_s").get("p50").asDouble()).isPositive();
    assertThat(tokens.get("slo_attainment").asDouble()).isBetween(0.0, 1.0);
    assertThat(summary.get("users").get(0).has("ttft_s")).isTrue();

    long generated = 0;
    long rows = 0;
    long met = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(o.resolve("requests.csv.gz"))), StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split(",");
      assertThat(header).endsWith("prefill_tokens", "decode_tokens", "first_token_s", "ttft_s",
          "tpot_s", "status", "warmup");
      int n = header.length - 2;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        if (!f[n].equals("completed")) {
          continue;
        }
        rows++;
        generated += Long.parseLong(f[n - 4]);
        double ttft = Double.parseDouble(f[n - 2]);
        double tpot = f[n - 1].isEmpty() ? 0 : Double.parseDouble(f[n - 1]);
        met += ttft <= 1 && tpot <= 0.1 ? 1 : 0;
      }
    }
    assertThat(rows).isEqualTo(completed);
    assertThat(tokens.get("generated").asLong()).isEqualTo(generated);
    assertThat(tokens.get("slo_attainment").asDouble()).isEqualTo((double) met / rows);
    List<String> windows = Files.readAllLines(o.resolve("windows.csv"));
    List<String> columns = List.of(windows.get(0).split(","));
    assertThat(columns).endsWith("tokens", "ttft_mean_s", "tpot_mean_s", "token_slo_attainment");
    long windowTokens = 0;
    for (String line : windows.subList(1, windows.size())) {
      windowTokens += Long.parseLong(line.split(",", -1)[columns.indexOf("tokens")]);
    }
    assertThat(windowTokens).isEqualTo(generated);
  }

  @Test
  void otherDisciplines_haveNoTokenKeys() throws Exception {
    Path o = dir.resolve("cpu");
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "run", "scenarios/llm-trace.yaml", "--out", o.toString(), "--set", "duration-s=0.5",
        "--set", "server.discipline=partitioned", "--set", "output.plots=false");
    assertThat(code).isZero();
    JsonNode summary = new ObjectMapper().readTree(o.resolve("summary.json").toFile());
    assertThat(summary.has("tokens")).isFalse();
    assertThat(summary.get("users").get(0).has("ttft_s")).isFalse();
  }
}
