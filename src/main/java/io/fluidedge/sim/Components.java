package io.fluidedge.sim;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.optimize.Policy;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import io.fluidedge.traffic.PoissonSource;
import io.fluidedge.traffic.TraceReader;
import io.fluidedge.traffic.TrafficSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The pluggable parts of one run: channel model, accuracy model, policy and traffic source.
 * {@link NetworkSimulation#run(Scenario, Components, Recording, java.util.function.BooleanSupplier)}
 * closes the traffic source when the run ends.
 *
 * @param channelModel draws independent channel realisations (evolved per radio.evolution)
 * @param accuracy     accuracy (PSNR) per bit count, recorded per request
 * @param policy       a fresh policy instance (policies keep per-run state)
 * @param traffic      the requests, in non-decreasing time order
 */
public record Components(ChannelModel channelModel, AccuracyModel accuracy, Policy policy,
    TrafficSource traffic) {

  public Components {
    Objects.requireNonNull(channelModel, "channelModel");
    Objects.requireNonNull(accuracy, "accuracy");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(traffic, "traffic");
  }

  /**
   * The scenario's components from the plugin registry; the traffic source is opened last.
   *
   * @throws InputException for an unknown plugin or traffic source name, or an unreadable trace
   */
  public static Components of(Scenario scenario, PluginRegistry registry) {
    ChannelModel channel = registry.channelModel(scenario);
    AccuracyModel accuracy = registry.accuracyModel(scenario);
    Policy policy = registry.policy(scenario);
    return new Components(channel, accuracy, policy, traffic(scenario));
  }

  /**
   * The scenario's traffic source: {@code poisson} draws from the scenario seed's traffic stream
   * (every request has D feature elements and one token, arrivals in [0, duration)); {@code trace}
   * opens the trace file, resolved against the working directory, then the scenario's directory.
   *
   * @throws InputException for another source name or an unreadable trace
   */
  public static TrafficSource traffic(Scenario scenario) {
    int users = scenario.radio().users();
    double features = scenario.model().featureElements();
    String source = scenario.traffic().source();
    switch (source) {
      case "poisson":
        return new PoissonSource(Streams.of(scenario.seed(), Streams.TRAFFIC), users,
            scenario.traffic().rateHz(), features, 1.0, scenario.durationS());
      case "trace":
        return TraceReader.open(tracePath(scenario), scenario.traffic(), users, features);
      default:
        throw new InputException(scenario.source(), 0, 0, "traffic.source",
            "unknown traffic source '" + source + "'; known: poisson, trace");
    }
  }

  /** The trace path: as given if it exists, else relative to the scenario file's directory. */
  static Path tracePath(Scenario scenario) {
    Path given = Path.of(scenario.traffic().trace());
    if (given.isAbsolute() || Files.exists(given) || scenario.source().startsWith("<")) {
      return given;
    }
    Path dir = Path.of(scenario.source()).toAbsolutePath().getParent();
    Path beside = dir == null ? given : dir.resolve(given);
    return Files.exists(beside) ? beside : given;
  }
}
