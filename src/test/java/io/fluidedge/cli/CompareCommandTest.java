package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.command.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  /**
   * Bandwidth-starved: at 2 MHz a bit costs D/(B·R) ≈ 15 ms of offload per request against
   * 6.02·ρ ≈ 1.2 ms worth of PSNR, so joint sends 1 bit, while fixed-bits sends 16 and queues.
   */
  static final String STARVED = """
      name: starved
      duration-s: 1
      coherence-s: 0.05
      radio: {users: 2, user-antennas: 1, bs-antennas: 4, bandwidth-hz: 2e6}
      traffic: {rate-hz: 4}
      optimizer: {fixed-bits: 16}
      output: {window-s: 0.1}
      """;

  @TempDir
  static Path dir;
  static Path scenario;
  static Run serial;
  static Run parallel;

  record Run(int code, String out, String err, Path dir) {
  }

  static Run compare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("compare", scenario.toString()));
    all.addAll(List.of(args));
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(new String[0]));
    int i = all.indexOf("--out");
    return new Run(code, out.toString(), err.toString(), i < 0 ? null : Path.of(all.get(i + 1)));
  }

  @BeforeAll
  static void runBoth() throws Exception {
    scenario = dir.resolve("starved.yaml");
    Files.writeString(scenario, STARVED);
    serial = compare("--policies", "joint,fixed-bits", "--replications", "3", "--parallel", "1",
        "--out", dir.resolve("serial").toString());
    parallel = compare("--policies", "joint,fixed-bits", "--replications", "3", "--parallel", "2",
        "--out", dir.resolve("parallel").toString());
  }

  private static List<String[]> rows(Path csv) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }

  private static String[] row(List<String[]> rows, String policy, String metric) {
    return rows.stream().filter(r -> r[0].equals(policy) && r[1].equals(metric)).findFirst()
        .orElseThrow();
  }

  @Test
  void compare_writesTheContractTable() throws Exception {
    assertThat(serial.code()).as(serial.err()).isZero();
    List<String> lines = Files.readAllLines(serial.dir().resolve("compare.csv"));
    assertThat(lines.get(0)).isEqualTo("policy,metric,mean,ci95,diff_vs_first,diff_ci95");
    assertThat(lines).hasSize(1 + 2 * 6);
    List<String[]> rows = rows(serial.dir().resolve("compare.csv"));
    assertThat(rows.subList(1, 5)).extracting(r -> r[1])
        .containsExactly("latency_mean_s", "latency_p99_s", "psnr_db_mean", "loss");
    for (String[] r : rows.subList(1, 7)) {
      assertThat(r[0]).isEqualTo("joint");
      assertThat(r[4]).isEqualTo("0");
      assertThat(r[5]).isEqualTo("0");
    }
    for (String[] r : rows.subList(1, rows.size())) {
      assertThat(r).hasSize(6);
      assertThat(r[2]).isNotEmpty();
    }
  }

  @Test
  void compare_pairedDifferencesHaveTheKnownSign() throws Exception {
    List<String[]> rows = rows(serial.dir().resolve("compare.csv"));
    String[] latency = row(rows, "fixed-bits", "latency_mean_s");
    double diff = Double.parseDouble(latency[4]);
    double ci = Double.parseDouble(latency[5]);
    assertThat(diff - ci).as("fixed-bits is slower than joint, significantly").isPositive();
    String[] psnr = row(rows, "fixed-bits", "psnr_db_mean");
    assertThat(Double.parseDouble(psnr[4])).as("16 bits give more PSNR than 1").isGreaterThan(50);
    String md = Files.readString(serial.dir().resolve("compare.md"));
    assertThat(md).contains("| policy | metric | mean | ci95 | diff_vs_first | diff_ci95 |")
        .containsPattern("`latency_mean_s` against joint: fixed-bits is higher by .*, significant");
    assertThat(serial.out()).contains("| fixed-bits | latency_mean_s |");
  }

  @Test
  void compare_sameOutputsWhateverTheParallelism() throws Exception {
    assertThat(parallel.code()).as(parallel.err()).isZero();
    for (String file : List.of("compare.csv", "compare.md", "compare_windows.csv")) {
      assertThat(Files.readString(parallel.dir().resolve(file)))
          .isEqualTo(Files.readString(serial.dir().resolve(file)));
    }
  }

  @Test
  void compare_drawsTheCharts() throws Exception {
    for (String png : List.of("compare_latency_cdf.png", "compare_latency_over_time.png")) {
      byte[] head = Files.readAllBytes(serial.dir().resolve(png));
      assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
    List<String> windows = Files.readAllLines(serial.dir().resolve("compare_windows.csv"));
    assertThat(windows.get(0)).isEqualTo("policy,window_start_s,p50_s,p99_s,replications");
    assertThat(windows).hasSize(1 + 2 * 10);
  }

  @Test
  void compare_unknownPolicyIsBadInputListingTheKnownOnes() {
    Run r = compare("--policies", "joint,nope", "--out", dir.resolve("bad").toString());
    assertThat(r.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(r.err()).contains("--policies", "unknown policy 'nope'", "known:", "fixed-bits",
        "joint");
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void compare_refusesANonEmptyDirectoryWithoutForce() {
    Run r = compare("--policies", "joint", "--replications", "1", "--out",
        serial.dir().toString());
    assertThat(r.code()).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(r.err()).contains("--force");
  }
}
