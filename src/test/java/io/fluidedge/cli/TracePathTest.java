package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relative trace path is resolved against the scenario file's folder only: never against the
 * working directory, where a file of the same name would silently be replayed instead.
 */
class TracePathTest {

  @TempDir
  Path dir;

  private static final String SCENARIO = "duration-s: 0.2\ncoherence-s: 0.05\n"
      + "output: {plots: false}\ntraffic: {source: trace, trace: %s}\n";

  private int run(Path scenario, StringWriter err) {
    return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
        scenario.toString(), "--out", dir.resolve("out").toString(), "--force");
  }

  @Test
  void relativeTrace_isReadBesideTheScenario() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("mine.csv"), "time_s,user\n0.01,0\n0.02,1\n");
    Path scenario = Files.writeString(sub.resolve("s.yaml"), String.format(SCENARIO, "mine.csv"));
    StringWriter err = new StringWriter();
    assertThat(run(scenario, err)).as(err.toString()).isZero();
    assertThat(dir.resolve("out/summary.json")).content().contains("\"arrived\": 2");
  }

  @Test
  void relativeTrace_presentOnlyInTheWorkingDirectory_isNotFound() throws Exception {
    // traces/sample.csv exists relative to the working directory (the project), not beside
    // the scenario.
    assertThat(Path.of("traces/sample.csv")).exists();
    Path scenario = Files.writeString(dir.resolve("s.yaml"),
        String.format(SCENARIO, "traces/sample.csv"));
    StringWriter err = new StringWriter();
    assertThat(run(scenario, err)).isEqualTo(2);
    assertThat(err.toString()).contains("traffic.trace", "no such file: "
        + dir.resolve("traces/sample.csv"), "resolved against the scenario file's folder");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
