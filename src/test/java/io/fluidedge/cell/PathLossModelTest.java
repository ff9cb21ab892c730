package io.fluidedge.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TR 38.901 Table 7.4.1-1 and Table 7.4.2-1 against cases computed by hand from the report's
 * formulas (f_c in GHz, d_3D = √(d_2D² + (h_BS − h_UT)²), d'_BP = 4·(h_BS − 1)(h_UT − 1)·f_c/c
 * with c = 3e8), both sides of the breakpoint included; e.g. UMi LoS at 50 m, 3.5 GHz:
 * d_3D = 50.72 m, 32.4 + 21·1.7052 + 20·0.5441 = 79.09 dB.
 */
class PathLossModelTest {

  @ParameterizedTest(name = "{0} d={1} los={2} fc={3}")
  @CsvSource({
      // model, d_2D, LoS, f_c, h_BS, PL (dB)
      "UMI, 50, true, 3.5e9, 10, 79.08964923389806",
      "UMI, 209, true, 3.5e9, 10, 92.01196922638238",   // d'_BP = 210 m: below
      "UMI, 211, true, 3.5e9, 10, 92.13782293938122",   // above: the 40 log10 branch
      "UMI, 500, true, 3.5e9, 10, 107.11375046601326",
      "UMI, 100, false, 3.5e9, 10, 104.64383201166098",
      "UMI, 30, false, 3.5e9, 10, 86.722930194275",
      "UMI, 100, true, 28e9, 10, 103.3759888423402",    // d'_BP = 1680 m at 28 GHz
      "UMI, 2000, true, 28e9, 10, 132.10353537403935",
      "UMA, 300, true, 3.5e9, 25, 93.40725259224124",
      "UMA, 559, true, 3.5e9, 25, 99.33285605934677",   // d'_BP = 560 m: below
      "UMA, 561, true, 3.5e9, 25, 99.3808417904188",    // above
      "UMA, 1000, true, 3.5e9, 25, 109.41189477469499",
      "UMA, 300, false, 3.5e9, 25, 121.27917215248789",
  })
  void meanDb_equalsTheReportsFormulas(PathLossModel model, double d, boolean los, double fc,
      double hBs, double expectedDb) {
    assertThat(model.meanDb(d, los, fc, hBs, 1.5, 0)).isCloseTo(expectedDb, within(1e-9));
  }

  @Test
  void breakpoint_isFourEffectiveHeightsTimesFrequencyOverC() {
    assertThat(PathLossModel.breakpointM(3.5e9, 10, 1.5)).isCloseTo(210, within(1e-9));
    assertThat(PathLossModel.breakpointM(3.5e9, 25, 1.5)).isCloseTo(560, within(1e-9));
  }

  @Test
  void losBranches_meetAtTheBreakpoint() {
    for (PathLossModel m : new PathLossModel[] {PathLossModel.UMI, PathLossModel.UMA}) {
      double h = m == PathLossModel.UMI ? 10 : 25;
      double bp = PathLossModel.breakpointM(3.5e9, h, 1.5);
      double below = m.meanDb(bp * (1 - 1e-12), true, 3.5e9, h, 1.5, 0);
      double above = m.meanDb(bp * (1 + 1e-12), true, 3.5e9, h, 1.5, 0);
      assertThat(above).as("%s", m).isCloseTo(below, within(1e-9));
    }
  }

  @Test
  void nlos_isNeverBelowLos() {
    for (double d = 10; d < 5000; d *= 1.3) {
      assertThat(PathLossModel.UMI.meanDb(d, false, 3.5e9, 10, 1.5, 0))
          .isGreaterThanOrEqualTo(PathLossModel.UMI.meanDb(d, true, 3.5e9, 10, 1.5, 0));
      assertThat(PathLossModel.UMA.meanDb(d, false, 3.5e9, 25, 1.5, 0))
          .isGreaterThanOrEqualTo(PathLossModel.UMA.meanDb(d, true, 3.5e9, 25, 1.5, 0));
    }
  }

  @Test
  void belowTenMetres_isEvaluatedAtTenMetres() {
    assertThat(PathLossModel.UMI.meanDb(3, true, 3.5e9, 10, 1.5, 0))
        .isEqualTo(PathLossModel.UMI.meanDb(10, true, 3.5e9, 10, 1.5, 0));
  }

  @ParameterizedTest(name = "{0} d={1}")
  @CsvSource({
      "UMI, 10, 1", "UMI, 18, 1", "UMI, 50, 0.5195854136174696",
      "UMI, 200, 0.09351798732692025", "UMA, 100, 0.3476708368442312", "LOG_DISTANCE, 500, 1",
  })
  void losProbability_equalsTable742(PathLossModel model, double d, double expected) {
    assertThat(model.losProbability(d)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void shadowingSigma_isTheReportsValue() {
    assertThat(PathLossModel.UMI.shadowingSigmaDb(true, 0)).isEqualTo(4.0);
    assertThat(PathLossModel.UMI.shadowingSigmaDb(false, 0)).isEqualTo(7.82);
    assertThat(PathLossModel.UMA.shadowingSigmaDb(true, 0)).isEqualTo(4.0);
    assertThat(PathLossModel.UMA.shadowingSigmaDb(false, 0)).isEqualTo(6.0);
    assertThat(PathLossModel.LOG_DISTANCE.shadowingSigmaDb(true, 5.5)).isEqualTo(5.5);
  }

  @Test
  void logDistance_isFreeSpaceToOneMetreThenTenNLog10() {
    // λ = c0 / 3.5 GHz; d_3D = √(100² + 8.5²); n = 3
    assertThat(PathLossModel.LOG_DISTANCE.meanDb(100, true, 3.5e9, 10, 1.5, 3))
        .isCloseTo(103.37604155959721, within(1e-9));
  }

  @Test
  void thermalNoise_isMinus174PlusBandwidthPlusNoiseFigure() {
    assertThat(PathLossModel.noiseDbm(20e6, 9)).isCloseTo(-91.98970004336019, within(1e-12));
    assertThat(PathLossModel.noiseDbm(1, 0)).isEqualTo(-174.0);
  }
}
