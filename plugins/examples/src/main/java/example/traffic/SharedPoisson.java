package example.traffic;

import io.fluidedge.plugin.PluginContext;
import io.fluidedge.plugin.Provider;
import io.fluidedge.plugin.TrafficSourceProvider;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import java.util.Set;
import umontreal.ssj.rng.RandomStream;

/**
 * One Poisson stream of total rate K·traffic.rate-hz whose requests go to users with the weights
 * of plugins.shared-poisson.weights (equal by default): the superposition of K independent Poisson
 * streams with rates in those proportions.
 */
public final class SharedPoisson implements TrafficSource {

  private final RandomStream stream;
  private final double totalRateHz;
  private final double[] cumulative;
  private final double features;
  private final double endS;
  private double timeS;

  SharedPoisson(RandomStream stream, double totalRateHz, double[] weights, double features,
      double endS) {
    this.stream = stream;
    this.totalRateHz = totalRateHz;
    this.features = features;
    this.endS = endS;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    cumulative = new double[weights.length];
    double running = 0;
    for (int k = 0; k < weights.length; k++) {
      running += weights[k] / sum;
      cumulative[k] = running;
    }
  }

  @Override
  public Request next() {
    timeS += -Math.log(1.0 - stream.nextDouble()) / totalRateHz;
    if (timeS > endS) {
      timeS = Double.POSITIVE_INFINITY;
      return null;
    }
    double u = stream.nextDouble();
    int user = 0;
    while (user < cumulative.length - 1 && u >= cumulative[user]) {
      user++;
    }
    return new Request(timeS, user, features, 1.0);
  }

  @Override
  public void close() {
  }

  /** The provider. */
  public static final class Provider implements TrafficSourceProvider {
    @Override
    public String name() {
      return "shared-poisson";
    }

    @Override
    public String description() {
      return "one Poisson stream shared by the users with weights";
    }

    @Override
    public Set<String> configKeys() {
      return Set.of("weights");
    }

    @Override
    public TrafficSource create(PluginContext context) {
      Scenario s = context.scenario();
      int users = s.radio().users();
      double[] weights = new double[users];
      String given = context.string("weights", "");
      String[] parts = given.isBlank() ? new String[0] : given.split(",");
      if (parts.length != 0 && parts.length != users) {
        throw context.error("weights", "need one weight per user (" + users + "), got "
            + parts.length);
      }
      for (int k = 0; k < users; k++) {
        weights[k] = parts.length == 0 ? 1.0 : parseWeight(context, parts[k]);
      }
      return new SharedPoisson(Streams.of(s.seed(), Streams.TRAFFIC),
          users * s.traffic().rateHz(), weights, s.model().featureElements(), s.durationS());
    }

    private static double parseWeight(PluginContext context, String text) {
      try {
        double w = Double.parseDouble(text.trim());
        if (w > 0 && Double.isFinite(w)) {
          return w;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw context.error("weights", "each weight must be a finite number > 0, got '"
          + text.trim() + "'");
    }
  }
}
