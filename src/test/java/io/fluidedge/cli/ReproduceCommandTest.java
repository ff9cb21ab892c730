package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.command.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void reproduce_nonEmptyDirectoryWithoutForceIsRefusedAndLeftAlone() throws Exception {
    Path old = Files.writeString(tmp.resolve("notes.txt"), "keep me");
    int code = run("reproduce", "fig6", "--out", tmp.toString(), "--draws", "2");
    assertThat(code).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(err.toString()).contains("--out").contains("is not empty; use --force");
    assertThat(out.toString()).isEmpty();
    try (var files = Files.list(tmp)) {
      assertThat(files.toList()).containsExactly(old);
    }
  }

  @Test
  void reproduce_allWritesEveryFigureWithTheContractHeaders() throws Exception {
    Path dir = tmp.resolve("out");
    int code = run("reproduce", "all", "--out", dir.toString(), "--draws", "2");
    assertThat(code).as(err.toString()).isZero();
    assertThat(header(dir.resolve("fig3.csv")))
        .isEqualTo("snr_db,parameters,iteration,loss_mean,loss_ci95,draws");
    assertThat(header(dir.resolve("fig4.csv")))
        .isEqualTo("sensitivity,latency_s_mean,psnr_db_mean,latency_rel_change,psnr_rel_change,"
            + "latency_s_ci95,psnr_db_ci95,draws");
    assertThat(header(dir.resolve("fig6.csv")))
        .isEqualTo("bs_antennas,layout,latency_s_mean,latency_s_ci95,psnr_db_mean,psnr_db_ci95,"
            + "sensitivity,draws");
    for (String png : List.of("fig3.png", "fig4.png", "fig6.png")) {
      assertThat(dir.resolve(png)).isNotEmptyFile();
    }
    assertThat(out.toString()).contains("fig3:", "fig4:", "fig6:", "rho", "paired FA − FPA");
  }

  @Test
  void reproduce_forceRewritesIntoANonEmptyDirectory() throws Exception {
    Files.writeString(tmp.resolve("fig6.csv"), "stale\n");
    int code = run("reproduce", "fig6", "--out", tmp.toString(), "--force", "--draws", "2");
    assertThat(code).as(err.toString()).isZero();
    assertThat(header(tmp.resolve("fig6.csv"))).startsWith("bs_antennas,");
    assertThat(tmp.resolve("fig3.csv")).doesNotExist();
  }

  @Test
  void reproduce_setChangesTheBaseScenario() throws Exception {
    Path dir = Files.createTempDirectory(tmp, "set");
    int code = run("reproduce", "fig4", "--out", dir.toString(), "--draws", "2",
        "--set", "model.bits-max=4");
    assertThat(code).isEqualTo(CommandLines.OK);
    // With at most 4 bits, PSNR is at most 20·log10(15) + 10·log10(3) dB at every ρ.
    double cap = 20 * Math.log10(15) + 10 * Math.log10(3) + 1e-9;
    List<String> lines = Files.readAllLines(dir.resolve("fig4.csv"));
    for (String line : lines.subList(1, lines.size())) {
      assertThat(Double.parseDouble(line.split(",")[2])).isLessThanOrEqualTo(cap);
    }
    assertThat(Double.parseDouble(lines.get(lines.size() - 1).split(",")[2]))
        .isGreaterThan(cap - 1e-6);
  }

  @Test
  void reproduce_badSetIsBadInputNamingTheKey() {
    assertThat(run("reproduce", "fig4", "--out", tmp.resolve("bad").toString(), "--draws", "2",
        "--set", "model.bits-maxx=4")).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(err.toString()).contains("bits-maxx");
  }

  @Test
  void reproduce_unknownFigureIsBadInput() {
    assertThat(run("reproduce", "fig5", "--out", tmp.toString())).isEqualTo(CommandLines.BAD_INPUT);
    assertThat(err.toString()).contains("fig5").contains("fig3, fig4, fig6, all");
  }

  @Test
  void reproduce_fewerThanTwoDrawsIsBadInput() {
    assertThat(run("reproduce", "fig4", "--out", tmp.toString(), "--draws", "1"))
        .isEqualTo(CommandLines.BAD_INPUT);
    assertThat(err.toString()).contains("--draws must be at least 2");
  }

  private static String header(Path csv) throws Exception {
    return Files.readAllLines(csv).get(0);
  }
}
