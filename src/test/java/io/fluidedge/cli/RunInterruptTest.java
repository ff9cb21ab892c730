package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run} in a child JVM, stopped by a real signal part-way through a 100000 s simulation:
 * the outputs of the time simulated so far are complete and parse, with
 * {@code "complete": false}.
 */
class RunInterruptTest {

  private static final String SCENARIO = """
      name: interrupted
      duration-s: 100000
      coherence-s: 0.1
      optimizer: {policy: fpa}
      output: {window-s: 1, plots: true}
      """;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void run_signal_stopsAtAnEventAndWritesEveryOutput(String signal) throws Exception {
    Path scenario = Files.writeString(dir.resolve("long.yaml"), SCENARIO);
    Path out = dir.resolve("out");
    ChildJvm child = ChildJvm.start(dir.resolve("stderr.txt"), "run", scenario.toString(),
        "--out", out.toString());
    try {
      assertThat(child.awaitLine("started: ", 120)).startsWith("started: 100000 s");
      Thread.sleep(1500); // let some simulated time pass
      assertThat(child.process().isAlive()).as("still simulating").isTrue();
      child.signal(signal);
      assertThat(child.process().waitFor(120, TimeUnit.SECONDS)).as("stopped in time").isTrue();
      String rest = child.rest();
      String stderr = Files.readString(dir.resolve("stderr.txt"));
      assertThat(stderr).as("stderr").isEmpty();
      assertThat(rest).contains("stopped early:");
      assertThat(child.process().exitValue()).isEqualTo(signal.equals("INT") ? 130 : 143);
    } finally {
      child.process().destroyForcibly();
    }

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.path("complete").isBoolean()).isTrue();
    assertThat(summary.path("complete").asBoolean()).isFalse();
    double simulated = summary.path("simulated_s").asDouble();
    assertThat(simulated).isGreaterThan(0).isLessThan(100000);
    assertThat(summary.path("requests").path("completed").asLong()).isPositive();

    List<String> windows = Files.readAllLines(out.resolve("windows.csv"));
    assertThat(windows.get(0))
        .isEqualTo("window_start_s,count,mean_s,p50_s,p90_s,p99_s,max_s,mean_psnr_db");
    assertThat(windows).hasSize(1 + (int) Math.ceil(simulated - 1e-9));
    assertRowsParse(windows);

    List<String> blocks = Files.readAllLines(out.resolve("blocks.csv"));
    assertThat(blocks.get(0)).startsWith("block,time_s,loss,iterations,opt_wall_ms,rate_bps_hz_0");
    assertThat(blocks.size()).isGreaterThan(1);
    assertRowsParse(blocks);
    double lastBlockS = Double.parseDouble(blocks.get(blocks.size() - 1).split(",")[1]);
    assertThat(lastBlockS).isLessThanOrEqualTo(simulated);

    assertThat(Files.readString(out.resolve("latency.hlog"))).startsWith("#");
    for (String png : new String[] {"latency_percentiles.png", "latency_cdf.png",
        "antenna_positions.png"}) {
      assertThat(Files.size(out.resolve("plots").resolve(png))).as(png).isPositive();
    }
    assertThat(out.resolve("scenario.yaml")).exists();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  /** Every data row has the header's field count, and every field is empty or a number. */
  private static void assertRowsParse(List<String> rows) {
    int fields = rows.get(0).split(",", -1).length;
    for (String row : rows.subList(1, rows.size())) {
      String[] parts = row.split(",", -1);
      assertThat(parts).as(row).hasSize(fields);
      for (String p : parts) {
        if (!p.isEmpty()) {
          assertThat(Double.parseDouble(p)).as(row).isFinite();
        }
      }
    }
  }
}
