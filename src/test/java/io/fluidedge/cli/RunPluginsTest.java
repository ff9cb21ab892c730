package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} with plugins chosen in the scenario: entity sections and columns, bad names. */
class RunPluginsTest {

  private static final String SMALL = """
      duration-s: 0.2
      coherence-s: 0.02
      radio: {users: 2, user-antennas: 1, bs-antennas: 4}
      optimizer: {max-iterations: 5}
      output: {window-s: 0.05, plots: false}
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String yaml) throws Exception {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, yaml);
    return Main.execute(new PrintWriter(out), new PrintWriter(err), "run", scenario.toString(),
        "--out", dir.resolve("out").toString());
  }

  @Test
  void run_entityPluginAddsItsSummarySectionAndBlockColumn() throws Exception {
    assertThat(run(SMALL + "plugins:\n  occupancy: {sample-period-s: 0.01}\n"))
        .as(err.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.get("occupancy").get("samples").asLong()).isBetween(19L, 20L);
    assertThat(summary.get("occupancy").has("time_average_in_system")).isTrue();
    String header = Files.readAllLines(dir.resolve("out/blocks.csv")).get(0);
    assertThat(header).endsWith(",occupancy_in_system");
  }

  @Test
  void run_unknownPluginExitsTwoListingTheKnownNames() throws Exception {
    assertThat(run(SMALL + "plugins:\n  energy: {}\n")).isEqualTo(2);
    assertThat(err.toString()).contains("s.yaml:7:3: plugins.energy: unknown plugin 'energy'; "
        + "known: channel-model: correlated, geometric; accuracy-model: psnr; policy: ",
        "traffic-source: poisson, trace; entity-plugin: occupancy");
    assertThat(Files.exists(dir.resolve("out/summary.json"))).isFalse();
  }

  @Test
  void run_unknownTrafficSourceExitsTwo() throws Exception {
    assertThat(run(SMALL + "traffic: {source: replay}\n")).isEqualTo(2);
    assertThat(err.toString()).contains(
        "traffic.source: unknown traffic-source 'replay'; known: poisson, trace");
  }
}
