package io.fluidedge.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.IndependentBessel;
import io.fluidedge.optimize.UserProfile;
import io.fluidedge.scenario.Mobility;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Streams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Users in the cell: shadowing has the report's standard deviation over many draws, the LoS
 * fraction follows Pr_LoS, β_k and p_k follow the link budget, constant-velocity users are where
 * kinematics puts them at every block, and Doppler correlations equal J0(2π·v·f_c/c·T_c).
 */
class CellUsersTest {

  private static Scenario scenario(int users, String classes, String... overrides) {
    String yaml = "radio: {users: " + users + ", user-antennas: 1, bs-antennas: " + users
        + ", min-spacing-wavelengths: 0}\n"
        + "cell: {link-budget: path-loss, path-loss: umi}\n"
        + "users:\n  classes:\n" + classes;
    return ScenarioLoader.load(yaml, "<test>", List.of(overrides));
  }

  /** The links of 1000 users on a ring of {@code radiusM} around the BS, for seeds 1..seeds. */
  private static List<UserLink> ring(double radiusM, int seeds) {
    List<UserLink> links = new java.util.ArrayList<>();
    for (long seed = 1; seed <= seeds; seed++) {
      CellUsers cell = CellUsers.of(scenario(1000, "    - {name: ring, count: 1000, placement: "
          + "{kind: ring, radius-m: " + radiusM + "}}\n", "seed=" + seed));
      for (int k = 0; k < cell.users(); k++) {
        links.add(cell.link(k));
      }
    }
    return links;
  }

  @Test
  void shadowing_hasZeroMeanAndTheReportsStandardDeviation_overManyDraws() {
    int n = 0;
    double sum = 0;
    double sumSq = 0;
    for (UserLink l : ring(15, 20)) {
      assertThat(l.los()).isTrue(); // d_2D = 15 m <= 18 m: always line of sight
      sum += l.shadowingDb();
      sumSq += l.shadowingDb() * l.shadowingDb();
      n++;
    }
    double mean = sum / n;
    double variance = (sumSq - n * mean * mean) / (n - 1);
    double sigma = 4.0;
    // mean within 4 standard errors; sample variance within 4 of its standard errors σ²√(2/n)
    assertThat(mean).isCloseTo(0, within(4 * sigma / Math.sqrt(n)));
    assertThat(variance).isCloseTo(sigma * sigma, within(4 * sigma * sigma * Math.sqrt(2.0 / n)));
  }

  @Test
  void farUsers_losFractionMatchesTheProbability_andNlosShadowingHasItsSigma() {
    int n = 0;
    int los = 0;
    int nlos = 0;
    double sumSq = 0;
    for (UserLink l : ring(60, 10)) {
      n++;
      if (l.los()) {
        los++;
      } else {
        nlos++;
        sumSq += l.shadowingDb() * l.shadowingDb();
      }
    }
    double p = PathLossModel.UMI.losProbability(60);
    assertThat((double) los / n).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
    double variance = sumSq / nlos;
    assertThat(variance).isCloseTo(7.82 * 7.82, within(4 * 7.82 * 7.82 * Math.sqrt(2.0 / nlos)));
  }

  @Test
  void profiles_carryPowerOverThermalNoiseAndTheLargeScaleGain() {
    Scenario s = scenario(2, "    - {name: a, count: 2, tx-power-dbm: 20, parameters: 1e6, "
        + "placement: {kind: points, points-m: [[30, 40], [0, 15]]}}\n", "cell.shadowing=false");
    CellUsers cell = CellUsers.of(s);
    List<UserProfile> profiles = cell.profiles();
    double noiseDbm = -174 + 10 * Math.log10(20e6) + 9;
    UserLink first = cell.link(0);
    assertThat(first.distanceM()).isCloseTo(50, within(1e-12));
    assertThat(first.shadowingDb()).isZero();
    double pl = PathLossModel.UMI.meanDb(50, first.los(), 3.5e9, 10, 1.5, 0);
    assertThat(first.pathLossDb()).isEqualTo(pl);
    assertThat(profiles.get(0).largeScaleGain()).isCloseTo(Math.pow(10, -pl / 10),
        within(1e-20));
    assertThat(profiles.get(0).txPower()).isCloseTo(Math.pow(10, (20 - noiseDbm) / 10),
        within(1e-3));
    assertThat(profiles.get(0).parameters()).isEqualTo(1e6);
    assertThat(cell.link(1).los()).isTrue();
  }

