package io.fluidedge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on a real Spark standalone cluster on 127.0.0.1 (a master and two workers, separate
 * JVMs, executors launched by the workers from the Spark home that {@code -Pcluster} lays out),
 * submitted in client mode from this JVM with the module's shaded jar as the application jar:
 * results.csv must equal the local engine's byte for byte. Run with
 * {@code mvn -B -f plugins/spark-sweep/pom.xml -Pcluster verify}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StandaloneClusterIT {

  private static final Path SPARK_HOME = Path.of(System.getProperty("spark.test.home",
      "target/spark-home"));
  private static final Path APP_JAR = Path.of(System.getProperty("spark.test.app-jar", ""));
  private static final List<String> JVM_FLAGS = Arrays.stream(
      System.getProperty("spark.test.jvm-flags", "").trim().split("\\s+"))
      .filter(s -> !s.isEmpty()).toList();

  @TempDir
  Path dir;

  @Test
  void sweep_twoWorkerStandaloneCluster_resultsCsvByteIdenticalToLocalEngine() throws Exception {
    SparkSweepTest.Run local = SparkSweepTest.localSweep(dir.resolve("local"), "--parallel", "2");
    assertThat(local.code()).as(local.err()).isZero();

    List<ProcessHandle> seen = new ArrayList<>();
    SparkSweepTest.Run spark;
    try (StandaloneCluster cluster = StandaloneCluster.start(SPARK_HOME, dir.resolve("cluster"),
        JVM_FLAGS, 2, "1g")) {
      try (JavaSparkContext sc = context(cluster, 2)) {
        awaitExecutors(sc, 2);
        spark = SparkSweepTest.sparkSweep(() -> sc, dir.resolve("spark"),
            List.of(SparkSweepTest.SWEEP));
        seen.addAll(cluster.processes());
      }
      // Both workers launched an executor for the application: work/<app>/<executor>/stderr.
      for (int i = 0; i < 2; i++) {
        try (Stream<Path> files = Files.walk(dir.resolve("cluster/worker-" + i))) {
          assertThat(files.filter(p -> p.getFileName().toString().equals("stderr")))
              .as("executor logs of worker %d", i).isNotEmpty();
        }
      }
    }
    assertThat(seen).hasSizeGreaterThanOrEqualTo(3 + 2);
    assertThat(seen).as("processes left running").noneMatch(ProcessHandle::isAlive);

    assertThat(spark.code()).as(spark.err()).isZero();
    assertThat(spark.out()).contains("8 runs: 8 on Spark, 0 read back");
    byte[] expected = Files.readAllBytes(dir.resolve("local/results.csv"));
    byte[] actual = Files.readAllBytes(dir.resolve("spark/results.csv"));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
    assertThat(SparkSweepTest.runNames(dir.resolve("spark")))
        .isEqualTo(SparkSweepTest.runNames(dir.resolve("local")));
  }

  /**
   * The speed-up of two workers over one on a sweep long enough to amortise start-up (16 runs of
   * 2 s in 10 ms blocks); only with {@code -Dcluster.speedup=true}. Times the sweep alone, on a
   * context whose executors have registered, and writes them to
   * {@code target/cluster-speedup.txt}; asserts only that both results.csv are the same.
   */
  @Test
  @EnabledIfSystemProperty(named = "cluster.speedup", matches = "true")
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void sweep_oneThenTwoWorkers_reportsSpeedup() throws Exception {
    List<String> sweep = List.of(SparkSweepTest.SCENARIO.toString(), "--grid",
        "radio.bs-antennas=8,12", "--grid", "optimizer.policy=joint,fpa", "--replications", "4",
        "--set", "duration-s=" + System.getProperty("cluster.speedup.duration-s", "2"), "--set",
        "coherence-s=0.01");
    double[] seconds = new double[3];
    for (int workers = 1; workers <= 2; workers++) {
      try (StandaloneCluster cluster = StandaloneCluster.start(SPARK_HOME,
          dir.resolve("cluster-" + workers), JVM_FLAGS, workers, "1g");
          JavaSparkContext sc = context(cluster, workers)) {
        awaitExecutors(sc, workers);
        long t0 = System.nanoTime();
        SparkSweepTest.Run run = SparkSweepTest.sparkSweep(() -> sc,
            dir.resolve("speedup-" + workers), sweep);
        seconds[workers] = (System.nanoTime() - t0) / 1e9;
        assertThat(run.code()).as(run.err()).isZero();
      }
    }
    assertThat(Files.readAllBytes(dir.resolve("speedup-2/results.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("speedup-1/results.csv")));
    String report = String.format(Locale.ROOT, "standalone cluster, sweep %s: 1 worker %.2f s, "
        + "2 workers %.2f s, speed-up %.2f", String.join(" ", sweep), seconds[1], seconds[2],
        seconds[1] / seconds[2]);
    Files.writeString(Path.of("target", "cluster-speedup.txt"), report + "\n");
    System.out.println(report);
  }

  /** A client-mode context on the cluster, one single-core executor per worker. */
  private static JavaSparkContext context(StandaloneCluster cluster, int workers) {
    SparkConf conf = new SparkConf().setMaster(cluster.url()).setAppName("spark-sweep-cluster-it")
        .set("spark.jars", APP_JAR.toAbsolutePath().toString())
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.executor.memory", "512m")
        .set("spark.executor.cores", "1")
        .set("spark.cores.max", Integer.toString(workers))
        .set("spark.executor.heartbeatInterval", "60s");
    return new JavaSparkContext(conf);
  }

  /** Waits until the executors have registered (the driver counts as one more). */
  private static void awaitExecutors(JavaSparkContext sc, int executors) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (sc.sc().statusTracker().getExecutorInfos().length < executors + 1) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("executors did not register in 120 s");
      }
      Thread.sleep(200);
    }
  }
}
