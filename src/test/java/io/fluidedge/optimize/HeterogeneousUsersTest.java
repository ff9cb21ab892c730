package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.Fixtures;
import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/** Users that differ in model, features, bit range, power and path loss. */
class HeterogeneousUsersTest {

  private static final Scenario SCENARIO = Fixtures.scenario();
  private static final PsnrAccuracy PSNR = new PsnrAccuracy(-1, 1);

  /** K random profiles: S_k, c_k, D_k over decades, bit ranges inside 1..32, p_k, β_k. */
  static List<UserProfile> randomProfiles(RandomStream rng, int users, double basePower) {
    List<UserProfile> out = new ArrayList<>();
    for (int k = 0; k < users; k++) {
      int lo = 1 + (int) (rng.nextDouble() * 8);
      int hi = lo + (int) (rng.nextDouble() * (33 - lo));
      out.add(new UserProfile(Math.pow(10, 6 + 4 * rng.nextDouble()),
          Math.pow(10, 1 + 3 * rng.nextDouble()), Math.pow(10, 4 + 2 * rng.nextDouble()), lo, hi,
          basePower * Math.pow(10, rng.nextDouble() - 0.5), Math.pow(10, rng.nextDouble() - 0.5)));
    }
    return out;
  }

  static Problem problem(long seed, List<UserProfile> profiles) {
    return Problem.of(SCENARIO, Fixtures.channel(SCENARIO, seed), PSNR, profiles);
  }

  @Test
  void cpuShares_proportionalToSqrtOfCyclesTimesParameters_andKktHolds() {
    RandomStream rng = Streams.of(11, "test");
    for (int trial = 0; trial < 100; trial++) {
      List<UserProfile> profiles = randomProfiles(rng, 4, SCENARIO.radio().txPower());
      Problem p = problem(1, profiles);
      double[] f = ResourceBlocks.cpuShares(p);
      double sum = 0;
      double ratio = f[0] / Math.sqrt(profiles.get(0).cyclesPerParameter() * profiles.get(0).parameters());
      for (int k = 0; k < 4; k++) {
        UserProfile u = profiles.get(k);
        sum += f[k];
        assertThat(f[k] / Math.sqrt(u.cyclesPerParameter() * u.parameters()))
            .isCloseTo(ratio, within(1e-9 * ratio));
        // KKT: the marginal cost c_k·S_k/f_k² is the same multiplier for every user.
        double mu = profiles.get(0).cycles() / (f[0] * f[0]);
        assertThat(u.cycles() / (f[k] * f[k])).isCloseTo(mu, within(1e-9 * mu));
      }
      assertThat(sum).isCloseTo(p.cpuHz(), within(1e-9 * p.cpuHz()));
    }
  }

  @Test
  void bits_matchBruteForceWithUnequalFeaturesAndRanges() {
    RandomStream rng = Streams.of(12, "test");
    for (int trial = 0; trial < 300; trial++) {
      Problem p = problem(1, randomProfiles(rng, 4, SCENARIO.radio().txPower()))
          .withSensitivity(Math.pow(10, -6 + 3 * rng.nextDouble()));
      double[] rates = new double[4];
      for (int k = 0; k < 4; k++) {
        rates[k] = Math.pow(10, -1 + 2 * rng.nextDouble());
      }
      int[] chosen = ResourceBlocks.bits(p, rates);
      for (int k = 0; k < 4; k++) {
        double bestG = Double.POSITIVE_INFINITY;
        for (int b = p.bitsMin(k); b <= p.bitsMax(k); b++) {
          bestG = Math.min(bestG, b * p.features(k) / (p.bandwidthHz() * rates[k])
              - p.sensitivity() * PSNR.accuracy(b));
        }
        int c = chosen[k];
        assertThat(c).isBetween(p.bitsMin(k), p.bitsMax(k));
        double g = c * p.features(k) / (p.bandwidthHz() * rates[k])
            - p.sensitivity() * PSNR.accuracy(c);
        assertThat(g).isCloseTo(bestG, within(1e-12 * Math.max(1, Math.abs(bestG))));
      }
    }
  }

