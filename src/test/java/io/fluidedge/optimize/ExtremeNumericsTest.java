package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.Fixtures;
import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Model;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.OptimizerSettings.Solver;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Near-singular and rank-deficient problems and extreme parameters: every policy with both
 * solvers returns finite rates, bits in range, positive finite CPU shares, feasible finite
 * positions and a finite, non-increasing loss. The extremes are the edges of the scenario's
 * plausibility ranges (ScenarioValidator) and the cases the rate formulas find hardest.
 */
class ExtremeNumericsTest {

  private static final List<String> POLICIES =
      List.of("joint", "fpa", "random-fa", "fixed-bits", "equal-cpu");
  private static final PluginRegistry REGISTRY = PluginRegistry.load();

  /** A named problem: the scenario and whether two users share one channel. */
  record Case(String name, Scenario scenario, boolean coincident) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(radio("snr -40 dB", r -> radio(r, 4, 2, 8, -40, 5, 20e6)));
    cases.add(radio("snr +90 dB", r -> radio(r, 4, 2, 8, 90, 5, 20e6)));
    cases.add(radio("snr -100 dB (range minimum)", r -> radio(r, 2, 2, 8, -100, 5, 20e6)));
    cases.add(radio("snr +200 dB (range maximum)", r -> radio(r, 2, 2, 8, 200, 5, 20e6)));
    cases.add(radio("K.N = M", r -> radio(r, 4, 2, 8, 10, 5, 20e6)));
    cases.add(radio("K.N = M, +90 dB, one path (rank one)", r -> radio(r, 4, 2, 8, 90, 1, 20e6)));
    cases.add(radio("K = M, N = 1, -40 dB", r -> radio(r, 8, 1, 8, -40, 5, 20e6)));
    cases.add(new Case("coincident users", scenario(r -> radio(r, 4, 2, 8, 10, 5, 20e6)), true));
    cases.add(new Case("coincident users, K.N = M, +90 dB",
        scenario(r -> radio(r, 4, 2, 8, 90, 5, 20e6)), true));
    cases.add(new Case("coincident users, -40 dB", scenario(r -> radio(r, 2, 2, 6, -40, 5, 20e6)),
        true));
    cases.add(model("rho 1e-12", 1e-12, 151296));
    cases.add(model("rho 1e3", 1e3, 151296));
    cases.add(model("rho 1e6 (range maximum)", 1e6, 151296));
    cases.add(radio("bandwidth 1 Hz", r -> radio(r, 4, 2, 8, 10, 5, 1)));
    cases.add(radio("bandwidth 1e12 Hz", r -> radio(r, 4, 2, 8, 10, 5, 1e12)));
    Scenario slowest = scenario(r -> radio(r, 2, 2, 4, -100, 1, 1));
    Model m = slowest.model();
    cases.add(new Case("1 Hz, -100 dB, 1e12 features (offload cap)", withModel(slowest,
        new Model(m.parameters(), m.cyclesPerParameter(), 1e12, m.featureMin(),
            m.featureMax(), m.sensitivity(), m.bitsMin(), m.bitsMax(), m.accuracy())), false));
    List<Arguments> out = new ArrayList<>();
    for (Case c : cases) {
      for (Solver solver : Solver.values()) {
        out.add(Arguments.of(c, solver));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void solve_extremeProblem_everyPolicyStaysFinite(Case c, Solver solver) {
    for (long seed = 1; seed <= 3; seed++) {
      for (String policy : POLICIES) {
        Scenario s = withPolicy(c.scenario(), policy, solver).withSeed(seed);
        Problem p = problem(s, seed, c.coincident());
        Solution sol = REGISTRY.policy(s).solve(p, null);
        String what = c + ", " + policy + "/" + solver + ", seed " + seed;
        assertFinite(what, p, sol);
        // Warm start from the solution: the path every block after the first takes.
        assertFinite(what + " (warm)", p, REGISTRY.policy(s).solve(p, sol.allocation()));
      }
    }
  }

  static void assertFinite(String what, Problem p, Solution sol) {
    Allocation a = sol.allocation();
    for (int k = 0; k < p.users(); k++) {
      assertThat(sol.rates()[k]).as("%s: rate %d", what, k).isFinite().isGreaterThanOrEqualTo(0);
      assertThat(a.bits(k)).as("%s: bits %d", what, k).isBetween(p.bitsMin(k), p.bitsMax(k));
      assertThat(a.cpuHz(k)).as("%s: cpu %d", what, k).isFinite().isPositive();
      assertThat(sol.loss().offloadS()[k]).as("%s: offload %d", what, k).isFinite();
      assertThat(sol.loss().inferenceS()[k]).as("%s: inference %d", what, k).isFinite();
      assertThat(sol.loss().accuracy()[k]).as("%s: accuracy %d", what, k).isFinite();
    }
    for (int m = 0; m < a.positions().size(); m++) {
      assertThat(a.positions().x(m)).as("%s: x %d", what, m).isFinite();
      assertThat(a.positions().y(m)).as("%s: y %d", what, m).isFinite();
    }
    assertThat(a.positions().feasibleOn(p.panel())).as("%s: feasible positions", what).isTrue();
    assertThat(sol.loss().total()).as("%s: loss", what).isFinite();
    assertThat(sol.loss().latencyS()).as("%s: latency", what).isFinite();
    // Non-increasing up to the rounding of the rates themselves, which at -100 dB or +200 dB are
    // differences of nearly equal log-determinants (relative error up to ~1e-6).
    double slack = 1e-5 * BlockCoordinateDescent.scale(p, sol.loss());
    double[] h = sol.lossHistory();
    for (int i = 0; i < h.length; i++) {
      assertThat(h[i]).as("%s: loss history %d", what, i).isFinite();
      if (i > 0) {
        assertThat(h[i]).as("%s: loss history %d non-increasing", what, i)
            .isLessThanOrEqualTo(h[i - 1] + slack);
      }
    }
    assertThat(sol.wallMs()).as("%s: wall ms", what).isFinite();
  }

  /** The problem of a scenario; with {@code coincident}, user 1 gets user 0's channel. */
  static Problem problem(Scenario s, long seed, boolean coincident) {
    Channel channel = Fixtures.channel(s, seed);
    if (coincident) {
      List<UserChannel> users = new ArrayList<>(channel.users());
      users.set(1, users.get(0));
      channel = new Channel(users, channel.noisePower());
    }
    return Problem.of(s, channel,
        new PsnrAccuracy(s.model().featureMin(), s.model().featureMax()));
  }

  private static Case radio(String name, UnaryOperator<Radio> radio) {
    return new Case(name, scenario(radio), false);
  }

  private static Case model(String name, double sensitivity, double features) {
    Scenario s = Fixtures.scenario();
    Model m = s.model();
    return new Case(name, withModel(s, new Model(m.parameters(), m.cyclesPerParameter(), features,
        m.featureMin(), m.featureMax(), sensitivity, m.bitsMin(), m.bitsMax(), m.accuracy())),
        false);
  }

  private static Scenario scenario(UnaryOperator<Radio> radio) {
    Scenario s = Fixtures.scenario();
    return new Scenario(s.name(), s.seed(), s.durationS(), s.coherenceS(), radio.apply(s.radio()),
        s.model(), s.server(), s.traffic(), s.optimizer(), s.output(), s.plugins(), s.source());
  }

  private static Radio radio(Radio r, int users, int userAntennas, int bsAntennas, double snrDb,
      int paths, double bandwidthHz) {
    return new Radio(r.carrierHz(), bandwidthHz, snrDb, users, userAntennas, bsAntennas,
        r.panelWavelengths(), r.minSpacingWavelengths(), paths, r.ricianK(), r.channel(),
        r.evolution(), r.dopplerHz(), r.portSpacingWavelengths());
  }

  private static Scenario withModel(Scenario s, Model model) {
    return new Scenario(s.name(), s.seed(), s.durationS(), s.coherenceS(), s.radio(), model,
        s.server(), s.traffic(), s.optimizer(), s.output(), s.plugins(), s.source());
  }

  /** The policy and solver; the paper solver on a coarse grid with few iterations (it is slow). */
  private static Scenario withPolicy(Scenario s, String policy, Solver solver) {
    OptimizerSettings o = s.optimizer();
    if (solver == Solver.PAPER) {
      o = new OptimizerSettings(policy, solver, 10, o.tolerance(), o.fixedBits(), true, 0,
          Double.POSITIVE_INFINITY, 0.5);
    } else {
      o = o.withPolicy(policy);
    }
    return s.withOptimizer(o);
  }
}
