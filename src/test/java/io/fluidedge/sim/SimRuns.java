package io.fluidedge.sim;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.optimize.Policy;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.TrafficSource;

/** Shorthands for running a scenario with explicit parts. */
final class SimRuns {

  private SimRuns() {
  }

  static RunResult run(Scenario s, Policy policy, TrafficSource traffic, RunListener recording) {
    return run(s, GeometricChannel.of(s.radio()), policy, traffic, recording);
  }

  static RunResult run(Scenario s, ChannelModel channel, Policy policy, TrafficSource traffic,
      RunListener recording) {
    return NetworkSimulation.run(s, new Components(channel,
        new PsnrAccuracy(s.model().featureMin(), s.model().featureMax()), policy, traffic),
        recording, () -> false);
  }
}
