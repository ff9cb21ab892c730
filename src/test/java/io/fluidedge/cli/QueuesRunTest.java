package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finite buffers, deadlines, warm-up and in-flight accounting through {@code run}: the counts
 * of summary.json, requests.csv.gz and windows.csv must agree with each other request by
 * request, and the warnings fire exactly when they should.
 */
class QueuesRunTest {

  private static final String LOADED = String.join("\n",
      "name: queues",
      "duration-s: 4",
      "warmup-s: 1",
      "coherence-s: 0.05",
      "radio: {evolution: static}",
      "model: {bits-max: 16}",
      "optimizer: {policy: fixed-bits, fixed-bits: 16}",
      "traffic: {rate-hz: 60}",
      "queues: {buffer-requests: 3}",
      "slo: {deadline-s: 0.02, drop-expired: true}",
      "output: {window-s: 0.5, plots: false, requests-csv: true}",
      "");

  private static final double WARMUP_S = 1;
  private static final double DEADLINE_S = 0.02;

  @TempDir
  Path tmp;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(Path scenario, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out=" + out));
    args.addAll(List.of(extra));
    return Main.execute(new PrintWriter(stdout), new PrintWriter(stderr),
        args.toArray(String[]::new));
  }

  /** requests.csv.gz as rows of column name to text. */
  private static List<Map<String, String>> requests(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String[] header = in.readLine().split(",", -1);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static double number(Map<String, String> row, String column) {
    String v = row.get(column);
    return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
  }

  @Test
  void loadedRun_accountsForEveryRequest_inSummaryRequestsAndWindows() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("queues.yaml"), LOADED);
    Path out = tmp.resolve("out");
    assertThat(run(scenario, out)).as(stderr.toString()).isZero();
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode req = s.get("requests");
    long arrived = req.get("arrived").asLong();
    long completed = req.get("completed").asLong();
    long inFlight = req.get("in_flight").asLong();
    long dropped = req.get("dropped").asLong();
    long expired = req.get("expired").asLong();
    assertThat(dropped).isPositive();
    assertThat(expired).isPositive();
    assertThat(arrived).isEqualTo(completed + inFlight + dropped + expired);
    JsonNode cls = s.get("classes").get("default");
    assertThat(cls.get("users")).hasSize(4);
    for (String key : List.of("arrived", "completed", "in_flight", "dropped", "expired")) {
      assertThat(cls.get(key).asLong()).as(key).isEqualTo(req.get(key).asLong());
    }
    assertThat(cls.get("arrived").asLong()).isEqualTo(cls.get("completed").asLong()
        + cls.get("in_flight").asLong() + cls.get("dropped").asLong()
        + cls.get("expired").asLong());
    long userDropped = 0;
    long userCompleted = 0;
    for (JsonNode u : s.get("users")) {
      userDropped += u.get("dropped").asLong();
      userCompleted += u.get("completed").asLong();
    }
    assertThat(userDropped).isEqualTo(dropped);

    List<Map<String, String>> rows = requests(out.resolve("requests.csv.gz"));
    assertThat(rows).hasSize((int) arrived);
    Map<String, Long> byStatus = new HashMap<>();
    long measuredCompleted = 0;
    double measuredLatencySum = 0;
    long met = 0;
    long missed = 0;
    double end = s.get("simulated_s").asDouble();
    for (Map<String, String> row : rows) {
      byStatus.merge(row.get("status"), 1L, Long::sum);
      double arrival = number(row, "arrival_s");
      boolean warm = arrival < WARMUP_S;
      assertThat(row.get("warmup")).isEqualTo(warm ? "1" : "0");
      if (row.get("status").equals("in_flight")) {
        assertThat(row.get("done_s")).isEmpty();
      }
      if (warm) {
        continue;
      }
      switch (row.get("status")) {
        case "completed" -> {
          measuredCompleted++;
          measuredLatencySum += number(row, "latency_s");
          if (number(row, "latency_s") <= DEADLINE_S) {
            met++;
          } else {
            missed++;
          }
        }
        case "in_flight" -> missed += end - arrival > DEADLINE_S ? 1 : 0;
        default -> missed++;
      }
    }
    assertThat(byStatus).containsEntry("completed", completed).containsEntry("dropped", dropped)
        .containsEntry("expired", expired);
    assertThat(byStatus.getOrDefault("in_flight", 0L)).isEqualTo(inFlight);
    assertThat(req.get("warmup").asLong()).isEqualTo(rows.stream()
        .filter(r -> r.get("warmup").equals("1")).count());
    // Warm-up requests enter no statistic.
    assertThat(userCompleted).isEqualTo(measuredCompleted);
    assertThat(s.get("latency_s").get("mean").asDouble())
        .isCloseTo(measuredLatencySum / measuredCompleted, offset(1e-9));
    JsonNode slo = s.get("slo");
    assertThat(slo.get("slo_met").asLong()).isEqualTo(met);
    assertThat(slo.get("slo_missed").asLong()).isEqualTo(missed);
    assertThat(slo.get("goodput_rps").asDouble()).isCloseTo(met / (end - WARMUP_S),
        offset(1e-9));
    assertThat(s.get("in_flight").get("count").asLong()).isEqualTo(inFlight);

