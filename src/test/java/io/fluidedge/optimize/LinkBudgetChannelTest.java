package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.Fixtures;
import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.CorrelatedChannel;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * β_k·p_k carried as the effective transmit power equals H_k scaled by √β_k at power p_k, for
 * both channel forms: checked against a test-local wrapper that scales the rows instead.
 */
class LinkBudgetChannelTest {

  private static final Scenario SCENARIO = Fixtures.scenario();
  private static final PsnrAccuracy PSNR = new PsnrAccuracy(-1, 1);
  private static final double[] GAIN = {0.3, 1.0, 2.5, 7.0};

  @Test
  void powerForm_equalsScaledRows_forGeometricAndCorrelatedChannels() {
    List<Channel> drawn = List.of(
        GeometricChannel.of(SCENARIO.radio()).draw(Streams.of(3, Streams.CHANNEL)),
        CorrelatedChannel.of(SCENARIO.radio()).draw(Streams.of(3, Streams.CHANNEL)));
    for (Channel channel : drawn) {
      List<UserProfile> profiles = new ArrayList<>();
      List<UserChannel> scaledRows = new ArrayList<>();
      for (int k = 0; k < channel.userCount(); k++) {
        UserProfile u = Problem.of(SCENARIO, channel, PSNR).profiles().get(k);
        profiles.add(new UserProfile(u.parameters(), u.cyclesPerParameter(),
            u.featureElements(), u.bitsMin(), u.bitsMax(), u.txPower(), GAIN[k]));
        scaledRows.add(new ScaledRows(channel.user(k), Math.sqrt(GAIN[k])));
      }
      Problem problem = Problem.of(SCENARIO, channel, PSNR, profiles);
      Positions layout = Layouts.spread(problem.panel(), problem.antennas());
      double[] got = UplinkRates.rates(problem.channel(), layout);
      double[] want = UplinkRates.rates(new Channel(scaledRows, channel.noisePower()), layout);
      for (int k = 0; k < got.length; k++) {
        assertThat(got[k]).isCloseTo(want[k], within(1e-9 * want[k]));
        Map<String, Object> d = problem.channel().user(k).describe();
        assertThat(d.get("tx_power")).isEqualTo(GAIN[k] * channel.user(k).txPower());
        assertThat(d.keySet()).containsExactlyElementsOf(channel.user(k).describe().keySet());
      }
    }
  }

  /** Rows (and gradients) scaled by a factor, power unchanged. */
  private record ScaledRows(UserChannel drawn, double factor) implements UserChannel {

    @Override
    public int antennas() {
      return drawn.antennas();
    }

    @Override
    public double txPower() {
      return drawn.txPower();
    }

    @Override
    public void row(double x, double y, double[] re, double[] im) {
      drawn.row(x, y, re, im);
      for (int n = 0; n < antennas(); n++) {
        re[n] *= factor;
        im[n] *= factor;
      }
    }

    @Override
    public void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
        double[] dxIm, double[] dyRe, double[] dyIm, int offset) {
      drawn.rowWithGradient(x, y, re, im, dxRe, dxIm, dyRe, dyIm, offset);
      for (double[] a : new double[][] {re, im, dxRe, dxIm, dyRe, dyIm}) {
        for (int n = 0; n < antennas(); n++) {
          a[offset + n] *= factor;
        }
      }
    }

    @Override
    public Map<String, Object> describe() {
      return drawn.describe();
    }
  }
}
