package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.external.FakeAgent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optimizer.policy: external} end to end, with {@link FakeAgent} as the child process:
 * the protocol's round trip, an agent that reproduces a built-in policy byte for byte, and each
 * way an agent can fail (exit 2, the block and field named, partial outputs marked incomplete).
 */
class ExternalRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SCENARIO = String.join("\n",
      "name: tiny",
      "duration-s: 0.2",
      "coherence-s: 0.02",
      "radio: {evolution: gauss-markov}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 60}",
      "output: {window-s: 0.1, plots: false}",
      "");

  @TempDir
  Path tmp;

  private String err;

  private int run(String dir, String... extra) throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(),
        "--out=" + tmp.resolve(dir)));
    for (String s : extra) {
      args.add("--set");
      args.add(s);
    }
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), args.toArray(String[]::new));
    err = e.toString();
    return code;
  }

  /** The --set value that starts FakeAgent in {@code mode} on the test class path. */
  private static String agent(String mode, Path log) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> words = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), FakeAgent.class.getName(), mode));
    if (log != null) {
      words.add(log.toString());
    }
    List<String> quoted = new ArrayList<>();
    for (String w : words) {
      quoted.add("'" + w + "'");
    }
    return "plugins.external.command=[" + String.join(", ", quoted) + "]";
  }

  private String read(String dir, String file) throws IOException {
    return RunCommandTest.maskWall(file, Files.readString(tmp.resolve(dir).resolve(file)));
  }

  @ParameterizedTest
  @CsvSource({"fpa, fpa", "joint, joint"})
  void external_agentLeavingTheRestToTheOptimizer_equalsTheBuiltInPolicyByteForByte(
      String mode, String policy) throws IOException {
    assertThat(run("builtin", "optimizer.policy=" + policy)).isZero();
    assertThat(run("agent", "optimizer.policy=external", agent(mode, null))).as(err).isZero();
    for (String f : List.of("blocks.csv", "windows.csv")) {
      assertThat(read("agent", f)).as(f).isEqualTo(read("builtin", f));
    }
    String summary = read("agent", "summary.json").replace("\"external\"", "\"" + policy + "\"");
    assertThat(summary).isEqualTo(read("builtin", "summary.json"));
  }

  @Test
  void compare_externalAgentReproducingFpa_pairedDifferencesAreZero() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), "compare",
        scenario.toString(), "--policies", "fpa,external", "--replications", "2",
        "--parallel", "1", "--out", tmp.resolve("cmp").toString(), "--set",
        agent("fpa", null));
    assertThat(code).as(e.toString()).isZero();
    List<String> rows = Files.readAllLines(tmp.resolve("cmp/compare.csv"));
    assertThat(rows.stream().filter(r -> r.startsWith("external,"))).hasSize(6)
        .allSatisfy(r -> assertThat(r).endsWith(",0,0"));
  }

  @Test
  void external_roundTrip_observationsReportTheAllocationInForceAndEveryCompletion()
      throws IOException {
    Path log = tmp.resolve("agent.log");
    assertThat(run("agent", "optimizer.policy=external", agent("bits=5", log))).as(err).isZero();
    List<JsonNode> messages = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      messages.add(JSON.readTree(line));
    }
    JsonNode hello = messages.get(0);
    assertThat(hello.get("type").asText()).isEqualTo("hello");
    assertThat(hello.get("protocol").asInt()).isEqualTo(1);
    assertThat(hello.get("blocks").asInt()).isEqualTo(10);
    assertThat(messages).hasSize(12);
    JsonNode end = messages.get(11);
    assertThat(end.get("type").asText()).isEqualTo("end");
    List<String> rows = Files.readAllLines(tmp.resolve("agent/blocks.csv"));
    long completed = sum(end.get("previous").get("completed"));
    for (int k = 0; k < 10; k++) {
      JsonNode obs = messages.get(k + 1);
      assertThat(obs.get("block").asInt()).isEqualTo(k);
      assertThat(obs.get("time_s").asDouble()).isEqualTo(k * 0.02);
      completed += sum(obs.get("previous").get("completed"));
      if (k > 0) {
        for (JsonNode b : obs.get("bits")) {
          assertThat(b.asInt()).isEqualTo(5);
        }
        // The previous decision's loss is the previous blocks.csv row's.
        double loss = Double.parseDouble(rows.get(k).split(",")[2]);
        assertThat(obs.get("previous").get("loss").asDouble())
            .isCloseTo(loss, within(1e-9 * Math.abs(loss)));
      }
      for (JsonNode q : obs.get("queue_requests")) {
        assertThat(q.asLong()).isNotNegative();
      }
    }
    JsonNode summary = JSON.readTree(tmp.resolve("agent/summary.json").toFile());
    assertThat(completed).isEqualTo(summary.get("requests").get("completed").asLong());
    assertThat(rows.get(0)).startsWith("block,time_s,loss");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "garbage           | block 2: reply: not valid JSON",
      "wrong-block       | block 2: block: expected 2, got 3",
      "bits-out-of-range | block 2: bits[0]: must be a whole number in 1..16",
      "wrong-length      | block 2: bits: expected an array of 4 values, got 5 values",
      "cpu-not-summing   | block 2: cpu_hz: the shares must sum to server.cpu-hz",
      "cpu-negative      | block 2: cpu_hz[0]: must be > 0",
      "outside           | block 2: positions_m[1]: (-0.5, ",
      "too-close         | block 2: positions_m[1]: is 1.0E-4 m from positions_m[0]",
      "crash             | block 2: action: the agent exited with code 3 before replying",
      "wrong-protocol    | external agent handshake: protocol: this simulator speaks protocol 1"})
  void external_invalidReply_stopsWithExit2NamingBlockAndField_andWritesPartialOutputs(
      String mode, String message) throws IOException {
    assertThat(run("out", "optimizer.policy=external", agent(mode, null))).isEqualTo(2);
    assertThat(err).startsWith("error: " + message).doesNotContain("Exception")
        .contains("\"complete\": false");
    partialOutputs(mode.equals("wrong-protocol") ? 0 : 2);
  }

  @Test
  void external_silentAgent_timesOutWithExit2() throws IOException {
    assertThat(run("out", "optimizer.policy=external", "plugins.external.timeout-s=2",
        agent("silent", null))).isEqualTo(2);
    assertThat(err).startsWith("error: block 2: action: no reply within the timeout of 2.0 s (plugins.external.timeout-s)");
    partialOutputs(2);
  }

  @Test
  void external_missingCommand_isBadInput() throws IOException {
    assertThat(run("out", "optimizer.policy=external")).isEqualTo(2);
    assertThat(err).contains("plugins.external.command").contains("required");
  }

  private void partialOutputs(int blocksDecided) throws IOException {
    JsonNode summary = JSON.readTree(tmp.resolve("out/summary.json").toFile());
    assertThat(summary.get("complete").asBoolean()).isFalse();
    assertThat(Files.readAllLines(tmp.resolve("out/blocks.csv"))).hasSize(1 + blocksDecided);
  }

  private static long sum(JsonNode counts) {
    long s = 0;
    for (JsonNode c : counts) {
      s += c.asLong();
    }
    return s;
  }
}
