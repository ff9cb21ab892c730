package io.fluidedge.multispin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder's scenario.yaml through the command line (shortened): the section and columns
 * exist, runs are deterministic, the controls share acceptance draws, and bad settings exit 2.
 */
class ScenarioRunTest {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  private JsonNode spin(String name, String... set) throws Exception {
    Path out = dir.resolve(name);
    String[] args = new String[7 + 2 * set.length];
    int i = 0;
    args[i++] = "run";
    args[i++] = "scenario.yaml";
    args[i++] = "--out";
    args[i++] = out.toString();
    args[i++] = "--force";
    args[i++] = "--set";
    args[i++] = "duration-s=0.5";
    for (String s : set) {
      args[i++] = "--set";
      args[i++] = s;
    }
    assertThat(run(args)).as(err.toString()).isZero();
    assertThat(Files.readAllLines(out.resolve("blocks.csv")).get(0))
        .endsWith(",spin_gamma_0,spin_gamma_1,spin_gamma_2,spin_gamma_3");
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("multi-spin");
  }

  @Test
  void run_isDeterministicAndHeterogeneousBeatsTheFixedBaseline() throws Exception {
    JsonNode a = spin("a");
    JsonNode b = spin("b");
    assertThat(a).isEqualTo(b);
    assertThat(a.get("rounds").asLong()).isPositive();
    JsonNode fixed = spin("fixed", "plugins.multi-spin.control=fixed");
    JsonNode homo = spin("homo", "plugins.multi-spin.control=homogeneous");
    double het = a.get("model_goodput_tokens_per_s_mean").asDouble();
    assertThat(het).isGreaterThanOrEqualTo(
        homo.get("model_goodput_tokens_per_s_mean").asDouble());
    assertThat(het).isGreaterThan(fixed.get("model_goodput_tokens_per_s_mean").asDouble());
  }

  @Test
  void badSetting_exitsTwoNamingTheKey() {
    int code = run("run", "scenario.yaml", "--out", dir.resolve("bad").toString(), "--force",
        "--set", "plugins.multi-spin.alpha=0.5,0.6");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("alpha").contains("4 comma-separated");
  }
}
