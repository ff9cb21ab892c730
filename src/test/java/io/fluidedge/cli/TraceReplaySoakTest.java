package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.traffic.TraceGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak (run with {@code mvn -B -Psoak verify}): a generated 10M-request trace replayed by
 * {@code run} with the fixed-position policy, in a child JVM capped at 256 MB of heap, then again
 * at 48 MB (whose pre-scan the first run's remembered verdict spares: the trace is unchanged).
 * The run (pre-scan, replay and every output) must fit the cap and complete; the wall
 * time and the peak heap (the sum of the heap pools' peaks) are reported on stdout and in
 * {@code target/soak-report.txt}, never asserted as times.
 */
@Tag("soak")
class TraceReplaySoakTest {

  private static final long REQUESTS = 10_000_000;

  @TempDir
  Path dir;

  @Test
  void run_tenMillionRequestTrace_fitsIn256MbAndCompletes() throws Exception {
    // 4 users at 2500 requests/s each: 10M requests in about 1000 s, small enough requests
    // (100 features, a 1M-parameter model) that the network keeps up and queues stay short.
    Path trace = dir.resolve("soak.csv.gz");
    long written = TraceGenerator.generate(
        TraceGenerator.Spec.poisson(4, 2500, 100, 1), 1, Double.POSITIVE_INFINITY, REQUESTS,
        trace);
    assertThat(written).isEqualTo(REQUESTS);
    Path scenario = Files.writeString(dir.resolve("soak.yaml"), """
        name: soak
        duration-s: 1100
        coherence-s: 0.1
        model: {parameters: 1e6}
        traffic: {source: trace, trace: soak.csv.gz}
        optimizer: {policy: fpa}
        output: {window-s: 1}
        """);
    Result capped = replay(scenario, "256m", dir.resolve("out"));
    // The same replay in a fifth of the heap: memory stays flat, it does not grow with the trace.
    Result small = replay(scenario, "48m", dir.resolve("out-small"));

    String report = String.format(Locale.ROOT, "trace replay soak: %d requests; -Xmx256m: wall "
        + "%.1f s (child JVM: pre-scan, replay, outputs), peak heap %.1f MB, run_wall_ms %s; "
        + "-Xmx48m: wall %.1f s, peak heap %.1f MB", REQUESTS, capped.wallS,
        capped.peakHeap / 1048576.0, capped.runWallMs, small.wallS, small.peakHeap / 1048576.0);
    Files.write(Path.of("target", "soak-report.txt"), List.of(report, capped.output));
    System.out.println(report);
  }

  private record Result(double wallS, long peakHeap, String runWallMs, String output) {
  }

  private static Result replay(Path scenario, String maxHeap, Path out) throws Exception {
    long t0 = System.nanoTime();
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
        "-Dfluidedge.cache-dir=" + System.getProperty("fluidedge.cache-dir", "none"),
        "-cp", System.getProperty("java.class.path"), SoakMain.class.getName(),
        "run", scenario.toString(), "--out", out.toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(30, TimeUnit.MINUTES)).isTrue();
    double wallS = (System.nanoTime() - t0) / 1e9;
    assertThat(child.exitValue()).as(output).isZero();

    long peakHeap = output.lines().filter(l -> l.startsWith("peak_heap_bytes="))
        .mapToLong(l -> Long.parseLong(l.substring("peak_heap_bytes=".length())))
        .findFirst().orElseThrow();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.path("complete").asBoolean()).isTrue();
    assertThat(summary.path("requests").path("arrived").asLong()).isEqualTo(REQUESTS);
    assertThat(summary.path("requests").path("completed").asLong())
        .isGreaterThan(REQUESTS - 100);
    assertThat(peakHeap).isLessThanOrEqualTo(256L << 20);
    return new Result(wallS, peakHeap, summary.path("engine").path("run_wall_ms").asText(),
        output);
  }
}
