package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that were accepted and then crashed (exit 1) or ran out of memory, and work far too
 * large to run: each is now refused up front with exit 2, a message naming the key or option and
 * the rule, and no output directory.
 */
class RefusedValuesTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  static Stream<Arguments> refusedSettings() {
    return Stream.of(
        Arguments.of(List.of("optimizer.max-iterations=2147483647"), "optimizer.max-iterations"),
        Arguments.of(List.of("optimizer.max-iterations=1000000000"), "optimizer.max-iterations"),
        Arguments.of(List.of("optimizer.antenna-speed-mps=1e-100"), "antenna-speed-mps"),
        Arguments.of(List.of("optimizer.control-delay-s=1e60"), "control-delay-s"),
        Arguments.of(List.of("coherence-s=1e-9", "duration-s=1"), "--allow-large"),
        Arguments.of(List.of("traffic.rate-hz=1e9"), "--allow-large"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSettings")
  void run_valueThatCrashedOrWasFarTooLarge_exitsTwoNamingIt(List<String> sets, String named)
      throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), "output: {plots: false}\n");
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out",
        dir.resolve("out").toString()));
    for (String s : sets) {
      args.add("--set");
      args.add(s);
    }
    assertThat(execute(args.toArray(String[]::new))).as("stderr: %s", err).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: ").contains(named).doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void run_tooLargeWithAllowLarge_passesTheEstimate() throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), "output: {plots: false}\n"
        + "optimizer: {policy: fpa}\nduration-s: 0.002\ncoherence-s: 0.001\n");
    // 1e9 requests/s for 2 ms: 8e6 requests, within the limits; 0.2 s: 8e8, beyond them.
    assertThat(execute("run", scenario.toString(), "--out", dir.resolve("a").toString(),
        "--set", "traffic.rate-hz=1e9", "--set", "duration-s=0.2")).isEqualTo(2);
    assertThat(err.toString()).contains("requests").contains("--allow-large");
  }

  @Test
  void reproduce_drawsBeyondTheCap_exitsTwo() {
    for (String draws : new String[] {"2147483647", "1000000"}) {
      assertThat(execute("reproduce", "fig3", "--draws", draws, "--out",
          dir.resolve("r").toString())).isEqualTo(2);
      assertThat(err.toString()).contains("--draws must be at most");
      assertThat(dir.resolve("r")).doesNotExist();
    }
  }

  @Test
  void run_deviceAsScenario_readsAtMostTheCapAndExitsTwo() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    assertThat(execute("run", zero.toString(), "--out", dir.resolve("z").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("/dev/zero").contains("larger than 8 MB");
  }

  @Test
  void compare_badTrace_exitsTwoBeforeCreatingTheOutputDirectory() throws Exception {
    Files.writeString(dir.resolve("bad.csv"), "time_s,user\n0.2,0\n0.1,1\n");
    Path scenario = Files.writeString(dir.resolve("t.yaml"), "duration-s: 1\n"
        + "coherence-s: 0.1\noutput: {plots: false}\ntraffic: {source: trace, trace: bad.csv}\n");
    assertThat(execute("compare", scenario.toString(), "--policies", "fpa", "--out",
        dir.resolve("c").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.csv:3:");
    assertThat(dir.resolve("c")).doesNotExist();
  }
}
