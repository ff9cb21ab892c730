package io.fluidedge.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * The folder's scenario.yaml through the command line (shortened to 0.2 s): the run has an
 * {@code energy} section and an {@code energy_combiner_j} column; bad settings exit 2 with the
 * line.
 */
class ScenarioRunTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private JsonNode energy(String... set) throws Exception {
    Path outDir = dir.resolve("out");
    String[] args = new String[5 + 2 * set.length + 2];
    int i = 0;
    args[i++] = "run";
    args[i++] = "scenario.yaml";
    args[i++] = "--out";
    args[i++] = outDir.toString();
    args[i++] = "--force";
    args[i++] = "--set";
    args[i++] = "duration-s=0.2";
    for (String s : set) {
      args[i++] = "--set";
      args[i++] = s;
    }
    assertThat(run(args)).as(err.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
    assertThat(Files.readAllLines(outDir.resolve("blocks.csv")).get(0))
        .endsWith(",energy_combiner_j");
    return summary.get("energy");
  }

  @Test
  void run_writesTheEnergySection() throws Exception {
    JsonNode e = energy();
    JsonNode inference = e.get("inference");
    assertThat(inference.get("requests").asLong()).isPositive();
    assertThat(inference.get("total_j").asDouble()).isCloseTo(
        inference.get("compute_j").asDouble() + inference.get("weights_j").asDouble()
            + inference.get("activations_j").asDouble(), within(1e-12));
    JsonNode combiners = e.get("combiners");
    assertThat(combiners.get("solver").asText()).isEqualTo("fast");
    assertThat(combiners.get("blocks").asLong()).isEqualTo(20);
    assertThat(combiners.get("mean_j_per_block").asDouble())
        .isEqualTo(combiners.get("closed_form_j_per_block").asDouble());
    assertThat(e.get("model").get("weight_bits").asInt()).isEqualTo(8);
    assertThat(e.get("power_w").asDouble()).isPositive();
  }

  @Test
  void run_paperSolverCostsItsIterationsOfRiemannianSteps() throws Exception {
    JsonNode c = energy("optimizer.solver=paper", "optimizer.max-iterations=3").get("combiners");
    assertThat(c.get("solver").asText()).isEqualTo("paper");
    double perIteration = c.get("paper_j_per_iteration").asDouble();
    double mean = c.get("mean_j_per_block").asDouble();
    assertThat(mean).isBetween(perIteration, 3 * perIteration);
    assertThat(mean).isGreaterThan(c.get("closed_form_j_per_block").asDouble());
  }

  @Test
  void run_badSettingExitsTwoWithItsLine() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "plugins:\n  energy:\n    alpha-pj: -1\n");
    assertThat(run("run", bad.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(err.toString()).contains(bad + ":3:15: plugins.energy.alpha-pj: must be > 0, "
        + "got -1.0");
  }
}
