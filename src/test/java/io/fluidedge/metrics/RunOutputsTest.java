package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.plots.RunPlots;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputsTest {

  private static final RunOutputs.Extra PLOTS =
      (d, r) -> RunPlots.write(d.resolve(RunOutputs.PLOTS_DIR), r);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int USERS = 3;
  private static final int ANTENNAS = 8;
  private static final double WINDOW_S = 0.1;

  @TempDir
  Path tmp;

  @Test
  void summary_hasEveryContractKeyInOrder() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, false, false);
    JsonNode s = JSON.readTree(dir.resolve("summary.json").toFile());
    assertThat(fieldNames(s)).startsWith("scenario", "seed", "complete", "simulated_s", "requests", "latency_s",
        "psnr_db_mean", "accuracy_metric", "accuracy_unit", "users", "optimizer");
    assertThat(s.get("accuracy_metric").asText()).isEqualTo("PSNR");
    assertThat(s.get("accuracy_unit").asText()).isEqualTo("dB");
    assertThat(fieldNames(s)).endsWith("energy", "traffic");
    assertThat(fieldNames(s.get("requests"))).containsExactly("arrived", "completed", "in_flight", "dropped");
    assertThat(fieldNames(s.get("latency_s"))).containsExactly("mean", "p50", "p90", "p99", "p999", "max");
    assertThat(s.get("users")).hasSize(USERS);
    JsonNode u = s.get("users").get(1);
    assertThat(fieldNames(u)).containsExactly("user", "completed", "latency_s", "uplink_s_mean", "server_s_mean",
        "psnr_db_mean");
    assertThat(fieldNames(u.get("latency_s"))).containsExactly("mean", "p50", "p90", "p99", "p999", "max");
    assertThat(fieldNames(s.get("optimizer"))).startsWith("blocks", "iterations_mean", "opt_wall_ms_mean",
        "opt_wall_ms_p99");
    assertThat(s.get("scenario").asText()).isEqualTo("unit");
    assertThat(s.get("seed").asLong()).isEqualTo(42);
    assertThat(s.get("requests").get("completed").asLong()).isEqualTo(3000);
    assertThat(s.get("requests").get("in_flight").asLong()).isEqualTo(2);
    assertThat(s.get("optimizer").get("blocks").asLong()).isEqualTo(400);
    assertThat(s.get("traffic").get("rejected_rows").asLong()).isEqualTo(5);
    assertThat(s.get("energy").get("bad").isNull()).isTrue();
    long perUser = 0;
    for (JsonNode user : s.get("users")) {
      perUser += user.get("completed").asLong();
    }
    assertThat(perUser).isEqualTo(3000);
  }

  @Test
  void csv_headersExactlyAsSpecified() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, false, false);
    assertThat(Files.readAllLines(dir.resolve("windows.csv")).get(0))
        .isEqualTo("window_start_s,count,mean_s,p50_s,p90_s,p99_s,max_s,mean_psnr_db");
    List<String> blocks = Files.readAllLines(dir.resolve("blocks.csv"));
    assertThat(blocks.get(0)).startsWith("block,time_s,loss,iterations,opt_wall_ms,rate_bps_hz_0,rate_bps_hz_1,"
        + "rate_bps_hz_2,bits_0,bits_1,bits_2,cpu_hz_0,cpu_hz_1,cpu_hz_2,x_m_0,y_m_0,x_m_1,y_m_1");
    assertThat(blocks.get(0).split(",")).hasSize(5 + 3 * USERS + 2 * ANTENNAS);
    assertThat(blocks).hasSize(401);
    assertThat(blocks.get(1).split(",", -1)).hasSize(5 + 3 * USERS + 2 * ANTENNAS);
  }

  @Test
  void windowsCsv_oneRowPerWindowCountsSumToCompleted() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, false, false);
    List<String> rows = Files.readAllLines(dir.resolve("windows.csv"));
    double simulatedS = Double.parseDouble(JSON.readTree(dir.resolve("summary.json").toFile())
        .get("simulated_s").asText());
    assertThat(rows).hasSize(1 + (int) Math.ceil(simulatedS / WINDOW_S - 1e-9));
    long sum = 0;
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split(",", -1);
      assertThat(f).hasSize(8);
      assertThat(new java.math.BigDecimal(f[0])).isEqualByComparingTo(
          java.math.BigDecimal.valueOf(WINDOW_S).multiply(java.math.BigDecimal.valueOf(i - 1)));
      sum += Long.parseLong(f[1]);
    }
    assertThat(sum).isEqualTo(3000);
  }

  @Test
  void determinism_identicalInputsGiveIdenticalFilesExceptWallFields() throws IOException {
    Path a = run(tmp.resolve("a"), 1, true, true);
    Path b = run(tmp.resolve("b"), 2, true, true);
    for (String name : List.of("summary.json", "windows.csv", "blocks.csv")) {
      String fa = Files.readString(a.resolve(name));
      String fb = Files.readString(b.resolve(name));
      assertThat(Fixtures.maskWall(fb)).as(name).isEqualTo(Fixtures.maskWall(fa));
    }
    assertThat(Files.readString(b.resolve("blocks.csv"))).isNotEqualTo(Files.readString(a.resolve("blocks.csv")));
    for (String name : List.of("latency.hlog", "requests.csv.gz", "trace.json")) {
      assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
  }

  @Test
  void hlog_readsBackOneIntervalPerWindowWithTotalCount() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, false, false);
    int windows = Files.readAllLines(dir.resolve("windows.csv")).size() - 1;
    long total = 0;
    int intervals = 0;
    double previousStart = -1;
    try (HistogramLogReader reader = new HistogramLogReader(dir.resolve("latency.hlog").toFile())) {
      EncodableHistogram h;
      while ((h = reader.nextIntervalHistogram()) != null) {
        assertThat(h.getStartTimeStamp() / 1e3).isCloseTo(intervals * WINDOW_S, org.assertj.core.api.Assertions
            .within(1e-6));
        assertThat(h.getStartTimeStamp()).isGreaterThan((long) (previousStart * 1e3));
        previousStart = h.getStartTimeStamp() / 1e3;
        total += ((org.HdrHistogram.Histogram) h).getTotalCount();
        intervals++;
      }
    }
    assertThat(intervals).isEqualTo(windows);
    assertThat(total).isEqualTo(3000);
    assertThat(Files.readString(dir.resolve("latency.hlog"))).startsWith("#FluidEdge");
  }

  @Test
  void empty_runWritesValidFilesWithoutNaN() throws IOException {
    Path dir = tmp.resolve("empty");
    try (RunRecorder rec = new RunRecorder(2, WINDOW_S, true, true, OutputDirectory.prepare(dir, false))) {
      RunOutputs.write(dir, RunInfo.of("empty", 1, true, 0.25, 0), rec, PLOTS);
    }
    String summary = Files.readString(dir.resolve("summary.json"));
    JsonNode s = JSON.readTree(summary);
    assertThat(summary).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(s.get("latency_s").get("p99").isNull()).isTrue();
    assertThat(s.get("latency_s").get("mean").isNull()).isTrue();
    assertThat(s.get("psnr_db_mean").isNull()).isTrue();
    assertThat(s.get("requests").get("completed").asLong()).isZero();
    assertThat(s.get("users").get(0).get("uplink_s_mean").isNull()).isTrue();
    assertThat(s.get("optimizer").get("blocks").asLong()).isZero();
    assertThat(Files.readAllLines(dir.resolve("windows.csv")))
        .containsExactly(WindowsCsv.HEADER, "0,0,,,,,,", "0.1,0,,,,,,", "0.2,0,,,,,,");
    assertThat(Files.readAllLines(dir.resolve("blocks.csv"))).containsExactly(BlocksCsv.header(2, 0));
    assertThat(JSON.readTree(dir.resolve("trace.json").toFile()).get("traceEvents")).isNotEmpty();
    assertThat(readGz(dir.resolve("requests.csv.gz"))).containsExactly(RequestsCsv.HEADER);
    int intervals = 0;
    try (HistogramLogReader reader = new HistogramLogReader(dir.resolve("latency.hlog").toFile())) {
      EncodableHistogram h;
      while ((h = reader.nextIntervalHistogram()) != null) {
        assertThat(((org.HdrHistogram.Histogram) h).getTotalCount()).isZero();
        intervals++;
      }
    }
    assertThat(intervals).isEqualTo(3);
    assertPng(dir.resolve("plots/latency_cdf.png"));
    assertPng(dir.resolve("plots/antenna_positions.png"));
    assertPng(dir.resolve("plots/latency_percentiles.png"));
  }

  @Test
  void write_leavesNoTemporaryFiles() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, true, true);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void plots_areValidPngsWhenEnabled() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, false, true);
    for (String name : RunOutputs.PLOT_FILES) {
      assertPng(dir.resolve("plots").resolve(name));
    }
    Path noPlots = run(tmp.resolve("b"), 1, false, false);
    assertThat(noPlots.resolve("plots")).doesNotExist();
  }

  @Test
  void optionalFiles_requestsAndTraceReadBack() throws IOException {
    Path dir = run(tmp.resolve("a"), 1, true, true);
    List<String> rows = readGz(dir.resolve("requests.csv.gz"));
    assertThat(rows.get(0)).isEqualTo("id,user,arrival_s,uplink_start_s,uplink_done_s,inference_start_s,done_s,"
        + "latency_s,bits,psnr_db,features,tokens");
    assertThat(rows).hasSize(3001);
    JsonNode trace = JSON.readTree(dir.resolve("trace.json").toFile());
    JsonNode first = trace.get("traceEvents").get(0);
    assertThat(first.get("ph").asText()).isEqualTo("X");
    assertThat(fieldNames(first)).containsExactly("name", "cat", "ph", "ts", "dur", "pid", "tid");
    assertThat(trace.get("traceEvents").findValuesAsText("name")).contains("thread_name", "process_name");
    assertThat(JSON.readTree(dir.resolve("summary.json").toFile()).get("trace").get("spans").asLong())
        .isEqualTo(3000);
  }

  @Test
  void partialRun_writesTheSameFiles() throws IOException {
    Path dir = tmp.resolve("partial");
    try (RunRecorder rec = new RunRecorder(USERS, WINDOW_S, false, false, OutputDirectory.prepare(dir, false))) {
      Fixtures.requests(5, USERS, 100, 300).forEach(rec::inferenceDone);
      RunOutputs.write(dir, RunInfo.of("unit", 42, false, 0.2, 7), rec, null);
      assertThatThrownBy(() -> RunOutputs.write(dir, RunInfo.of("unit", 42, false, 0.2, 7), rec, null))
          .isInstanceOf(IllegalStateException.class);
    }
    JsonNode s = JSON.readTree(dir.resolve("summary.json").toFile());
    assertThat(s.get("complete").asBoolean()).isFalse();
    for (String name : List.of("windows.csv", "blocks.csv", "latency.hlog")) {
      assertThat(dir.resolve(name)).exists();
    }
  }

  /** Records the fixed synthetic run; {@code wallSeed} only changes the opt_wall_ms values. */
  private static Path run(Path dir, long wallSeed, boolean requestRows, boolean plotsAndSpans) throws IOException {
    OutputDirectory.prepare(dir, false);
    try (RunRecorder rec = new RunRecorder(USERS, WINDOW_S, requestRows, plotsAndSpans, dir)) {
      List<RequestRecord> reqs = Fixtures.requests(99, USERS, 3000, 800);
      Iterator<BlockRecord> blocks = Fixtures.blocks(5, wallSeed, USERS, ANTENNAS, 400, 0.01).iterator();
      for (RequestRecord r : reqs) {
        rec.arrival(r);
        rec.span("user " + r.user() + " uplink", "request " + r.id(), r.user(), r.uplinkStartS(), r.uplinkDoneS());
      }
      rec.arrival(reqs.get(0));
      rec.arrival(reqs.get(0));
      rec.dropped(reqs.get(0));
      reqs.forEach(rec::inferenceDone);
      blocks.forEachRemaining(rec::block);
      Map<String, Object> energy = new LinkedHashMap<>();
      energy.put("joules", 1.25);
      energy.put("bad", Double.NaN);
      RunInfo info = RunInfo.of("unit", 42, true, reqs.get(reqs.size() - 1).doneS() + 0.05, 2)
          .withSection("energy", energy)
          .withSection("traffic", Map.of("rejected_rows", 5));
      RunOutputs.write(dir, info, rec, plotsAndSpans ? PLOTS : null);
    }
    return dir;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> readLines(Path gz) throws IOException {
    return readGz(gz);
  }

  private static List<String> readGz(Path file) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  static void assertPng(Path file) throws IOException {
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).isGreaterThan(magic.length);
    assertThat(java.util.Arrays.copyOf(bytes, magic.length)).isEqualTo(magic);
  }
}
