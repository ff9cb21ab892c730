package io.fluidedge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.Fixtures;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.RandomStream;

class PointRowsTest {

  /**
   * An evaluation from kept rows gives the rates, bit for bit, of one that computes the rows,
   * at first use and on later ones (after commits elsewhere), and a commit at a kept point moves
   * the state as a computed one does.
   */
  @ParameterizedTest
  @CsvSource({"4,2,8,false", "3,1,6,false", "8,2,32,true", "4,2,8,true"})
  void keptRows_evaluateAsComputedOnes(int k, int n, int m, boolean large) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, 10));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(3, "test");
    Channel ch = Fixtures.channel(s, 2);
    Positions pos = Layouts.random(panel, m, rng);
    double[] xs = new double[40];
    double[] ys = new double[40];
    for (int p = 0; p < xs.length; p++) {
      xs[p] = rng.nextDouble() * panel.sideM();
      ys[p] = rng.nextDouble() * panel.sideM();
    }
    PointRows rows = new PointRows(ch, xs, ys);
    SchurRates kept = new SchurRates(ch, pos, large);
    SchurRates computed = new SchurRates(ch, pos, large);
    double[] a = new double[k];
    double[] b = new double[k];
    for (int round = 0; round < 2; round++) {
      for (int antenna = 0; antenna < m; antenna++) {
        kept.focus(antenna);
        computed.focus(antenna);
        for (int p = 0; p < xs.length; p++) {
          kept.evaluate(rows, p, a);
          computed.evaluate(xs[p], ys[p], b, null, null);
          for (int u = 0; u < k; u++) {
            assertThat(Double.doubleToLongBits(a[u])).as("round %d antenna %d point %d user %d",
                round, antenna, p, u).isEqualTo(Double.doubleToLongBits(b[u]));
          }
        }
        int p = (int) (rng.nextDouble() * xs.length);
        kept.evaluate(rows, p, a);
        kept.commit(xs[p], ys[p]);
        computed.commit(xs[p], ys[p]);
      }
    }
    kept.currentRates(a);
    computed.currentRates(b);
    assertThat(a).containsExactly(b);
  }

  @ParameterizedTest
  @CsvSource({"2,1,4"})
  void rowsOfAnotherChannel_areRefused(int k, int n, int m) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, 10));
    Panel panel = Panel.of(s.radio());
    Positions pos = Layouts.random(panel, m, Streams.of(3, "test"));
    PointRows rows = new PointRows(Fixtures.channel(s, 1), new double[] {0}, new double[] {0});
    SchurRates sr = new SchurRates(Fixtures.channel(s, 2), pos);
    sr.focus(0);
    assertThatThrownBy(() -> sr.evaluate(rows, 0, new double[k]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another channel");
  }
}
