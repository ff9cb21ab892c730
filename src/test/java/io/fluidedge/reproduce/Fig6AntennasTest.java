package io.fluidedge.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.plots.FigureFiles;
import io.fluidedge.plugin.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fig6AntennasTest {

  static final int DRAWS = 20;
  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final Fig6Antennas.Params SMALL =
      Fig6Antennas.Params.defaults().withBsAntennas(List.of(4, 12)).withDraws(DRAWS);
  /** At the reference ρ. */
  static Fig6Antennas.Result reference;
  /** At ρ = 1e-3 s/dB, where every user sends b_max = 16 bits under both layouts. */
  static Fig6Antennas.Result equalBits;

  @BeforeAll
  static void run() {
    reference = Fig6Antennas.run(SMALL, REGISTRY);
    equalBits = Fig6Antennas.run(SMALL.withSensitivity(1e-3), REGISTRY);
  }

  @Test
  void run_faHasLowerLossAndHigherPsnrThanFpaAtTheReferenceSensitivity() {
    for (Fig6Antennas.Paired p : reference.paired()) {
      assertThat(p.lossS().upper()).as("M=%d loss FA − FPA", p.bsAntennas()).isLessThanOrEqualTo(0);
      assertThat(p.psnrDb().lower()).as("M=%d PSNR FA − FPA", p.bsAntennas()).isGreaterThan(0);
    }
  }

  @Test
  void run_faLatencyBelowFpaAtEqualBitsWithPairedInterval() {
    for (Fig6Antennas.Paired p : equalBits.paired()) {
      assertThat(p.psnrDb().mean()).as("both layouts at b_max").isZero();
      assertThat(p.latencyS().upper()).as("M=%d latency FA − FPA", p.bsAntennas())
          .isLessThanOrEqualTo(0);
    }
  }

  @Test
  void run_relativeLatencyGainShrinksWithMoreAntennas() {
    double[] gain = new double[2];
    for (int i = 0; i < 2; i++) {
      Fig6Antennas.Row fpa = equalBits.rows().get(2 * i + 1);
      assertThat(fpa.layout()).isEqualTo("fpa");
      gain[i] = -equalBits.paired().get(i).latencyS().mean() / fpa.latencyS().mean();
    }
    assertThat(gain[0]).isGreaterThan(gain[1]).isGreaterThan(0);
  }

  @Test
  void run_resultsDoNotDependOnThreadCount() {
    Fig6Antennas.Params tiny = SMALL.withBsAntennas(List.of(6)).withDraws(3);
    assertThat(Fig6Antennas.run(tiny.withThreads(1), REGISTRY))
        .isEqualTo(Fig6Antennas.run(tiny.withThreads(2), REGISTRY));
  }

  @Test
  void run_rejectsMoreAntennasThanTheDiagonalHolds() {
    assertThatThrownBy(() -> Fig6Antennas.run(SMALL.withBsAntennas(List.of(13)), REGISTRY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 12");
  }

  @Test
  void params_rejectMoreUserStreamsThanAntennas() {
    assertThatThrownBy(() -> SMALL.withBsAntennas(List.of(3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds M = 3");
  }

  @Test
  void write_csvHasTheContractHeaderAndBothLayoutsPerM(@TempDir Path dir) throws Exception {
    Fig6Antennas.write(reference, dir, FigureFiles.DEFAULT);
    List<String> lines = Files.readAllLines(dir.resolve(Fig6Antennas.CSV));
    assertThat(lines.get(0))
        .isEqualTo("bs_antennas,layout,latency_s_mean,latency_s_ci95,psnr_db_mean,psnr_db_ci95,"
            + "sensitivity,draws");
    assertThat(lines).hasSize(5);
    assertThat(lines.subList(1, 5)).map(l -> l.substring(0, l.indexOf(',', 3)))
        .containsExactly("4,fa", "4,fpa", "12,fa", "12,fpa");
    assertThat(dir.resolve(Fig6Antennas.PNG)).isNotEmptyFile();
  }
}
