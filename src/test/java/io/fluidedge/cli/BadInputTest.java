package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "done when" inputs, each through the commands that read it: exit code 2, a message
 * on stderr that names the file (and the line, for trace rows and YAML) and no stack trace; a
 * {@code run} on bad input never creates its output directory.
 */
class BadInputTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** A bad trace: its content and the location the message must name ({@code :line:}). */
  static Stream<Arguments> badTraces() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    return Stream.of(
        Arguments.of("empty.csv", new byte[0], ":1:", "empty trace"),
        Arguments.of("nan.csv", bytes("time_s,user\n0.1,0\nNaN,1\n"), ":3:1:", "finite"),
        Arguments.of("decreasing.csv", bytes("time_s,user\n0.2,0\n0.3,1\n0.1,2\n"), ":4:1:",
            "before previous row"),
        Arguments.of("user.csv", bytes("time_s,user\n0.2,0\n0.3,9\n"), ":3:2:",
            "must be an integer in [0, 4)"),
        Arguments.of("random.csv", random, ":1:", "not a text CSV file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTraces")
  void validate_badTrace_exitsTwoNamingFileAndLine(String name, byte[] content, String line,
      String rule) throws Exception {
    Path trace = Files.write(dir.resolve(name), content);
    assertThat(execute("validate", trace.toString())).isEqualTo(2);
    assertBadInput(trace + line, rule);
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTraces")
  void run_badTrace_exitsTwoBeforeCreatingTheOutputDirectory(String name, byte[] content,
      String line, String rule) throws Exception {
    Path trace = Files.write(dir.resolve(name), content);
    Path scenario = Files.writeString(dir.resolve("trace.yaml"), "duration-s: 1\n"
        + "coherence-s: 0.1\noptimizer: {policy: fpa}\noutput: {plots: false}\n"
        + "traffic:\n  source: trace\n  trace: " + name + "\n");
    Path outDir = dir.resolve("out");
    assertThat(execute("run", scenario.toString(), "--out", outDir.toString())).isEqualTo(2);
    assertBadInput(name + line, rule);
    assertThat(outDir).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTraces")
  void validate_scenarioReplayingABadTrace_exitsTwoNamingTheTrace(String name, byte[] content,
      String line, String rule) throws Exception {
    Files.write(dir.resolve(name), content);
    Path scenario = Files.writeString(dir.resolve("trace.yaml"),
        "traffic:\n  source: trace\n  trace: " + name + "\n");
    assertThat(execute("validate", scenario.toString())).isEqualTo(2);
    assertBadInput(name + line, rule);
  }

  @Test
  void runAndValidate_mappedColumnMissingFromTheTrace_exitTwoAtTheMapping() throws Exception {
    Files.writeString(dir.resolve("llm.csv"), "arrived_at,num_prefill_tokens\n0.1,5\n");
    Path scenario = Files.writeString(dir.resolve("llm.yaml"), "traffic:\n  source: trace\n"
        + "  trace: llm.csv\n  columns: {time-s: arrived_at, tokens: num_decode_tokens}\n");
    assertThat(execute("run", scenario.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(2);
    assertBadInput(scenario + ":4:41: traffic.columns.tokens: column 'num_decode_tokens' is "
        + "not in the header of ", "llm.csv (arrived_at, num_prefill_tokens)");
    err.getBuffer().setLength(0);
    assertThat(execute("validate", scenario.toString())).isEqualTo(2);
    assertBadInput(scenario + ":4:41: traffic.columns.tokens:", "num_decode_tokens");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void validate_scenarioFileTooLargeToBeOne_exitsTwo() throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[9 << 20]);
    assertThat(execute("validate", big.toString())).isEqualTo(2);
    assertBadInput(big + ": is 9 MB; a scenario is at most 8 MB", "");
  }

  /** A bad scenario: its YAML, the line the message must name and what it must say. */
  static Stream<Arguments> badScenarios() {
    return Stream.of(
        Arguments.of("misspelt.yaml", "name: x\nradio:\n  bs-antenas: 8\n", ":3:3:",
            "radio.bs-antenas: unknown key; did you mean 'radio.bs-antennas'?"),
        Arguments.of("streams.yaml", "radio:\n  users: 5\n  user-antennas: 2\n  bs-antennas: 8\n",
            ":4:16:", "users x user-antennas = 5 x 2 = 10 exceeds bs-antennas = 8"),
        Arguments.of("panel.yaml", "radio:\n  panel-wavelengths: 2\n  bs-antennas: 100\n",
            ":3:16:", "panel of 2.0 wavelengths holds at most 25 antennas"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badScenarios")
  void everyScenarioCommand_badScenario_exitsTwoNamingFileAndLine(String name, String yaml,
      String line, String rule) throws Exception {
    Path scenario = Files.writeString(dir.resolve(name), yaml);
    Path outDir = dir.resolve("out");
    String[][] commands = {
        {"validate", scenario.toString()},
        {"optimize", scenario.toString()},
        {"optimize", scenario.toString(), "--json"},
        {"run", scenario.toString(), "--out", outDir.toString()}};
    for (String[] command : commands) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertThat(execute(command)).as(String.join(" ", command)).isEqualTo(2);
      assertBadInput(scenario + line, rule);
      assertThat(out.toString()).as("stdout of " + command[0]).isEmpty();
    }
    assertThat(outDir).doesNotExist();
  }

  @Test
  void run_nonEmptyOutputDirectory_isRefusedBeforeTheTraceIsRead() throws Exception {
    Path outDir = Files.createDirectories(dir.resolve("out"));
    Files.writeString(outDir.resolve("notes.txt"), "mine");
    Files.writeString(dir.resolve("bad.csv"), "time_s\nx\n");
    Path scenario = Files.writeString(dir.resolve("s.yaml"),
        "traffic: {source: trace, trace: bad.csv}\n");
    assertThat(execute("run", scenario.toString(), "--out", outDir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--out: output directory", "is not empty; use --force");
    assertThat(outDir.resolve("notes.txt")).hasContent("mine");
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void run_outputDirectoryBelowAFile_exitsTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path scenario = Files.writeString(dir.resolve("s.yaml"), "duration-s: 0.1\n");
    assertThat(execute("run", scenario.toString(), "--out", file.resolve("sub").toString()))
        .isEqualTo(2);
    assertBadInput("--out: cannot create output directory", "is not a directory");
  }

  @Test
  void runAndOptimize_badPluginSettings_exitTwoAtTheirLine() throws Exception {
    Path typo = Files.writeString(dir.resolve("typo.yaml"),
        "name: x\nplugins:\n  geometrc: {}\n");
    assertThat(execute("optimize", typo.toString())).isEqualTo(2);
    assertBadInput(typo + ":3:3: plugins.geometrc: unknown plugin 'geometrc'; known: ",
        "channel-model: correlated, geometric");
    err.getBuffer().setLength(0);
    Path settings = Files.writeString(dir.resolve("settings.yaml"),
        "plugins:\n  joint: {speed: 2}\n");
    assertThat(execute("run", settings.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(2);
    assertBadInput(settings + ":2:", "plugins.joint.speed: unknown key; plugin 'joint' takes no settings");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void traceGen_absurdArguments_exitTwoBeforeWriting() throws Exception {
    String out = dir.resolve("t.csv").toString();
    String[][] commands = {
        {"--rate-hz", "1e308", "--count", "5"},
        {"--kind", "bursty", "--rate-hz", "1", "--on-mean-s", "1e-300", "--count", "5"},
        {"--kind", "periodic", "--rate-hz", "1e9", "--duration-s", "1e9"},
        {"--rate-hz", "NaN", "--count", "5"}};
    String[] expected = {"--rate-hz: must be in (0, 1.0E9]", "--on-mean-s: must be in [0.001",
        "--duration-s: would write about 4.00e+18 requests", "--rate-hz: must be positive"};
    for (int i = 0; i < commands.length; i++) {
      err.getBuffer().setLength(0);
      String[] args = new String[commands[i].length + 3];
      args[0] = "trace";
      args[1] = "gen";
      args[2] = out;
      System.arraycopy(commands[i], 0, args, 3, commands[i].length);
      assertThat(execute(args)).as(String.join(" ", args)).isEqualTo(2);
      assertBadInput(expected[i], "");
    }
    assertThat(dir.resolve("t.csv")).doesNotExist();
  }

  @Test
  void plugins_unreadableJar_exitsTwo() throws Exception {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.writeString(plugins.resolve("broken.jar"), "not a zip");
    assertThat(execute("plugins", "--plugins", plugins.toString())).isEqualTo(2);
    assertBadInput("--plugins: not a readable jar: " + plugins.resolve("broken.jar"), "");
  }

  @Test
  void scenarioValuesThatWouldOverflow_exitTwoNamingTheKey() throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), "radio:\n  snr-db: 1e5\n");
    assertThat(execute("optimize", scenario.toString())).isEqualTo(2);
    assertBadInput(scenario + ":2:11: radio.snr-db: must be in [-100, 200]", "");
    for (String set : new String[] {"radio.carrier-hz=1e-300", "server.cpu-hz=1e-300",
        "model.feature-max=0", "radio.bandwidth-hz=1e-300", "duration-s=1e300"}) {
      err.getBuffer().setLength(0);
      assertThat(execute("optimize", scenario.toString(), "--set", "radio.snr-db=10", "--set",
          set)).as(set).isEqualTo(2);
      assertBadInput("--set " + set.substring(0, set.indexOf('=')) + ": ", "");
    }
  }

  private void assertBadInput(String location, String rule) {
    String text = err.toString();
    assertThat(text).startsWith("error: ").contains(location, rule);
    assertThat(text).doesNotContain("Exception", "\tat ", "internal error");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
