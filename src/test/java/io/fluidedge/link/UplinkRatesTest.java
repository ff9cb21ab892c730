package io.fluidedge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

class UplinkRatesTest {

  /** The loop path the optimizer uses against EJML matrix products of the same formula. */
  @ParameterizedTest
  @CsvSource({"4,2,8,10", "8,2,32,20", "2,1,4,40", "3,2,6,-10", "1,1,1,5", "2,2,6,60"})
  void rates_matchEjmlMatrixComputation(int k, int n, int m, double snrDb) {
    Scenario s = Fixtures.scenario(Fixtures.radio(k, n, m, snrDb));
    Panel panel = Panel.of(s.radio());
    RandomStream rng = Streams.of(17, "test");
    for (long seed = 1; seed <= 5; seed++) {
      Channel ch = Fixtures.channel(s, seed);
      Positions pos = Layouts.random(panel, m, rng);
      double[] loops = UplinkRates.rates(ch, pos);
      double[] ejml = EjmlRates.rates(ch, UplinkRates.channelMatrices(ch, pos));
      for (int u = 0; u < k; u++) {
        assertThat(loops[u]).isCloseTo(ejml[u], within(1e-10 * Math.max(1, ejml[u])));
      }
    }
  }
}
