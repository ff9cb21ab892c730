package io.fluidedge.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.cli.Main;
import io.fluidedge.metrics.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scenario with an entity plugin through {@code run}, {@code compare --keep-runs} and
 * {@code sweep}: every command runs it through the one {@link RunSession}, so each writes the
 * same summary.json bytes (wall-clock fields aside), plugin section included.
 */
class RunSpineTest {

  private static final String SCENARIO = String.join("\n",
      "name: spine",
      "seed: 3",
      "duration-s: 0.6",
      "coherence-s: 0.02",
      "radio: {evolution: gauss-markov, snr-db: 10}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 40}",
      "output: {window-s: 0.1, plots: false}",
      "plugins:",
      "  occupancy: {sample-period-s: 0.05}",
      "");

  @TempDir
  Path tmp;

  private static void command(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
  }

  private static String summary(Path dir) throws IOException {
    return Fixtures.maskWall(Files.readString(dir.resolve("summary.json")));
  }

  @Test
  void runCompareAndSweep_writeTheSameSummaryWithThePluginSection() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("spine.yaml"), SCENARIO);

    command("run", scenario.toString(), "--out", tmp.resolve("run").toString());
    String run = summary(tmp.resolve("run"));
    assertThat(run).contains("\"occupancy\"", "\"littles_law_in_system\"");

    command("compare", scenario.toString(), "--policies", "joint", "--replications", "1",
        "--keep-runs", "--out", tmp.resolve("compare").toString());
    assertThat(summary(tmp.resolve("compare/runs/joint/3"))).isEqualTo(run);

    command("sweep", scenario.toString(), "--grid", "radio.snr-db=10", "--replications", "1",
        "--out", tmp.resolve("sweep").toString());
    List<Path> runs;
    try (Stream<Path> dirs = Files.list(tmp.resolve("sweep/runs"))) {
      runs = dirs.toList();
    }
    assertThat(runs).hasSize(1);
    assertThat(summary(runs.get(0))).isEqualTo(run);
  }
}
