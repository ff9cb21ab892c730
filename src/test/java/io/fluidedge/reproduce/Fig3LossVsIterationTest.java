package io.fluidedge.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.plots.FigureFiles;
import io.fluidedge.plugin.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fig3LossVsIterationTest {

  static final int DRAWS = 12;
  static Fig3LossVsIteration.Result result;

  @BeforeAll
  static void run() {
    result = Fig3LossVsIteration.run(new Fig3LossVsIteration.Params(List.of(0.0, 20.0),
        List.of(86e6, 307e6), DRAWS, 2), PluginRegistry.load());
  }

  private static List<Fig3LossVsIteration.Row> curve(Fig3LossVsIteration.Curve c) {
    return result.rows().stream()
        .filter(r -> r.snrDb() == c.snrDb() && r.parameters() == c.parameters()).toList();
  }

  @Test
  void run_meanLossNeverIncreasesWithIteration() {
    for (Fig3LossVsIteration.Curve c : result.curves()) {
      List<Fig3LossVsIteration.Row> rows = curve(c);
      for (int i = 1; i < rows.size(); i++) {
        assertThat(rows.get(i).iteration()).isEqualTo(i);
        assertThat(rows.get(i).lossMean()).as("%s, iteration %d", c, i)
            .isLessThanOrEqualTo(rows.get(i - 1).lossMean());
      }
      assertThat(rows.get(rows.size() - 1).lossMean()).isLessThan(rows.get(0).lossMean());
    }
  }

  @Test
  void run_everyDrawConvergesWithinAFewTensOfIterations() {
    for (Fig3LossVsIteration.Curve c : result.curves()) {
      assertThat(c.converged()).as("%s", c).isEqualTo(DRAWS);
      assertThat(c.iterationsMax()).as("%s", c).isLessThanOrEqualTo(30);
      List<Fig3LossVsIteration.Row> rows = curve(c);
      // Padded with final values: once its slowest draw has stopped, the curve is flat at the
      // reported final loss.
      double last = rows.get(rows.size() - 1).lossMean();
      assertThat(c.finalLoss().mean()).isEqualTo(last);
      for (int i = c.iterationsMax(); i < rows.size(); i++) {
        assertThat(rows.get(i).lossMean()).isEqualTo(last);
      }
    }
  }

  @Test
  void run_largerModelEndsHigherAndHigherSnrEndsLower() {
    List<Fig3LossVsIteration.Curve> c = result.curves();
    // Order: (0 dB, 86e6), (0 dB, 307e6), (20 dB, 86e6), (20 dB, 307e6).
    assertThat(c.get(1).finalLoss().mean()).isGreaterThan(c.get(0).finalLoss().mean());
    assertThat(c.get(3).finalLoss().mean()).isGreaterThan(c.get(2).finalLoss().mean());
    assertThat(c.get(2).finalLoss().mean()).isLessThan(c.get(0).finalLoss().mean());
    assertThat(c.get(3).finalLoss().mean()).isLessThan(c.get(1).finalLoss().mean());
  }

  @Test
  void pad_repeatsTheLastValue() {
    assertThat(Fig3LossVsIteration.pad(new double[] {3, 2, 1}, 5)).containsExactly(3, 2, 1, 1, 1);
    assertThat(Fig3LossVsIteration.pad(new double[] {3, 2}, 2)).containsExactly(3, 2);
  }

  @Test
  void write_csvHasTheContractHeaderAndOneRowPerCurveAndIteration(@TempDir Path dir)
      throws Exception {
    Fig3LossVsIteration.write(result, dir, FigureFiles.DEFAULT);
    List<String> lines = Files.readAllLines(dir.resolve(Fig3LossVsIteration.CSV));
    assertThat(lines.get(0)).isEqualTo("snr_db,parameters,iteration,loss_mean,loss_ci95,draws");
    assertThat(lines).hasSize(1 + result.rows().size());
    assertThat(result.rows()).hasSize(result.curves().size() * curve(result.curves().get(0)).size());
    assertThat(lines.get(1)).startsWith("0,86000000,0,");
    assertThat(lines.stream().skip(1)).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(6));
    assertThat(dir.resolve(Fig3LossVsIteration.PNG)).isNotEmptyFile();
  }
}
