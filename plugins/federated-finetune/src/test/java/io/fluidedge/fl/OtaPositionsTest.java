package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OTA position search accepts only feasible layouts that raise Ψ (lower the ZF MSE). */
class OtaPositionsTest {

  @ParameterizedTest
  @CsvSource({"31, 1, 1, 4", "32, 2, 1, 8", "33, 4, 1, 8", "34, 3, 2, 8"})
  void improve_acceptsOnlyImprovingFeasibleLayouts(long seed, int k, int n, int m) {
    Channel ch = Channels.draw(seed, k, n, 0);
    int[] clients = new int[k];
    int[] all = new int[k];
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      clients[i] = i;
      all[i] = i;
      w[i] = ch.user(i).txPower() * k * k;
    }
    Positions start = Channels.spread(m);
    ClientChannels h0 = ClientChannels.of(ch, clients, start);
    double startValue = Receiver.minGain(h0, all, w, Receiver.design(h0, all, w));
    OtaPositions search = new OtaPositions(Channels.PANEL, Channels.LAMBDA / 8, 3);
    OtaPositions.Result r = search.improve(ch, clients, w, start);

    assertThat(search.trail).isNotEmpty();
    double previous = startValue;
    for (OtaPositions.Accepted a : search.trail) {
      assertThat(a.layout().feasibleOn(Channels.PANEL)).isTrue();
      assertThat(a.value()).isGreaterThan(previous);
      previous = a.value();
    }
    // The reported value is Ψ recomputed from scratch at the final layout and combiner.
    ClientChannels h = ClientChannels.of(ch, clients, r.layout());
    double value = Receiver.minGain(h, all, w, r.combiner());
    assertThat(value).isCloseTo(r.value(), org.assertj.core.api.Assertions.within(1e-9 * value));
    assertThat(r.value()).isGreaterThan(startValue);
  }
}
