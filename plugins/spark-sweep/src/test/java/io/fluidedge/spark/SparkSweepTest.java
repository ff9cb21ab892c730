package io.fluidedge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.cli.Main;
import io.fluidedge.metrics.OutputLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sweep through the Spark runner on {@code local[2]} and through the core's local
 * engine with two threads: results.csv byte for byte, and the same runs below runs/, each
 * summary with the entity plugin's section (the scenario enables {@code occupancy}).
 */
class SparkSweepTest {

  /** The module's scenario.yaml (Surefire runs in the module directory). */
  static final Path SCENARIO = Path.of("scenario.yaml");
  static final String[] SWEEP = {SCENARIO.toString(), "--grid", "radio.bs-antennas=8,12",
      "--grid", "optimizer.policy=joint,fpa", "--replications", "2"};
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static JavaSparkContext sc;
  static Run local;
  static Run spark;

  record Run(int code, String out, String err) {
  }

  @BeforeAll
  static void sweepBothWays() {
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("spark-sweep-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.driver.host", "127.0.0.1")
        // Both cores run simulations; a late heartbeat is no failure here.
        .set("spark.executor.heartbeatInterval", "60s");
    sc = new JavaSparkContext(conf);
    local = localSweep(dir.resolve("local"), "--parallel", "2");
    spark = sparkSweep(dir.resolve("spark"));
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.close();
    }
  }

  static Run localSweep(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("sweep"));
    args.addAll(List.of(SWEEP));
    args.addAll(List.of(more));
    args.addAll(List.of("--out", out.toString()));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), args.toArray(new String[0]));
    return new Run(code, o.toString(), e.toString());
  }

  static Run sparkSweep(Path out, String... more) {
    return sparkSweep(() -> sc, out, List.of(SWEEP), more);
  }

  static Run sparkSweep(Supplier<JavaSparkContext> context, Path out, List<String> sweep,
      String... more) {
    List<String> args = new ArrayList<>(sweep);
    args.addAll(List.of(more));
    args.addAll(List.of("--out", out.toString()));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = SparkSweep.execute(context, new PrintWriter(o), new PrintWriter(e),
        args.toArray(new String[0]));
    return new Run(code, o.toString(), e.toString());
  }

  /** A context supplier for runs that must not reach Spark. */
  static JavaSparkContext noSpark() {
    throw new AssertionError("Spark was started");
  }

  @Test
  void execute_localTwo_resultsCsvByteIdenticalToLocalEngine() throws Exception {
    assertThat(local.code()).as(local.err()).isZero();
    assertThat(spark.code()).as(spark.err()).isZero();
    byte[] expected = Files.readAllBytes(dir.resolve("local/results.csv"));
    byte[] actual = Files.readAllBytes(dir.resolve("spark/results.csv"));
    assertThat(new String(actual, "UTF-8")).isEqualTo(new String(expected, "UTF-8"));
    assertThat(actual).isEqualTo(expected);
    assertThat(new String(expected, "UTF-8").lines()).hasSize(1 + 4);
    assertThat(spark.out()).startsWith(new String(expected, "UTF-8"))
        .contains("8 runs: 8 on Spark, 0 read back");
  }

  @Test
  void execute_localTwo_sameRunDirectoriesAndSummariesAsLocalEngine() throws Exception {
    List<String> localRuns = runNames(dir.resolve("local"));
    assertThat(runNames(dir.resolve("spark"))).hasSize(8).isEqualTo(localRuns);
    for (String run : localRuns) {
      Path l = dir.resolve("local/runs").resolve(run);
      Path s = dir.resolve("spark/runs").resolve(run);
      assertThat(s.resolve("scenario.yaml")).hasSameTextualContentAs(l.resolve("scenario.yaml"));
      assertThat(withoutWallFields(s.resolve("summary.json")))
          .isEqualTo(withoutWallFields(l.resolve("summary.json")));
      assertThat(JSON.readTree(s.resolve("summary.json").toFile()).has("occupancy"))
          .as("the entity plugin's section in " + s).isTrue();
    }
  }

  @Test
  void execute_earlierSparkSweep_resumesWithoutSpark() throws Exception {
    Path out = dir.resolve("resumed");
    assertThat(sparkSweep(out).code()).isZero();
    Run again = sparkSweep(SparkSweepTest::noSpark, out, List.of(SWEEP));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("8 runs: 0 on Spark, 8 read back");
    assertThat(Files.readAllBytes(out.resolve("results.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("local/results.csv")));
  }

  @Test
  void execute_localSweepExtended_runsOnlyTheNewCellsOnSpark() {
    Path out = dir.resolve("extended");
    assertThat(localSweep(out, "--parallel", "2").code()).isZero();
    Run more = sparkSweep(() -> sc, out, List.of(SCENARIO.toString(), "--grid",
        "radio.bs-antennas=8,12,10", "--grid", "optimizer.policy=joint,fpa", "--replications",
        "2"));
    assertThat(more.code()).as(more.err()).isZero();
    assertThat(more.err()).contains("12 runs; 8 already done, 4 to run");
    assertThat(more.out()).contains("12 runs: 4 on Spark, 8 read back");
    assertThat(more.out().lines().filter(l -> l.startsWith("4,10,") || l.startsWith("5,10,")))
        .hasSize(2);
  }

  @Test
  void execute_folderLockedByAnotherSweep_isRefusedNamingTheHolder() throws Exception {
    Path out = Files.createDirectories(dir.resolve("locked"));
    try (OutputLock held = OutputLock.acquire(out, "sweep")) {
      Run refused = sparkSweep(SparkSweepTest::noSpark, out, List.of(SWEEP));
      assertThat(refused.code()).isEqualTo(SparkSweep.BAD_INPUT);
      assertThat(refused.err()).startsWith("error: ").contains("in use", "sweep");
    }
    assertThat(out.resolve("results.csv")).doesNotExist();
  }

  @Test
  void execute_badGridKey_exitsTwoBeforeSpark() {
    Run bad = sparkSweep(SparkSweepTest::noSpark, dir.resolve("bad"), List.of(
        SCENARIO.toString(), "--grid", "radio.no-such-key=1,2", "--replications", "1"));
    assertThat(bad.code()).isEqualTo(SparkSweep.BAD_INPUT);
    assertThat(bad.err()).startsWith("error: ").contains("no-such-key");
  }

  static List<String> runNames(Path out) throws Exception {
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      return runs.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The summary with every field measuring wall-clock time (name containing _wall_) removed. */
  static JsonNode withoutWallFields(Path summary) throws Exception {
    JsonNode root = JSON.readTree(summary.toFile());
    strip(root);
    return root;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        if (names.next().contains("_wall_")) {
          names.remove();
        }
      }
    }
    node.forEach(SparkSweepTest::strip);
  }
}
