package io.fluidedge.sim;

import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.RandomStream;

/**
 * Test traffic for the M/M/1-type validations: Poisson arrivals for user 0 whose feature counts
 * are exponential with the scenario's mean D, so that uplink service times are exponential.
 */
final class ExponentialSizes {

  private ExponentialSizes() {
  }

  /**
   * The source, until the scenario's duration.
   *
   * @param lambdaHz arrival rate
   * @param stream   the name of its random stream (with the scenario's seed)
   */
  static TrafficSource of(Scenario s, double lambdaHz, String stream) {
    return new TrafficSource() {
      private final RandomStream random = Streams.of(s.seed(), stream);
      private double time;

      @Override
      public Request next() {
        time += ExponentialGen.nextDouble(random, lambdaHz);
        double features = ExponentialGen.nextDouble(random, 1 / s.model().featureElements());
        return time < s.durationS() ? new Request(time, 0, features, 1) : null;
      }

      @Override
      public void close() {
      }
    };
  }
}
