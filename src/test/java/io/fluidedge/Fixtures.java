package io.fluidedge;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.UserProfile;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.scenario.Model;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.Output;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Server;
import io.fluidedge.scenario.Streams;
import io.fluidedge.scenario.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scenarios and problems for tests, built without the YAML loader. */
public final class Fixtures {

  private Fixtures() {
  }

  /** The docs/formats.md default radio section with K, N, M, SNR replaced. */
  public static Radio radio(int users, int userAntennas, int bsAntennas, double snrDb) {
    return new Radio(3.5e9, 20e6, snrDb, users, userAntennas, bsAntennas, 4, 0.5, 5, 1,
        "geometric", Radio.Evolution.IID, 10, 0.25);
  }

  /** Default model section. */
  public static Model model() {
    return new Model(86e6, 400, 151296, -1, 1, 2e-4, 1, 32, "psnr");
  }

  /**
   * Default optimizer section, but 2 restarts of a cold joint solve instead of 8: the tests that
   * use it check properties that hold for any number, and fewer keep them quick.
   */
  public static OptimizerSettings optimizer() {
    return new OptimizerSettings("joint", OptimizerSettings.Solver.FAST, 100, 1e-4, 16, true, 0,
        Double.POSITIVE_INFINITY, 0.25, 2);
  }

  /** A scenario with the given radio and the defaults elsewhere. */
  public static Scenario scenario(Radio radio) {
    return new Scenario("test", 1, 10, 0.01, radio, model(),
        new Server(1e14, Server.Discipline.PARTITIONED),
        new Traffic("poisson", 20, "traces/sample.csv",
            new Traffic.Columns("time_s", "user", "features", "tokens"), 0,
            Traffic.UserAssignment.ROUND_ROBIN, 1.0, Traffic.OnBadRow.FAIL),
        optimizer(), new Output("out/test", 0.1, false, false, false), Map.of(), null);
  }

  /** The default scenario (K=4, N=2, M=8, SNR 10 dB). */
  public static Scenario scenario() {
    return scenario(radio(4, 2, 8, 10));
  }

  /** One channel draw of a scenario for a seed. */
  public static Channel channel(Scenario s, long seed) {
    return GeometricChannel.of(s.radio()).draw(Streams.of(seed, Streams.CHANNEL));
  }

  /** The static problem of a scenario for a seed, with the PSNR accuracy model. */
  public static Problem problem(Scenario s, long seed) {
    return Problem.of(s, channel(s, seed),
        new PsnrAccuracy(s.model().featureMin(), s.model().featureMax()));
  }

  /** The problem's user profiles with every user's bit range replaced. */
  public static List<UserProfile> profiles(Problem p, int bitsMin, int bitsMax) {
    List<UserProfile> out = new ArrayList<>();
    for (UserProfile u : p.profiles()) {
      out.add(new UserProfile(u.parameters(), u.cyclesPerParameter(), u.featureElements(),
          bitsMin, bitsMax, u.txPower(), u.largeScaleGain()));
    }
    return out;
  }
}
