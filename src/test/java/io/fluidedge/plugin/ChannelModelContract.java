package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ChannelModelProvider}: draws have K users with N antennas each,
 * finite path gains and angles, positive powers; the same stream seed gives the same draw; and
 * uplink rates on any layout are finite and non-negative.
 */
public abstract class ChannelModelContract extends ProviderContract<ChannelModelProvider> {

  @Override
  protected final Class<ChannelModelProvider> kind() {
    return ChannelModelProvider.class;
  }

  private ChannelModel model() {
    return provider().create(context());
  }

  @Test
  public void draw_hasKUsersWithNAntennasAndFiniteParameters() {
    Scenario s = scenario();
    Channel c = model().draw(Streams.of(s.seed(), Streams.CHANNEL));
    assertThat(c.userCount()).isEqualTo(s.radio().users());
    assertThat(c.noisePower()).isPositive();
    for (int k = 0; k < c.userCount(); k++) {
      UserChannel u = c.user(k);
      assertThat(u.antennas()).isEqualTo(s.radio().userAntennas());
      assertThat(u.paths()).isPositive();
      assertThat(u.txPower()).isPositive().isFinite();
      for (int q = 0; q < u.paths(); q++) {
        assertThat(DoubleStream.of(u.gainRe(q), u.gainIm(q), u.aoaElev(q), u.aoaAzim(q),
            u.aodElev(q), u.aodAzim(q))).allSatisfy(v -> assertThat(v).isFinite());
      }
    }
  }

  @Test
  public void draw_isDeterministicForAStreamSeed() {
    Scenario s = scenario();
    Channel a = model().draw(Streams.of(s.seed(), Streams.CHANNEL));
    Channel b = model().draw(Streams.of(s.seed(), Streams.CHANNEL));
    for (int k = 0; k < a.userCount(); k++) {
      for (int q = 0; q < a.user(k).paths(); q++) {
        assertThat(b.user(k).gainRe(q)).isEqualTo(a.user(k).gainRe(q));
        assertThat(b.user(k).gainIm(q)).isEqualTo(a.user(k).gainIm(q));
        assertThat(b.user(k).aoaElev(q)).isEqualTo(a.user(k).aoaElev(q));
      }
    }
  }

  @Test
  public void rates_areFiniteAndNonNegativeOnTheDiagonalLayout() {
    Scenario s = scenario();
    Channel c = model().draw(Streams.of(s.seed(), Streams.CHANNEL));
    Panel panel = Panel.of(s.radio());
    double[] rates = UplinkRates.rates(c, Layouts.diagonal(panel, s.radio().bsAntennas()));
    assertThat(rates).hasSize(s.radio().users());
    assertThat(DoubleStream.of(rates))
        .allSatisfy(r -> assertThat(r).isFinite().isGreaterThanOrEqualTo(0));
  }
}
