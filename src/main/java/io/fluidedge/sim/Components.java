package io.fluidedge.sim;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.optimize.Policy;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.TrafficSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The pluggable parts of one run: channel model, accuracy model, policy, traffic source and the
 * entity plugins.
 * {@link NetworkSimulation#run(Scenario, Components, io.fluidedge.metrics.RunListener,
 * java.util.function.BooleanSupplier)}
 * closes the traffic source when the run ends.
 *
 * @param channelModel draws independent channel realisations (evolved per radio.evolution)
 * @param accuracy     accuracy (PSNR) per bit count, recorded per request
 * @param policy       a fresh policy instance (policies keep per-run state)
 * @param traffic      the requests, in non-decreasing time order
 * @param entities     entity plugins by name, in the order they receive events (copied; may be
 *                     empty); read their {@link EntityPlugin#summary()} after the run
 */
public record Components(ChannelModel channelModel, AccuracyModel accuracy, Policy policy,
    TrafficSource traffic, Map<String, EntityPlugin> entities) {

  /** Checks the parts and copies the entity map, keeping its order. */
  public Components {
    Objects.requireNonNull(channelModel, "channelModel");
    Objects.requireNonNull(accuracy, "accuracy");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(traffic, "traffic");
    entities = entities == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(entities));
  }

  /** The parts without entity plugins. */
  public Components(ChannelModel channelModel, AccuracyModel accuracy, Policy policy,
      TrafficSource traffic) {
    this(channelModel, accuracy, policy, traffic, Map.of());
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
    Map<String, EntityPlugin> entities = registry.entityPlugins(scenario);
    return new Components(channel, accuracy, policy, registry.trafficSource(scenario), entities);
  }

}