    List<String> windows = Files.readAllLines(out.resolve("windows.csv"));
    List<String> header = List.of(windows.get(0).split(","));
    assertThat(header).endsWith("arrivals", "completions", "uplink_queue_mean",
        "server_queue_mean", "server_utilisation", "slo_met", "slo_missed", "slo_attainment",
        "goodput_rps");
    long windowArrivals = 0;
    long windowCompletions = 0;
    long windowMet = 0;
    for (String line : windows.subList(1, windows.size())) {
      String[] cells = line.split(",", -1);
      windowArrivals += Long.parseLong(cells[header.indexOf("arrivals")]);
      windowCompletions += Long.parseLong(cells[header.indexOf("completions")]);
      windowMet += Long.parseLong(cells[header.indexOf("slo_met")]);
      assertThat(Double.parseDouble(cells[header.indexOf("server_utilisation")]))
          .isBetween(0.0, 1.0);
      assertThat(Double.parseDouble(cells[header.indexOf("uplink_queue_mean")]))
          .isBetween(0.0, 12.0);
    }
    assertThat(windowArrivals).isEqualTo(arrived);
    assertThat(windowCompletions).isEqualTo(completed);
    assertThat(windowMet).isEqualTo(met);
  }

  @Test
  void overload_isWarnedAbout_onlyWhenAQueueIsOfferedMoreThanItServes() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("over.yaml"), LOADED.replace(
        "queues: {buffer-requests: 3}", "").replace("slo: {deadline-s: 0.02, drop-expired: true}",
        ""));
    assertThat(run(scenario, tmp.resolve("over"), "--set", "traffic.rate-hz=200")).isZero();
    assertThat(stderr.toString()).contains("warning: the uplink of user 0 was offered")
        .contains("times what it could serve over the run");
    stderr.getBuffer().setLength(0);
    assertThat(run(scenario, tmp.resolve("quiet"), "--set", "traffic.rate-hz=200", "-q"))
        .isZero();
    assertThat(stderr.toString()).isEmpty();
    Path reference = Path.of("scenarios/default.yaml");
    assertThat(run(reference, tmp.resolve("ref"), "--set", "duration-s=2", "--set",
        "output.plots=false")).isZero();
    assertThat(stderr.toString()).doesNotContain("warning");
  }

  @Test
  void badQueueKeys_areRefusedNamingTheKey() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("bad.yaml"), LOADED);
    String[][] cases = {
        {"warmup-s=4", "warmup-s"},
        {"queues.buffer-requests=-1", "queues.buffer-requests"},
        {"queues.buffer-bits=.inf", "queues.buffer-bits"},
        {"slo.deadline-s=0", "slo.deadline-s"},
        {"slo.deadline-s=.inf", "slo.drop-expired: needs a finite deadline-s"},
        {"server.discipline=llm", "slo.drop-expired: is not supported with server.discipline llm"},
    };
    for (String[] c : cases) {
      stderr.getBuffer().setLength(0);
      List<String> extra = new ArrayList<>(List.of("--set", c[0]));
      if (c[0].startsWith("server.")) {
        extra.addAll(List.of("--set", "traffic.features-per-token=4096"));
      }
      assertThat(run(scenario, tmp.resolve("bad"), extra.toArray(String[]::new))).as(c[0])
          .isEqualTo(2);
      assertThat(stderr.toString()).as(c[0]).contains(c[1]).doesNotContain("Exception");
    }
  }

  @Test
  void traceLongerThanTheRun_isWarnedAboutWithTheRowsLeftOver() throws IOException {
    StringBuilder trace = new StringBuilder("time_s,user\n");
    for (int i = 1; i <= 30; i++) {
      trace.append(i / 10.0).append(",0\n");
    }
    Path file = Files.writeString(tmp.resolve("t.csv"), trace.toString());
    Path scenario = Files.writeString(tmp.resolve("trace.yaml"), String.join("\n",
        "duration-s: 1", "coherence-s: 0.1", "radio: {evolution: static}",
        "optimizer: {policy: fpa}", "traffic: {source: trace, trace: t.csv}",
        "output: {plots: false}", ""));
    assertThat(run(scenario, tmp.resolve("a"))).isZero();
    assertThat(stderr.toString()).contains("warning: 20 trace rows after duration-s = 1 s");
    stderr.getBuffer().setLength(0);
    assertThat(run(scenario, tmp.resolve("b"), "--set", "duration-s=3")).isZero();
    assertThat(stderr.toString()).doesNotContain("trace rows after");
    for (String quiet : List.of("-q", "--log-level=error")) {
      stderr.getBuffer().setLength(0);
      assertThat(run(scenario, tmp.resolve("c" + quiet.length()), quiet)).isZero();
      assertThat(stderr.toString()).as(quiet).isEmpty();
    }
    stderr.getBuffer().setLength(0);
    assertThat(run(scenario, tmp.resolve("d"))).isZero(); // the next command warns again
    assertThat(stderr.toString()).contains("warning: 20 trace rows after duration-s = 1 s");
  }
}
