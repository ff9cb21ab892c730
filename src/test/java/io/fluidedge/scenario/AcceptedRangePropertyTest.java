package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.cli.Main;
import io.fluidedge.scenario.YamlNode.ScalarNode;
import io.fluidedge.scenario.YamlNode.ScalarNode.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric scenario key driven to the edges of what the validator accepts (its plausibility
 * ranges, their neighbours just outside, and the extremes of the number types): a short run
 * either succeeds (exit 0) or refuses the value (exit 2, naming the key), never an internal error
 * (exit 1).
 */
class AcceptedRangePropertyTest {

  /** A short, small run the value under test is set into. */
  private static final String BASE = """
      name: edges
      duration-s: 0.002
      coherence-s: 0.001
      radio: {users: 1, user-antennas: 1, bs-antennas: 2}
      traffic: {rate-hz: 1000}
      output: {window-s: 0.001, plots: false}
      """;

  /** Values every numeric key is driven to. */
  private static final List<String> EXTREMES = List.of("0", "-1", "1", "4.9e-324", "1e-300",
      "1e300", "2147483647", "-2147483648", "9223372036854775807", ".inf", "-.inf", ".nan");

  @TempDir
  Path dir;

  static Stream<Arguments> edges() {
    List<Arguments> cases = new ArrayList<>();
    for (Map.Entry<String, YamlNode.Entry> e : Schema.get().leaves().entrySet()) {
      if (!(e.getValue().value() instanceof ScalarNode s)
          || (s.kind() != Kind.INT && s.kind() != Kind.FLOAT)) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>(EXTREMES);
      double[] range = ScenarioValidator.range(e.getKey());
      if (range != null) {
        for (double bound : range) {
          values.add(literal(bound));
          values.add(literal(Math.nextDown(bound)));
          values.add(literal(Math.nextUp(bound)));
        }
      }
      for (String v : values) {
        cases.add(Arguments.of(e.getKey(), v));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}={1}")
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @MethodSource("edges")
  void run_numericKeyAtAnEdge_succeedsOrRefusesIt(String key, String value) throws Exception {
    Path scenario = Files.writeString(dir.resolve("edges.yaml"), BASE);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "run",
        scenario.toString(), "--out", dir.resolve("out").toString(), "--set", key + "=" + value);
    assertThat(code).as("exit code; stderr: %s", err).isIn(0, 2);
    if (code == 2) {
      assertThat(err.toString()).startsWith("error: ").doesNotContain("\tat ");
    }
  }

  private static String literal(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
