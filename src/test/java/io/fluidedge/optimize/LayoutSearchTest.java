package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.fluidedge.Fixtures;
import io.fluidedge.link.LayoutPotential;
import io.fluidedge.link.PotentialChecks;
import io.fluidedge.link.SchurRates;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class LayoutSearchTest {

  private static final double GRID = 0.25;

  @Test
  void run_lowersPhi_keepsTheLayoutFeasible_andReachesThePerAntennaSearch() {
    Scenario s = Fixtures.scenario();
    Panel panel = Panel.of(s.radio());
    double gridM = GRID * panel.wavelengthM();
    RandomStream rng = Streams.of(23, "test");
    double jointSum = 0;
    double screenedSum = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions start = Layouts.random(panel, 8, rng);
      double[] a = weights(4, rng);
      double phi0 = PotentialChecks.potential(ch, start, a);
      double minGain = 1e-4 * phi0;
      double[] x = start.xs();
      double[] y = start.ys();
      LayoutSearch search = new LayoutSearch(panel, gridM, new LayoutPotential(ch), 4, 8);
      LayoutSearch.Outcome outcome = search.run(x, y, a, minGain);
      assertThat(outcome).isNotEqualTo(LayoutSearch.Outcome.DECLINED);
      Positions end = Positions.of(x, y);
      assertThat(end.feasibleOn(panel)).isTrue();
      double phi = PotentialChecks.potential(ch, end, a);
      assertThat(phi).isLessThanOrEqualTo(phi0);
      assertThat(search.rates()).containsExactly(UplinkRates.rates(ch, end), offset(1e-9));
      SchurRates state = new SchurRates(ch, start);
      new PositionSearch(panel, gridM, 4, 1e-4).improveScreened(state, a, minGain);
      jointSum += phi;
      screenedSum += PotentialChecks.potential(ch, state.positions(), a);
    }
    // Independent check of the search's quality: on average at least as low as per-antenna steps
    // from the same starts (measured: 2–3 % lower on these seeds).
    assertThat(jointSum).isLessThanOrEqualTo(screenedSum);
  }

  @Test
  void crowdedPanel_blocksTheJointSteps_andFastPositionsHandsOverToPerAntennaSteps() {
    // 16 antennas on a 2.5λ panel with λ/2 spacing: most antennas touch a neighbour.
    Radio radio = new Radio(3.5e9, 20e6, 10, 8, 2, 16, 2.5, 0.5, 5, 1, "geometric",
        Radio.Evolution.IID, 10, 0.25);
    Scenario s = Fixtures.scenario(radio);
    Panel panel = Panel.of(radio);
    double gridM = GRID * panel.wavelengthM();
    RandomStream rng = Streams.of(29, "test");
    int blocked = 0;
    for (long seed = 1; seed <= 10; seed++) {
      Problem p = Fixtures.problem(s, seed);
      Positions start = Layouts.random(panel, 16, rng);
      double[] a = weights(8, rng);
      double phi0 = PotentialChecks.potential(p.channel(), start, a);
      double[] x = start.xs();
      double[] y = start.ys();
      LayoutSearch.Outcome outcome = new LayoutSearch(panel, gridM,
          new LayoutPotential(p.channel()), 8, 16).run(x, y, a, 1e-4 * phi0);
      blocked += outcome == LayoutSearch.Outcome.BLOCKED ? 1 : 0;
      Positions end = new FastPositions(p, gridM, 1e-4).improve(start, a, 1e-4 * phi0, false);
      assertThat(end.feasibleOn(panel)).isTrue();
      assertThat(PotentialChecks.potential(p.channel(), end, a)).isLessThanOrEqualTo(phi0);
    }
    assertThat(blocked).isPositive();
  }

  private static double[] weights(int k, RandomStream rng) {
    double[] a = new double[k];
    for (int u = 0; u < k; u++) {
      a[u] = 0.1 + rng.nextDouble();
    }
    return a;
  }
}
