package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.command.CommandLines;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.stats.RunSummary;
import io.fluidedge.sweep.ResultsCsv;
import io.fluidedge.sweep.RunSpec;
import io.fluidedge.sweep.SweepGrid;
import io.fluidedge.sweep.SweepPlan;
import io.fluidedge.sweep.SweepRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

  static final String TINY = """
      name: tiny
      duration-s: 0.5
      coherence-s: 0.05
      radio: {users: 2, user-antennas: 1, bs-antennas: 4}
      traffic: {rate-hz: 20}
      output: {window-s: 0.1}
      """;
  static final String[] GRID = {"--grid", "radio.bs-antennas=4,6", "--grid",
      "optimizer.policy=joint,fpa", "--replications", "2"};

  @TempDir
  static Path dir;
  static Path scenario;
  static Run serial;
  static Run parallel;

  record Run(int code, String out, String err) {
  }

  static Run sweep(Path out, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> all = new ArrayList<>(List.of("sweep", scenario.toString()));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    int code = Main.execute(new PrintWriter(o), new PrintWriter(e), all.toArray(new String[0]));
    return new Run(code, o.toString(), e.toString());
  }

  static String[] with(String[] head, String... tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray(new String[0]);
  }

  @BeforeAll
  static void runBoth() throws Exception {
    scenario = dir.resolve("tiny.yaml");
    Files.writeString(scenario, TINY);
    serial = sweep(dir.resolve("serial"), with(GRID, "--parallel", "1"));
    parallel = sweep(dir.resolve("parallel"), with(GRID, "--parallel", "2"));
  }

  private static Map<Path, FileTime> summaryTimes(Path out) throws Exception {
    Map<Path, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out.resolve("runs"))) {
      for (Path p : files.filter(p -> p.endsWith("summary.json")).toList()) {
        times.put(p, Files.getLastModifiedTime(p));
      }
    }
    return times;
  }

  @Test
  void sweep_oneRowPerCellWithTheContractColumns() throws Exception {
    assertThat(serial.code()).as(serial.err()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("serial/results.csv"));
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("cell,radio.bs-antennas,optimizer.policy,replications,"
        + "latency_mean_s,latency_mean_s_ci95,latency_p99_s,psnr_db_mean,loss_mean,"
        + "latency_p99_s_ci95,psnr_db_mean_ci95,loss_mean_ci95,latency_p50_s,latency_p50_s_ci95,"
        + "completed_mean,completed_ci95");
    assertThat(lines.subList(1, 5)).extracting(l -> String.join(",",
        List.of(l.split(",")).subList(0, 4)))
        .containsExactly("0,4,joint,2", "1,4,fpa,2", "2,6,joint,2", "3,6,fpa,2");
    for (String line : lines.subList(1, 5)) {
      String[] f = line.split(",", -1);
      assertThat(f).hasSize(16);
      for (int i = 4; i < 16; i++) {
        assertThat(Double.parseDouble(f[i])).isFinite();
      }
    }
    List<Path> runs;
    try (Stream<Path> s = Files.list(dir.resolve("serial/runs"))) {
      runs = s.sorted().toList();
    }
    assertThat(runs).hasSize(8);
    for (Path run : runs) {
      assertThat(run.getFileName().toString()).matches("[0-3]-[12]-[0-9a-f]{12}");
      assertThat(run.resolve("summary.json")).exists();
      assertThat(run.resolve("scenario.yaml")).exists();
    }
    assertThat(dir.resolve("serial/sweep.json")).exists();
    assertThat(serial.out()).contains("8 simulated, 0 read back");
  }

  @Test
  void sweep_sameResultsWhateverTheParallelism() throws Exception {
    assertThat(parallel.code()).as(parallel.err()).isZero();
    assertThat(Files.readString(dir.resolve("parallel/results.csv")))
        .isEqualTo(Files.readString(dir.resolve("serial/results.csv")));
  }

  @Test
  void sweep_rerunSkipsEveryFinishedRun() throws Exception {
    Path out = dir.resolve("parallel");
    String before = Files.readString(out.resolve("results.csv"));
    Map<Path, FileTime> times = summaryTimes(out);
    Run again = sweep(out, with(GRID, "--parallel", "2"));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 simulated, 8 read back");
    assertThat(again.err()).contains("8 already done, 0 to run");
    assertThat(summaryTimes(out)).isEqualTo(times);
    assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo(before);
    Run quiet = sweep(out, with(GRID, "--parallel", "2", "-q"));
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).contains("0 simulated, 8 read back");
  }

  @Test
  void sweep_resumesOnlyTheMissingRuns() throws Exception {
    Path out = dir.resolve("resume");
    assertThat(sweep(out, with(GRID, "--parallel", "2")).code()).isZero();
    String before = Files.readString(out.resolve("results.csv"));
    Path victim;
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      victim = s.sorted().toList().get(3);
    }
    Files.delete(victim.resolve("summary.json"));
    Run again = sweep(out, with(GRID, "--parallel", "2"));
    assertThat(again.out()).contains("1 simulated, 7 read back");
    assertThat(victim.resolve("summary.json")).exists();
    assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo(before);
  }

  @Test
  void runOne_givesWhatTheLocalSweepWrote() throws Exception {
    SweepPlan plan = SweepPlan.of(ScenarioLoader.load(scenario, List.of()),
        List.of(SweepGrid.parse("radio.bs-antennas=4,6"),
            SweepGrid.parse("optimizer.policy=joint,fpa")), 2);
    PluginRegistry registry = PluginRegistry.load();
    List<RunSummary> summaries = new ArrayList<>();
    for (RunSpec spec : plan.runs()) {
      summaries.add(SweepRunner.runOne(spec, scenario, registry));
    }
    assertThat(ResultsCsv.text(plan, summaries))
        .isEqualTo(Files.readString(dir.resolve("serial/results.csv")));
  }

  @Test
  void sweep_badGridKeyOrValueIsBadInputNamingTheGrid() {
    Run key = sweep(dir.resolve("bad-key"), "--grid", "radio.nope=1,2", "--replications", "1");
    assertThat(key.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(key.err()).contains("--grid radio.nope");
    Run value = sweep(dir.resolve("bad-value"), "--grid", "radio.bs-antennas=4,many",
        "--replications", "1");
    assertThat(value.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(value.err()).contains("--grid radio.bs-antennas");
    Run policy = sweep(dir.resolve("bad-policy"), "--grid", "optimizer.policy=joint,nope",
        "--replications", "1");
    assertThat(policy.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(policy.err()).contains("--grid optimizer.policy", "unknown policy 'nope'", "fpa");
    assertThat(dir.resolve("bad-key")).doesNotExist();
  }

  @Test
  void sweep_badTrace_isFoundBeforeTheOutputFolderIsCreated() throws Exception {
    Path trace = Files.writeString(dir.resolve("bad-trace.csv"), "time_s,user\n0.1,0\nsoon,1\n");
    Run r = sweep(dir.resolve("bad-trace"), "--grid", "radio.bs-antennas=4,6", "--replications",
        "1", "--set", "traffic.source=trace", "--set", "traffic.trace=" + trace);
    assertThat(r.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(r.err()).contains(trace + ":3:1: time_s: ");
    assertThat(dir.resolve("bad-trace")).doesNotExist();
  }

  @Test
  void sweep_refusesAForeignNonEmptyDirectoryWithoutForce() throws Exception {
    Path out = dir.resolve("foreign");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Run r = sweep(out, "--grid", "radio.bs-antennas=4", "--replications", "1");
    assertThat(r.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(r.err()).contains("--force");
    Run forced = sweep(out, "--grid", "radio.bs-antennas=4", "--replications", "1", "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(out.resolve("notes.txt")).exists();
  }
}
