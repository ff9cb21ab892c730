package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.MappedChannelModel;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.sim.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short runs at the numerical extremes: summary.json, windows.csv and blocks.csv hold no NaN or
 * infinity (written as empty fields, "inf" or null by the writers) except the nulls of latency
 * statistics over zero completed requests.
 */
class ExtremeRunTest {

  private static final String SCENARIO = """
      duration-s: 0.5
      coherence-s: 0.05
      traffic: {rate-hz: 40}
      output: {window-s: 0.1, plots: false}
      """;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "radio.snr-db=-40",
      "radio.snr-db=90",
      "radio.snr-db=-100",
      "radio.snr-db=200",
      "radio.users=8;radio.user-antennas=1",
      "radio.snr-db=90;radio.paths=1",
      "model.sensitivity=1e-12",
      "model.sensitivity=1e3",
      "radio.bandwidth-hz=1",
      "radio.bandwidth-hz=1e12",
      "radio.snr-db=90;optimizer.solver=paper;optimizer.max-iterations=3;"
          + "optimizer.grid-wavelengths=1",
      "radio.snr-db=-40;optimizer.policy=fixed-bits;server.discipline=work-conserving"})
  void run_extremeSetting_outputsHoldNoNanOrInfinity(String sets) throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), SCENARIO);
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out",
        out.toString()));
    for (String set : sets.split(";")) {
      args.add("--set");
      args.add(set);
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr),
        args.toArray(new String[0]));
    assertThat(code).as("stderr: %s", stderr).isZero();
    assertFiniteOutputs(out);
  }

  @Test
  void run_coincidentUsers_outputsHoldNoNanOrInfinity() throws Exception {
    Scenario s = ScenarioLoader.load(SCENARIO + "radio: {snr-db: 90}\n", "s.yaml", List.of());
    PluginRegistry registry = PluginRegistry.load();
    ChannelModel geometric = registry.channelModel(s);
    ChannelModel coincident = new MappedChannelModel(geometric, c -> {
      List<UserChannel> users = new ArrayList<>(c.users());
      users.set(1, users.get(0));
      users.set(3, users.get(2));
      return new Channel(users, c.noisePower());
    });
    Components components = new Components(coincident, registry.accuracyModel(s),
        registry.policy(s), PluginRegistry.load().trafficSource(s));
    Path out = Files.createDirectories(dir.resolve("out"));
    try (RunRecorder rec = new RunRecorder(4, 0.1, false, false, out)) {
      RunResult r = NetworkSimulation.run(s, components, rec, () -> false);
      assertThat(r.completed()).isPositive();
      RunOutputs.write(out, RunInfo.of(s.name(), s.seed(), r.complete(), r.simulatedS(),
          r.inFlight()), rec, null);
    }
    assertFiniteOutputs(out);
  }

  /** The three contract files hold only finite numbers, and nulls only for empty statistics. */
  static void assertFiniteOutputs(Path out) throws Exception {
    for (String file : new String[] {"summary.json", "windows.csv", "blocks.csv"}) {
      String text = Files.readString(out.resolve(file)).toLowerCase(Locale.ROOT);
      assertThat(text).as(file).doesNotContainPattern("\\b(nan|inf|infinity)\\b");
    }
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    List<String> nulls = new ArrayList<>();
    nullPaths(summary, "", nulls);
    boolean none = summary.path("requests").path("completed").asLong() == 0;
    for (String path : nulls) {
      boolean emptyOverall = none && (path.startsWith("latency_s.") || path.equals("psnr_db_mean"));
      boolean emptyUser = path.startsWith("users[") && summary.path("users")
          .path(Integer.parseInt(path.substring(6, path.indexOf(']')))).path("completed")
          .asLong() == 0;
      assertThat(emptyOverall || emptyUser).as("null at %s", path).isTrue();
    }
    assertThat(summary.path("optimizer").path("blocks").asLong()).isEqualTo(10);

    List<String> windows = Files.readAllLines(out.resolve("windows.csv"));
    for (String row : windows.subList(1, windows.size())) {
      String[] f = row.split(",", -1);
      assertThat(f).as(row).hasSize(13);
      boolean empty = f[1].equals("0");
      for (int i = 0; i < f.length; i++) {
        if (!(empty && i >= 2)) {
          assertThat(Double.parseDouble(f[i])).as(row).isFinite();
        }
      }
    }
    List<String> blocks = Files.readAllLines(out.resolve("blocks.csv"));
    assertThat(blocks).hasSize(11);
    for (String row : blocks.subList(1, blocks.size())) {
      for (String f : row.split(",", -1)) {
        assertThat(Double.parseDouble(f)).as(row).isFinite();
      }
    }
  }

  private static void nullPaths(JsonNode node, String path, List<String> out) {
    if (node.isNull()) {
      out.add(path);
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        nullPaths(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        nullPaths(node.get(i), path + "[" + i + "]", out);
      }
    }
  }
}
