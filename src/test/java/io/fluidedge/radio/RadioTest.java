package io.fluidedge.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.Fixtures;
import io.fluidedge.scenario.Radio.Evolution;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;

class RadioTest {

  private final Scenario scenario = Fixtures.scenario();
  private final Panel panel = Panel.of(scenario.radio());

  @Test
  void bessel_j0_matchesTabulatedValues() {
    assertThat(Bessel.j0(0)).isCloseTo(1.0, within(1e-15));
    assertThat(Bessel.j0(1)).isCloseTo(0.7651976865579666, within(1e-14));
    assertThat(Bessel.j0(2.404825557695773)).isCloseTo(0.0, within(1e-14));
    assertThat(Bessel.j0(10)).isCloseTo(-0.2459357644513483, within(1e-14));
  }

  @Test
  void layouts_areFeasible() {
    assertThat(Layouts.diagonal(panel, 8).feasibleOn(panel)).isTrue();
    assertThat(Layouts.spread(panel, 8).feasibleOn(panel)).isTrue();
    assertThat(Layouts.spread(panel, 32).feasibleOn(panel)).isTrue();
    for (int i = 0; i < 20; i++) {
      assertThat(Layouts.random(panel, 16, Streams.of(i, "t")).feasibleOn(panel)).isTrue();
    }
    assertThat(Layouts.maxOnDiagonal(panel)).isEqualTo(12);
    assertThatThrownBy(() -> Layouts.diagonal(panel, 13)).hasMessageContaining("at most 12 fit");
  }

  @Test
  void channel_pathPowersFollowTheRicianSplit() {
    GeometricChannel model = GeometricChannel.of(scenario.radio());
    var rng = Streams.of(9, Streams.CHANNEL);
    int draws = 20000;
    double los = 0;
    double scatter = 0;
    for (int d = 0; d < draws; d++) {
      FieldResponseChannel u = (FieldResponseChannel) model.draw(rng).user(0);
      los += u.gainRe(0) * u.gainRe(0) + u.gainIm(0) * u.gainIm(0);
      scatter += u.gainRe(1) * u.gainRe(1) + u.gainIm(1) * u.gainIm(1);
    }
    // Exponential |σ|² has sd = mean: 5 standard errors.
    assertThat(los / draws).isCloseTo(0.5, within(5 * 0.5 / Math.sqrt(draws)));
    assertThat(scatter / draws).isCloseTo(0.125, within(5 * 0.125 / Math.sqrt(draws)));
  }

  @Test
  void evolution_staticKeeps_iidRedraws_gaussMarkovCorrelatesByJ0() {
    GeometricChannel model = GeometricChannel.of(scenario.radio());
    ChannelProcess still = new ChannelProcess(model, Evolution.STATIC, 10, 0.01, Streams.of(1, "c"));
    Channel first = still.next();
    assertThat(still.next()).isSameAs(first);
    ChannelProcess iid = new ChannelProcess(model, Evolution.IID, 10, 0.01, Streams.of(1, "c"));
    assertThat(((FieldResponseChannel) iid.next().user(0)).gainRe(0))
        .isNotEqualTo(((FieldResponseChannel) iid.next().user(0)).gainRe(0));

    ChannelProcess gm = new ChannelProcess(model, Evolution.GAUSS_MARKOV, 20, 0.01, Streams.of(1, "c"));
    double a = gm.correlation();
    assertThat(a).isCloseTo(Bessel.j0(2 * Math.PI * 0.2), within(1e-15));
    Channel prev = gm.next();
    double cross = 0;
    double power = 0;
    int steps = 20000;
    for (int t = 0; t < steps; t++) {
      Channel next = gm.next();
      FieldResponseChannel p = (FieldResponseChannel) prev.user(0);
      FieldResponseChannel n = (FieldResponseChannel) next.user(0);
      cross += p.gainRe(0) * n.gainRe(0) + p.gainIm(0) * n.gainIm(0);
      power += p.gainRe(0) * p.gainRe(0) + p.gainIm(0) * p.gainIm(0);
      assertThat(n.aoaElev(0)).isEqualTo(p.aoaElev(0));
      prev = next;
    }
    // Lag-one autocorrelation of an AR(1) process; its standard error is about √((1−a²)/n).
    double rho = cross / power;
    assertThat(rho).isCloseTo(a, within(10 * Math.sqrt((1 - a * a) / steps) + 0.01));
  }
}