  /**
   * β_k·p_k scales user k's H_k P_k H_kᴴ: the same gain c for every user equals a channel drawn
   * at c times the power (an SNR 10·log10(c) dB higher), computed by full determinants.
   */
  @Test
  void largeScaleGain_actsAsPowerScaling() {
    double c = 3.7;
    double power = SCENARIO.radio().txPower();
    List<UserProfile> profiles = new ArrayList<>();
    for (UserProfile u : Problem.of(SCENARIO, Fixtures.channel(SCENARIO, 1), PSNR).profiles()) {
      profiles.add(new UserProfile(u.parameters(), u.cyclesPerParameter(), u.featureElements(),
          u.bitsMin(), u.bitsMax(), u.txPower(), c));
    }
    Radio r = SCENARIO.radio();
    Scenario louder = Fixtures.scenario(Fixtures.radio(r.users(), r.userAntennas(), r.bsAntennas(),
        r.snrDb() + 10 * Math.log10(c)));
    for (long seed = 1; seed <= 5; seed++) {
      Problem scaled = problem(seed, profiles);
      Channel reference = Fixtures.channel(louder, seed);
      Positions layout = Layouts.spread(scaled.panel(), scaled.antennas());
      double[] got = UplinkRates.rates(scaled.channel(), layout);
      double[] want = UplinkRates.rates(reference, layout);
      for (int k = 0; k < got.length; k++) {
        assertThat(got[k]).isCloseTo(want[k], within(1e-9 * want[k]));
      }
    }
    // Only the product β_k·p_k matters: swapping them leaves the rates unchanged.
    List<UserProfile> swapped = new ArrayList<>();
    for (UserProfile u : profiles) {
      swapped.add(new UserProfile(u.parameters(), u.cyclesPerParameter(), u.featureElements(),
          u.bitsMin(), u.bitsMax(), power * c, 1));
    }
    Positions layout = Layouts.spread(problem(1, profiles).panel(), SCENARIO.radio().bsAntennas());
    assertThat(UplinkRates.rates(problem(1, swapped).channel(), layout))
        .containsExactly(UplinkRates.rates(problem(1, profiles).channel(), layout), within(1e-9));
  }

  @Test
  void jointSolve_monotoneFeasibleAndNoWorseThanBaselines() {
    RandomStream rng = Streams.of(13, "test");
    Scenario s = SCENARIO.withOptimizer(SCENARIO.optimizer().withStarts(1));
    for (long seed = 1; seed <= 10; seed++) {
      Problem p = problem(seed, randomProfiles(rng, 4, SCENARIO.radio().txPower()));
      Solution joint = BcdPolicy.joint(s.optimizer(), p.panel(), p.antennas(),
          Streams.of(seed, Streams.POSITIONS)).solve(p, null);
      double[] h = joint.lossHistory();
      for (int i = 1; i < h.length; i++) {
        assertThat(h[i]).as("seed %d iteration %d", seed, i)
            .isLessThanOrEqualTo(h[i - 1] + 1e-12 * Math.abs(h[i - 1]));
      }
      assertThat(h[h.length - 1]).isEqualTo(joint.loss().total());
      Allocation a = joint.allocation();
      assertThat(a.positions().feasibleOn(p.panel())).isTrue();
      for (int k = 0; k < p.users(); k++) {
        assertThat(a.bits(k)).isBetween(p.bitsMin(k), p.bitsMax(k));
      }
      // The loss printed is the loss of the allocation, rates by full determinants.
      double exact = Loss.evaluate(p, UplinkRates.rates(p.channel(), a.positions()), a.bits(),
          a.cpuHz()).total();
      assertThat(joint.loss().total()).isCloseTo(exact, within(1e-9 * Math.abs(exact)));
      List<BcdPolicy> baselines = List.of(
          BcdPolicy.fpa(s.optimizer(), p.panel(), p.antennas()),
          BcdPolicy.randomFa(s.optimizer(), p.panel(), p.antennas(),
              Streams.of(seed, Streams.POSITIONS)),
          BcdPolicy.fixedBits(s.optimizer(), p.panel(), p.antennas()),
          BcdPolicy.equalCpu(s.optimizer(), p.panel(), p.antennas()));
      for (BcdPolicy b : baselines) {
        assertThat(joint.loss().total()).isLessThanOrEqualTo(b.solve(p, null).loss().total());
      }
    }
  }
}
