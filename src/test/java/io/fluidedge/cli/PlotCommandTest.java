package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.metrics.OutputLock;
import io.fluidedge.plots.Figure;
import io.fluidedge.plots.Folders;
import io.fluidedge.plots.RunFolder;
import io.fluidedge.plots.RunPlotData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {

  private static final String SCENARIO = String.join("\n",
      "name: plotted",
      "duration-s: 0.6",
      "coherence-s: 0.02",
      "radio: {evolution: gauss-markov}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 30}",
      "output: {window-s: 0.1}",
      "");

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path runFolder(String... extra) throws Exception {
    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(scenario, SCENARIO);
    Path dir = tmp.resolve("run");
    String[] args = new String[3 + extra.length];
    args[0] = "run";
    args[1] = scenario.toString();
    args[2] = "--out=" + dir;
    System.arraycopy(extra, 0, args, 3, extra.length);
    assertThat(run(args)).as(err.toString()).isZero();
    return dir;
  }

  @Test
  void run_writesEveryAskedFormatAndTheReport() throws Exception {
    Path dir = runFolder("--set", "output.plot-formats=[png,svg,pdf]");
    for (String name : List.of("latency_percentiles", "latency_cdf", "antenna_positions")) {
      for (String ext : List.of(".png", ".svg", ".pdf")) {
        assertThat(dir.resolve("plots").resolve(name + ext)).isNotEmptyFile();
      }
    }
    assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>")
        .contains("<svg id='latency_percentiles'", "scenario plotted, seed 1");
  }

  /**
   * The run draws report.html's figures from its own data, `plot` from the folder's files: the
   * same page, byte for byte (a run whose antennas move, in many blocks and windows).
   */
  @Test
  void plot_rewritesTheReportTheRunWrote() throws Exception {
    Path dir = runFolder();
    String written = Files.readString(dir.resolve("report.html"));
    assertThat(written).contains("<svg id='antenna_positions'");
    Files.delete(dir.resolve("report.html"));
    assertThat(run("plot", dir.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo(written);
  }

  @Test
  void plot_redrawsARunInNewFormatsRecordedForTheRunsForce() throws Exception {
    Path dir = runFolder();
    assertThat(dir.resolve("plots/latency_cdf.svg")).doesNotExist();
    Files.delete(dir.resolve("plots/latency_cdf.png"));
    Files.delete(dir.resolve("report.html"));

    assertThat(run("plot", dir.toString(), "--formats", "png,svg,pdf")).as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("run folder", "9 figure files", "report.html");
    assertThat(dir.resolve("plots/latency_cdf.png")).isNotEmptyFile();
    assertThat(dir.resolve("plots/latency_cdf.svg")).isNotEmptyFile();
    assertThat(dir.resolve("plots/antenna_positions.pdf")).isNotEmptyFile();
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(Files.readAllLines(dir.resolve(OutputLock.MANIFEST_FILE)))
        .contains("run\tplots/latency_cdf.svg", "run\tplots/antenna_positions.pdf",
            "run\treport.html");

    // The run's --force removes what plot wrote, as its own files.
    Path scenario = tmp.resolve("s.yaml");
    assertThat(run("run", scenario.toString(), "--out=" + dir, "--force")).as(err.toString())
        .isZero();
    assertThat(dir.resolve("plots/latency_cdf.svg")).doesNotExist();
    assertThat(dir.resolve("plots/latency_cdf.png")).isNotEmptyFile();
  }

  @Test
  void plot_withoutFormatsKeepsTheFormatsTheFolderHas() throws Exception {
    Path dir = runFolder("--set", "output.plot-formats=[svg]");
    assertThat(dir.resolve("plots/latency_cdf.png")).doesNotExist();
    assertThat(run("plot", dir.toString())).as(err.toString()).isZero();
    assertThat(dir.resolve("plots/latency_cdf.svg")).isNotEmptyFile();
    assertThat(dir.resolve("plots/latency_cdf.png")).doesNotExist();
  }

  @Test
  void runFolder_readsBackTheDataTheRunDrewFrom() throws Exception {
    Path dir = runFolder();
    RunPlotData read = RunFolder.read(dir);
    assertThat(read.scenario()).isEqualTo("plotted");
    assertThat(read.seed()).isEqualTo(1);
    // 0.6 s in 0.02 s blocks: every block is in blocks.csv and in the run's sample.
    assertThat(read.positions().timesS()).hasSize(30);
    assertThat(read.positions().antennas()).isEqualTo(8);
    assertThat(read.windows()).hasSize(6);
    assertThat(read.cdf().keySet()).containsExactly("user 0", "user 1", "user 2", "user 3");
    List<Figure> figures = Folders.figures(dir, Folders.Kind.RUN);
    assertThat(figures).extracting(Figure::name)
        .containsExactly("latency_percentiles", "latency_cdf", "antenna_positions");
  }

  @Test
  void plot_redrawsAReproduceFolderFromItsCsvFiles() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("repro"));
    Files.writeString(dir.resolve("fig4.csv"), String.join("\n",
        "sensitivity,latency_s_mean,psnr_db_mean,latency_rel_change,psnr_rel_change,"
            + "latency_s_ci95,psnr_db_ci95,draws",
        "0.00001,0.01,10,0,0,0.001,1,5",
        "0.0001,0.02,50,1,4,0.002,1,5", ""));
    assertThat(run("plot", dir.toString(), "--formats", "svg")).as(err.toString()).isZero();
    String svg = Files.readString(dir.resolve("fig4.svg"));
    assertThat(svg.contains("channel draws 1..5")).isTrue();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("fig4.csv",
        "Provenance not recorded");
  }

  @Test
  void plot_refusesAFolderWithoutOutputsAndABadFormat() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThat(run("plot", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("holds no run, compare, sweep or reproduce outputs");
    Path dir = runFolder();
    assertThat(run("plot", dir.toString(), "--formats", "gif")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown plot format 'gif'");
  }

  @Test
  void plot_aMalformedCsvIsABadInputNamingTheFile() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(dir.resolve("fig6.csv"), "bs_antennas,layout\n4\n");
    assertThat(run("plot", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("fig6.csv", "the header has 2");
  }
}
