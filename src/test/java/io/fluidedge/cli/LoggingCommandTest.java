package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.EventLog;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.metrics.RunLog;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
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

/** run.log, the verbosity options, progress lines and the opt-in event log, through the CLI. */
class LoggingCommandTest {

  private static final String SCENARIO = String.join("\n",
      "name: tiny",
      "duration-s: 0.5",
      "coherence-s: 0.02",
      "radio: {evolution: gauss-markov}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 30}",
      "output: {window-s: 0.1, plots: false, requests-csv: true}",
      "");

  @TempDir
  Path tmp;

  /** Exit code, stdout and stderr of one command line. */
  record Result(int code, String out, String err) {
  }

  private static Result cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
    return new Result(code, o.toString(), e.toString());
  }

  private Path scenario() throws IOException {
    return Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
  }

  @Test
  void run_writesRunLogWithItsPhases_recordedInTheManifest() throws IOException {
    Path out = tmp.resolve("out");
    Result r = cli("run", scenario().toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String log = Files.readString(out.resolve(RunLog.FILE));
    assertThat(log).contains("INFO  run of " + tmp.resolve("tiny.yaml"))
        .contains("INFO  estimate: ")
        .contains("run 'tiny' seed 1: 0.5 s simulated in 25 blocks, policy joint")
        .contains("run 'tiny' seed 1 finished at 0.5 s")
        .contains("INFO  outputs written to " + out);
    assertThat(log.lines()).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"
        + "\\.\\d{3}Z (INFO |WARN |ERROR) .*"));
    assertThat(Files.readString(out.resolve(OutputLock.MANIFEST_FILE))).contains("run\trun.log");
    // The log is detached when the command ends: a later command's events do not reach it.
    assertThat(cli("run", scenario().toString(), "--out", tmp.resolve("other").toString())
        .code()).isZero();
    assertThat(Files.readString(out.resolve(RunLog.FILE))).isEqualTo(log);
  }

  @Test
  void runForce_replacesRunLog() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(cli("run", scenario().toString(), "--out", out.toString()).code()).isZero();
    Files.writeString(out.resolve(RunLog.FILE), "old line\n");
    assertThat(cli("run", scenario().toString(), "--out", out.toString(), "--force").code())
        .isZero();
    assertThat(Files.readString(out.resolve(RunLog.FILE))).doesNotContain("old line")
        .contains("outputs written");
  }

  @Test
  void compare_printsProgressWithEta_unlessQuiet() throws IOException {
    Result loud = cli("compare", scenario().toString(), "--policies", "joint,fpa",
        "--replications", "1", "--out", tmp.resolve("c1").toString());
    assertThat(loud.code()).as(loud.err()).isZero();
    assertThat(loud.err()).containsPattern("compare: 50% \\(1/2 runs\\), \\d+ s elapsed, ETA \\d+ s")
        .contains("compare: 100% (2/2 runs)");
    Result quiet = cli("--quiet", "compare", scenario().toString(), "--policies", "joint,fpa",
        "--replications", "1", "--out", tmp.resolve("c2").toString());
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err()).doesNotContain("compare:");
    assertThat(quiet.out()).isEqualTo(loud.out().replace(tmp.resolve("c1").toString(),
        tmp.resolve("c2").toString()));
    // The option also works after the subcommand, and a later command is loud again.
    Result after = cli("compare", scenario().toString(), "--policies", "joint,fpa",
        "--replications", "1", "--out", tmp.resolve("c3").toString(), "--quiet");
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(after.err()).doesNotContain("compare:");
    Result again = cli("compare", scenario().toString(), "--policies", "joint,fpa",
        "--replications", "1", "--out", tmp.resolve("c4").toString());
    assertThat(again.err()).contains("compare: 100%");
    for (String c : List.of("c1", "c2", "c3", "c4")) {
      assertThat(tmp.resolve(c).resolve(RunLog.FILE)).isRegularFile();
      assertThat(Files.readString(tmp.resolve(c).resolve(RunLog.FILE)))
          .contains("compare of ").contains("compare written to");
    }
  }

  @Test
  void verbose_printsThePhasesOnStderr_defaultDoesNot() throws IOException {
    PrintStream saved = System.err;
    ByteArrayOutputStream verbose = new ByteArrayOutputStream();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(verbose, true, StandardCharsets.UTF_8));
      assertThat(cli("--verbose", "run", scenario().toString(), "--out",
          tmp.resolve("v").toString()).code()).isZero();
      System.setErr(new PrintStream(plain, true, StandardCharsets.UTF_8));
      assertThat(cli("run", scenario().toString(), "--out", tmp.resolve("p").toString())
          .code()).isZero();
    } finally {
      System.setErr(saved);
    }
    String v = verbose.toString(StandardCharsets.UTF_8);
    assertThat(v).contains("info: run of ").contains("info: outputs written to ")
        // already printed on stdout by the command: not repeated on the console
        .doesNotContain("info: estimate:");
    assertThat(plain.toString(StandardCharsets.UTF_8)).doesNotContain("info:");
  }

  @Test
  void unknownLogLevel_isBadInput() throws IOException {
    Result r = cli("--log-level", "loud", "run", scenario().toString(), "--out",
        tmp.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown level 'loud'");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void eventLog_offByDefault_writesNoFile() throws IOException {
    Path out = tmp.resolve("off");
    assertThat(cli("run", scenario().toString(), "--out", out.toString()).code()).isZero();
    assertThat(out.resolve(EventLog.FILE)).doesNotExist();
    assertThat(Files.readString(out.resolve("scenario.yaml"))).contains("event-log: false");
  }

  @Test
  void eventLog_followsEveryRequestThroughArrivalUplinkAndInference() throws IOException {
    Path out = tmp.resolve("on");
    Result r = cli("run", scenario().toString(), "--out", out.toString(), "--set",
        "output.event-log=true");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve(EventLog.FILE));
    assertThat(lines.get(0)).startsWith("# time_s event entity");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    long arrived = summary.get("requests").get("arrived").asLong();
    long completed = summary.get("requests").get("completed").asLong();
    assertThat(arrived).isPositive();

    double last = 0;
    Map<String, List<String[]>> byRequest = new HashMap<>();
    int blocks = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(" ");
      double t = Double.parseDouble(f[0]);
      assertThat(t).as(line).isGreaterThanOrEqualTo(last);
      last = t;
      if (f[1].equals("block")) {
        blocks++;
      } else {
        assertThat(f[3]).startsWith("request=");
        byRequest.computeIfAbsent(f[3], k -> new ArrayList<>()).add(f);
      }
    }
    assertThat(blocks).isEqualTo(summary.get("optimizer").get("blocks").asInt());
    assertThat(byRequest).hasSize((int) arrived);

    // Every completed request in requests.csv.gz, followed in the event log by its id alone.
    int followed = 0;
    for (String[] row : requestsCsv(out)) {
      List<String[]> events = byRequest.get("request=" + row[0]);
      assertThat(events).extracting(e -> e[1])
          .containsExactly("arrival", "uplink_done", "inference_done");
      assertThat(events).extracting(e -> e[2])
          .containsExactly("user-" + row[1], "user-" + row[1], "server");
      assertThat(Double.parseDouble(events.get(0)[0])).isEqualTo(Double.parseDouble(row[2]));
      assertThat(field(events.get(1), "uplink_start_s")).isEqualTo(Double.parseDouble(row[3]));
      assertThat(Double.parseDouble(events.get(1)[0])).isEqualTo(Double.parseDouble(row[4]));
      assertThat(field(events.get(2), "inference_start_s"))
          .isEqualTo(Double.parseDouble(row[5]));
      assertThat(Double.parseDouble(events.get(2)[0])).isEqualTo(Double.parseDouble(row[6]));
      followed++;
    }
    assertThat(followed).isEqualTo(completed);
    assertThat(Files.readString(out.resolve(OutputLock.MANIFEST_FILE)))
        .contains("run\t" + EventLog.FILE);
  }

  @Test
  void eventLog_isTheSameBytesForTheSameSeed() throws IOException {
    for (String d : List.of("a", "b")) {
      assertThat(cli("run", scenario().toString(), "--out", tmp.resolve(d).toString(), "--set",
          "output.event-log=true").code()).isZero();
    }
    assertThat(Files.readString(tmp.resolve("b").resolve(EventLog.FILE)))
        .isEqualTo(Files.readString(tmp.resolve("a").resolve(EventLog.FILE)));
  }

  private static double field(String[] event, String name) {
    for (String f : event) {
      if (f.startsWith(name + "=")) {
        return Double.parseDouble(f.substring(name.length() + 1));
      }
    }
    throw new AssertionError("no field " + name + " in " + String.join(" ", event));
  }

  private static List<String[]> requestsCsv(Path out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(out.resolve("requests.csv.gz"))), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      assertThat(header).startsWith("id,user,arrival_s,uplink_start_s,uplink_done_s,"
          + "inference_start_s,done_s,");
      for (String line; (line = in.readLine()) != null; ) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }
}