  @Test
  void normalisedLinkBudget_givesTheFlatKeysProfileWithUnitGain() {
    Scenario s = ScenarioLoader.load("radio: {snr-db: 7}", "<test>", List.of());
    CellUsers cell = CellUsers.of(s);
    assertThat(cell.spatial()).isFalse();
    assertThat(cell.correlations()).isNull();
    for (UserProfile p : cell.profiles()) {
      assertThat(p.txPower()).isEqualTo(s.radio().txPower());
      assertThat(p.largeScaleGain()).isEqualTo(1.0);
      assertThat(p.parameters()).isEqualTo(s.model().parameters());
    }
  }

  @Test
  void constantVelocity_userIsWhereKinematicsPutsItAtEveryBlock() {
    Scenario s = scenario(1, "    - {name: car, count: 1, placement: {kind: points, "
        + "points-m: [[20, 5]]}, mobility: {kind: constant-velocity, speed-mps: 12.5, "
        + "heading-deg: 30}}\n", "coherence-s=0.004");
    CellUsers cell = CellUsers.of(s);
    double h = Math.toRadians(30);
    for (long k : new long[] {0, 1, 2, 3, 10, 11, 250, 999}) {
      cell.moveTo(k);
      double t = k * 0.004;
      assertThat(cell.link(0).xM()).as("block %d", k).isCloseTo(20 + 12.5 * t * Math.cos(h),
          within(1e-9));
      assertThat(cell.link(0).yM()).as("block %d", k).isCloseTo(5 + 12.5 * t * Math.sin(h),
          within(1e-9));
      assertThat(cell.distancesM()[0]).isCloseTo(Math.hypot(cell.link(0).xM(),
          cell.link(0).yM()), within(1e-12));
    }
  }

  @Test
  void correlations_equalJ0OfTwoPiDopplerTimesCoherence() {
    Scenario s = scenario(3, "    - {name: car, count: 1, mobility: {kind: constant-velocity, "
        + "speed-mps: 30}}\n    - {name: walker, count: 1, mobility: {kind: constant-velocity, "
        + "speed-mps: 1.2}}\n    - {name: still, count: 1}\n", "radio.evolution=gauss-markov");
    double[] a = CellUsers.of(s).correlations();
    double fc = s.radio().carrierHz();
    double tc = s.coherenceS();
    assertThat(a[0]).isCloseTo(IndependentBessel.j0(2 * Math.PI * 30 * fc / Radio.C0 * tc),
        within(1e-12));
    assertThat(a[1]).isCloseTo(IndependentBessel.j0(2 * Math.PI * 1.2 * fc / Radio.C0 * tc),
        within(1e-12));
    assertThat(a[2]).isEqualTo(1.0, within(1e-15));
  }

  @Test
  void randomWaypoint_staysInsideTheCell_andMovesAtMostVmaxPerStep() {
    Mobility m = new Mobility(Mobility.Kind.RANDOM_WAYPOINT, 0, 0, 1, 25, 0.3);
    Walker w = new Walker(m, 50, 0, 10, 100, Streams.of(3, "rwp-test"));
    double maxR = 0;
    double dt = 0.01;
    int paused = 0;
    for (int i = 0; i < 200_000; i++) {
      double x = w.x();
      double y = w.y();
      w.advance(dt);
      double r = Math.hypot(w.x(), w.y());
      assertThat(r).isLessThanOrEqualTo(100 + 1e-9);
      assertThat(Math.hypot(w.x() - x, w.y() - y)).isLessThanOrEqualTo(25 * dt + 1e-9);
      assertThat(w.speedMps()).isBetween(0.0, 25.0);
      paused += w.speedMps() == 0 ? 1 : 0;
      maxR = Math.max(maxR, r);
    }
    assertThat(maxR).isGreaterThan(90); // it does roam the whole cell
    assertThat(paused).isPositive();    // and pauses at waypoints
  }
}
