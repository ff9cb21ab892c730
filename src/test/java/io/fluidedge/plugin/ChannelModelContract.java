package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/**
 * The contract of a {@link ChannelModelProvider}, whatever the channel's form: draws have K users
 * with N antennas, positive powers and finite rows; the same stream seed gives the same rows;
 * {@link UserChannel#rowWithGradient} returns {@link UserChannel#row} and derivatives that agree
 * with central finite differences; Gauss-Markov evolution with correlation 1 keeps the rows and
 * with 0 changes them; the description starts with {@code form} and {@code tx_power} and holds
 * only the value types {@code --dump-channel} writes; uplink rates on any layout are finite and
 * non-negative.
 */
public abstract class ChannelModelContract extends ProviderContract<ChannelModelProvider> {

  @Override
  protected final Class<ChannelModelProvider> kind() {
    return ChannelModelProvider.class;
  }

  private ChannelModel model() {
    return provider().create(context());
  }

  private Channel draw(ChannelModel model) {
    return model.draw(Streams.of(scenario().seed(), Streams.CHANNEL));
  }

  /** Points spread over the panel, inside by a margin (x, y pairs, m). */
  private double[][] points(int count) {
    double side = Panel.of(scenario().radio()).sideM();
    RandomStream rng = Streams.of(11, "contract-points");
    double[][] p = new double[count][];
    for (int i = 0; i < count; i++) {
      p[i] = new double[] {side * (0.05 + 0.9 * rng.nextDouble()),
          side * (0.05 + 0.9 * rng.nextDouble())};
    }
    return p;
  }

  private static double[] row(UserChannel u, double[] point) {
    int n = u.antennas();
    double[] re = new double[n];
    double[] im = new double[n];
    u.row(point[0], point[1], re, im);
    double[] both = new double[2 * n];
    System.arraycopy(re, 0, both, 0, n);
    System.arraycopy(im, 0, both, n, n);
    return both;
  }

  @Test
  public void draw_hasKUsersWithNAntennasAndFiniteRows() {
    Scenario s = scenario();
    Channel c = draw(model());
    assertThat(c.userCount()).isEqualTo(s.radio().users());
    assertThat(c.noisePower()).isPositive();
    for (int k = 0; k < c.userCount(); k++) {
      UserChannel u = c.user(k);
      assertThat(u.antennas()).isEqualTo(s.radio().userAntennas());
      assertThat(u.txPower()).isPositive().isFinite();
      for (double[] p : points(10)) {
        assertThat(DoubleStream.of(row(u, p))).allSatisfy(v -> assertThat(v).isFinite());
      }
    }
  }

  @Test
  public void draw_isDeterministicForAStreamSeed() {
    Channel a = draw(model());
    Channel b = draw(model());
    for (int k = 0; k < a.userCount(); k++) {
      for (double[] p : points(5)) {
        assertThat(row(b.user(k), p)).containsExactly(row(a.user(k), p));
      }
    }
  }

  @Test
  public void rowWithGradient_isTheRowAndMatchesCentralDifferences() {
    Channel c = draw(model());
    double lambda = scenario().radio().wavelengthM();
    double step = 1e-6 * lambda;
    double k0 = 2 * Math.PI / lambda;
    int offset = 3;
    for (int k = 0; k < c.userCount(); k++) {
      UserChannel u = c.user(k);
      int n = u.antennas();
      for (double[] p : points(10)) {
        double[][] w = new double[6][offset + n];
        u.rowWithGradient(p[0], p[1], w[0], w[1], w[2], w[3], w[4], w[5], offset);
        double[] plain = row(u, p);
        double scale = 0;
        for (double v : plain) {
          scale = Math.max(scale, Math.abs(v));
        }
        double tol = 1e-6 * k0 * Math.max(scale, 1e-3);
        double[] xp = row(u, new double[] {p[0] + step, p[1]});
        double[] xm = row(u, new double[] {p[0] - step, p[1]});
        double[] yp = row(u, new double[] {p[0], p[1] + step});
        double[] ym = row(u, new double[] {p[0], p[1] - step});
        for (int i = 0; i < n; i++) {
          assertThat(w[0][offset + i]).isCloseTo(plain[i], within(1e-12 * scale));
          assertThat(w[1][offset + i]).isCloseTo(plain[n + i], within(1e-12 * scale));
          assertThat(w[2][offset + i]).as("d re/dx, user %d antenna %d", k, i)
              .isCloseTo((xp[i] - xm[i]) / (2 * step), within(tol));
          assertThat(w[3][offset + i]).isCloseTo((xp[n + i] - xm[n + i]) / (2 * step),
              within(tol));
          assertThat(w[4][offset + i]).isCloseTo((yp[i] - ym[i]) / (2 * step), within(tol));
          assertThat(w[5][offset + i]).isCloseTo((yp[n + i] - ym[n + i]) / (2 * step),
              within(tol));
        }
      }
    }
  }

  @Test
  public void evolve_correlationOneKeepsTheRows_zeroChangesThem() {
    ChannelModel model = model();
    Channel c = draw(model);
    RandomStream rng = Streams.of(5, "contract-evolve");
    Channel kept = model.evolve(c, 1.0, rng);
    Channel fresh = model.evolve(c, 0.0, rng);
    assertThat(kept.userCount()).isEqualTo(c.userCount());
    for (int k = 0; k < c.userCount(); k++) {
      for (double[] p : points(5)) {
        double[] before = row(c.user(k), p);
        double[] after = row(kept.user(k), p);
        for (int i = 0; i < before.length; i++) {
          assertThat(after[i]).isCloseTo(before[i], within(1e-12));
        }
        assertThat(row(fresh.user(k), p)).isNotEqualTo(before);
      }
    }
  }

  @Test
  public void describe_startsWithFormAndPowerAndHoldsDumpableValues() {
    Channel c = draw(model());
    for (UserChannel u : c.users()) {
      Map<String, Object> d = u.describe();
      List<String> keys = new ArrayList<>(d.keySet());
      assertThat(keys.subList(0, 2)).containsExactly("form", "tx_power");
      assertThat(d.get("form")).isInstanceOf(String.class);
      assertThat(((Number) d.get("tx_power")).doubleValue()).isEqualTo(u.txPower());
      assertDumpable(d);
    }
  }

  private static void assertDumpable(Map<?, ?> d) {
    for (Map.Entry<?, ?> e : d.entrySet()) {
      assertThat(e.getKey()).isInstanceOf(String.class);
      Object v = e.getValue();
      assertThat(v).as("value of %s", e.getKey()).isInstanceOfAny(String.class, Number.class,
          double[].class, double[][].class, List.class);
      if (v instanceof List<?> table) {
        for (Object entry : table) {
          assertThat(entry).isInstanceOf(Map.class);
          assertDumpable((Map<?, ?>) entry);
        }
      }
    }
  }

  @Test
  public void rates_areFiniteAndNonNegativeOnTheDiagonalLayout() {
    Scenario s = scenario();
    Channel c = draw(model());
    Panel panel = Panel.of(s.radio());
    double[] rates = UplinkRates.rates(c, Layouts.diagonal(panel, s.radio().bsAntennas()));
    assertThat(rates).hasSize(s.radio().users());
    assertThat(DoubleStream.of(rates))
        .allSatisfy(r -> assertThat(r).isFinite().isGreaterThanOrEqualTo(0));
  }
}
