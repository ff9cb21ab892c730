package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String SCENARIO = String.join("\n",
      "name: tiny",
      "duration-s: 1",
      "coherence-s: 0.02",
      "radio: {evolution: gauss-markov}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 30}",
      "output: {window-s: 0.1, plots: false, requests-csv: true, trace-json: true}",
      "");

  private static final List<String> CONTRACT_FILES = List.of("summary.json", "windows.csv",
      "blocks.csv", "latency.hlog", "requests.csv.gz", "trace.json", "scenario.yaml");

  @TempDir
  Path tmp;

  private int run(Path scenario, Path out, String... extra) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] args = new String[3 + extra.length];
    args[0] = "run";
    args[1] = scenario.toString();
    args[2] = "--out=" + out;
    System.arraycopy(extra, 0, args, 3, extra.length);
    return Main.execute(new PrintWriter(o), new PrintWriter(e), args);
  }

  /**
   * Blanks every CSV column and JSON field whose name contains _wall_, and drops summary.json's
   * last section, the machine-dependent provenance ({@link Fixtures#withoutProvenance}).
   */
  static String maskWall(String name, String text) {
    if (name.endsWith(".json")) {
      return Fixtures.withoutProvenance(text)
          .replaceAll("(\"[a-z0-9_]*_wall_[a-z0-9_]*\"\\s*:\\s*)[-0-9.eE]+", "$1#");
    }
    String[] lines = text.split("\n", -1);
    String[] header = lines[0].split(",", -1);
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      for (int i = 0; i < cells.length; i++) {
        if (i < header.length && header[i].contains("_wall_") && line != lines[0]) {
          cells[i] = "#";
        }
      }
      sb.append(String.join(",", cells)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void run_writesEveryContractFile_andTwoRunsAgreeByteForByte() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    assertThat(run(scenario, tmp.resolve("a"))).isZero();
    assertThat(run(scenario, tmp.resolve("b"))).isZero();
    for (String f : CONTRACT_FILES) {
      assertThat(tmp.resolve("a").resolve(f)).exists();
    }
    for (String f : List.of("summary.json", "windows.csv", "blocks.csv")) {
      String a = Files.readString(tmp.resolve("a").resolve(f));
      String b = Files.readString(tmp.resolve("b").resolve(f));
      assertThat(maskWall(f, a)).as(f).isEqualTo(maskWall(f, b));
    }
    assertThat(Files.readString(tmp.resolve("a/windows.csv")).lines().findFirst().orElseThrow())
        .isEqualTo("window_start_s,count,mean_s,p50_s,p90_s,p99_s,max_s,mean_psnr_db,"
            + "arrivals,completions,uplink_queue_mean,server_queue_mean,server_utilisation");
    assertThat(Files.readString(tmp.resolve("a/blocks.csv")).lines().findFirst().orElseThrow())
        .startsWith("block,time_s,loss,iterations,opt_wall_ms,rate_bps_hz_0,rate_bps_hz_1,"
            + "rate_bps_hz_2,rate_bps_hz_3,bits_0,bits_1,bits_2,bits_3");
    JsonNode summary = new ObjectMapper().readTree(tmp.resolve("a/summary.json").toFile());
    for (String key : List.of("scenario", "seed", "complete", "simulated_s", "requests",
        "latency_s", "psnr_db_mean", "users", "optimizer")) {
      assertThat(summary.has(key)).as(key).isTrue();
    }
    JsonNode req = summary.get("requests");
    assertThat(req.get("arrived").asLong()).isEqualTo(req.get("completed").asLong()
        + req.get("in_flight").asLong() + req.get("dropped").asLong());
    assertThat(summary.get("complete").asBoolean()).isTrue();
    assertThat(summary.get("optimizer").get("blocks").asLong()).isEqualTo(50);
  }

  @Test
  void run_correlatedChannel_everyEvolutionRuns_andTwoRunsAgreeByteForByte() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    for (String evolution : List.of("static", "iid", "gauss-markov")) {
      String[] set = {"--set", "radio.channel=correlated", "--set", "radio.evolution=" + evolution};
      Path a = tmp.resolve("ca-" + evolution);
      Path b = tmp.resolve("cb-" + evolution);
      assertThat(run(scenario, a, set)).isZero();
      assertThat(run(scenario, b, set)).isZero();
      for (String f : List.of("summary.json", "windows.csv", "blocks.csv")) {
        assertThat(maskWall(f, Files.readString(a.resolve(f))))
            .as(evolution + " " + f).isEqualTo(maskWall(f, Files.readString(b.resolve(f))));
      }
      JsonNode summary = new ObjectMapper().readTree(a.resolve("summary.json").toFile());
      assertThat(summary.get("complete").asBoolean()).isTrue();
      assertThat(summary.get("requests").get("completed").asLong()).isPositive();
      assertThat(Files.readString(a.resolve("scenario.yaml"))).contains("channel: correlated");
    }
  }

  @Test
  void run_badPortSpacing_exitsTwoNamingTheKey() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    for (String bad : List.of("0.7", "0", "-1")) {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int code = Main.execute(new PrintWriter(o), new PrintWriter(e), "run", scenario.toString(),
          "--out=" + tmp.resolve("bad"), "--set", "radio.channel=correlated",
          "--set", "radio.port-spacing-wavelengths=" + bad);
      assertThat(code).isEqualTo(2);
      assertThat(e.toString()).contains("radio.port-spacing-wavelengths").doesNotContain("\tat ");
    }
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(e), "run",
        scenario.toString(), "--out=" + tmp.resolve("big"), "--set", "radio.channel=correlated",
        "--set", "radio.panel-wavelengths=40");
    assertThat(code).isEqualTo(2);
    assertThat(e.toString()).contains("radio.port-spacing-wavelengths", "ports exceed");
  }

  @Test
  void run_anotherSeedChangesTheOutputs() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    assertThat(run(scenario, tmp.resolve("a"))).isZero();
    assertThat(run(scenario, tmp.resolve("b"), "--seed=2")).isZero();
    String a = Files.readString(tmp.resolve("a/windows.csv"));
    String b = Files.readString(tmp.resolve("b/windows.csv"));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void run_refusesANonEmptyOutputDirectoryWithoutForce() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    Path out = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    assertThat(run(scenario, out)).isEqualTo(2);
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    assertThat(run(scenario, out, "--force")).isZero();
    assertThat(out.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void maskWall_blanksOnlyWallColumns() {
    String csv = "block,opt_wall_ms,loss\n0,1.5,2\n";
    assertThat(maskWall("x.csv", csv)).isEqualTo("block,opt_wall_ms,loss\n0,#,2\n\n");
    assertThat(Pattern.compile("#").matcher(maskWall("s.json", "{\"opt_wall_ms_p99\": 3.5}")).find())
        .isTrue();
  }
}
