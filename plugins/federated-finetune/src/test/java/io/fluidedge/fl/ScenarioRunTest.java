package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder's scenario.yaml through the command line, shortened to 4 rounds: fl-rounds.csv and
 * the {@code fl} section are written and agree; the same seed gives the same rounds; selection
 * rules see the same channels (the core's blocks.csv is identical); bad settings exit 2 with
 * their line.
 */
class ScenarioRunTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Runs the scenario for 4 rounds into {@code name} with extra {@code --set}s. */
  private Path runScenario(String name, String... set) {
    Path outDir = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("run", "scenario.yaml", "--out",
        outDir.toString(), "--force", "--set", "duration-s=45", "--set", "plugins.fl.rounds=4",
        "--set", "plugins.fl.budget-latency-s=40", "--set", "plugins.fl.concurrency=2"));
    for (String s : set) {
      args.add("--set");
      args.add(s);
    }
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
    return outDir;
  }

  private static JsonNode fl(Path outDir) throws Exception {
    return new ObjectMapper().readTree(outDir.resolve("summary.json").toFile()).get("fl");
  }

  @Test
  void run_writesTheRoundsCsvAndTheSection() throws Exception {
    Path o = runScenario("a");
    List<String> lines = Files.readAllLines(o.resolve("fl-rounds.csv"));
    assertThat(lines).hasSize(5);
    List<String> header = List.of(lines.get(0).split(","));
    JsonNode fl = fl(o);
    assertThat(fl.get("rounds_completed").asInt()).isEqualTo(4);
    assertThat(fl.get("stopped_by").asText()).isEqualTo("rounds");
    double latency = 0;
    double energy = 0;
    for (String line : lines.subList(1, 5)) {
      String[] v = line.split(",", -1);
      double parts = 0;
      for (String c : List.of("movement_s", "broadcast_s", "compute_s", "upload_s")) {
        parts += Double.parseDouble(v[header.indexOf(c)]);
      }
      double roundLatency = Double.parseDouble(v[header.indexOf("latency_s")]);
      assertThat(roundLatency).isCloseTo(parts, within(1e-6 * parts));
      latency += roundLatency;
      double clients = 0;
      for (int k = 0; k < 10; k++) {
        clients += Double.parseDouble(v[header.indexOf("energy_j_client_" + k)]);
      }
      double roundEnergy = Double.parseDouble(v[header.indexOf("energy_j")]);
      assertThat(clients).isCloseTo(roundEnergy, within(1e-6 * roundEnergy));
      energy += roundEnergy;
      assertThat(v[header.indexOf("clients")].split(";")).hasSize(2);
      assertThat(Double.parseDouble(v[header.indexOf("mse")]))
          .isLessThanOrEqualTo(Double.parseDouble(v[header.indexOf("mse_zero_forcing")]));
      assertThat(Double.parseDouble(v[header.indexOf("min_spacing_m")]))
          .isGreaterThanOrEqualTo(299_792_458 / 3.5e9 / 2 * (1 - 1e-9));
    }
    assertThat(fl.get("elapsed_s").asDouble()).isCloseTo(latency, within(1e-6 * latency));
    assertThat(fl.get("energy_j").asDouble()).isCloseTo(energy, within(1e-6 * energy));
    assertThat(latency).isLessThanOrEqualTo(40);
    assertThat(fl.get("bound_final").asDouble()).isLessThan(fl.get("bound_initial").asDouble());
    long sum = 0;
    for (JsonNode n : fl.get("participation")) {
      sum += n.asLong();
    }
    assertThat(sum).isEqualTo(8);
  }

  @Test
  void run_sameSeedGivesTheSameRounds() throws Exception {
    Path a = runScenario("a");
    Path b = runScenario("b");
    assertThat(Files.readString(b.resolve("fl-rounds.csv")))
        .isEqualTo(Files.readString(a.resolve("fl-rounds.csv")));
    assertThat(fl(b)).isEqualTo(fl(a));
  }

  @Test
  void selectionRules_seeTheSameChannels() throws Exception {
    Path a = runScenario("a", "plugins.fl.selection=random");
    Path b = runScenario("b", "plugins.fl.selection=round-robin");
    // The core's per-block decisions depend on the channel only: identical (wall times aside).
    assertThat(withoutWall(b.resolve("blocks.csv"))).isEqualTo(withoutWall(a.resolve("blocks.csv")));
    assertThat(Files.readString(b.resolve("fl-rounds.csv")))
        .isNotEqualTo(Files.readString(a.resolve("fl-rounds.csv")));
  }

  private static List<String> withoutWall(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    int wall = List.of(lines.get(0).split(",")).indexOf("opt_wall_ms");
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String[] v = line.split(",", -1);
      v[wall] = "";
      out.add(String.join(",", v));
    }
    return out;
  }

  @Test
  void perBlockUpload_equalsHoldOnAStaticChannelAndDiffersOnAnEvolvingOne() throws Exception {
    List<Double> hold = column(runScenario("hold", "radio.evolution=static"), "mse");
    List<Double> perBlock = column(runScenario("per", "radio.evolution=static",
        "plugins.fl.upload-channel=per-block"), "mse");
    assertThat(perBlock).hasSameSizeAs(hold);
    for (int i = 0; i < hold.size(); i++) {
      assertThat(perBlock.get(i)).isCloseTo(hold.get(i), within(1e-9 * hold.get(i)));
    }
    List<Double> evolving = column(runScenario("hold2"), "mse");
    List<Double> evolvingPerBlock = column(runScenario("per2",
        "plugins.fl.upload-channel=per-block"), "mse");
    assertThat(evolvingPerBlock).isNotEqualTo(evolving);
  }

  private static List<Double> column(Path outDir, String name) throws Exception {
    List<String> lines = Files.readAllLines(outDir.resolve("fl-rounds.csv"));
    int at = List.of(lines.get(0).split(",")).indexOf(name);
    List<Double> values = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      values.add(Double.parseDouble(line.split(",", -1)[at]));
    }
    return values;
  }

  @Test
  void run_badSettingExitsTwoWithItsLine() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "radio: {users: 4, bs-antennas: 8}\nplugins:\n  fl:\n"
        + "    selection: best\n");
    assertThat(run("run", bad.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(err.toString()).contains(bad + ":4:16: plugins.fl.selection: expected "
        + "exhaustive, fair-exhaustive, top-gain, random or round-robin, got 'best'");
  }

  @Test
  void run_budgetsThatLeaveNoComputeTimeExitTwo() throws Exception {
    Path bad = dir.resolve("tight.yaml");
    Files.writeString(bad, "radio: {users: 4, bs-antennas: 8}\nplugins:\n  fl:\n"
        + "    budget-latency-s: 10\n");
    assertThat(run("run", bad.toString(), "--out", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("plugins.fl.budget-latency-s: budget-latency-s leaves no "
        + "compute time");
  }
}
