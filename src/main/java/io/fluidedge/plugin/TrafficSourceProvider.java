package io.fluidedge.plugin;

import io.fluidedge.traffic.TrafficSource;

/**
 * Service interface for traffic sources ({@code traffic.source}). A source is created per run and
 * closed by the simulation when the run ends; it should draw any randomness from the scenario
 * seed (e.g. {@code Streams.of(seed, "traffic")}) so that policies compared on one seed see the
 * same requests.
 */
public interface TrafficSourceProvider extends Provider<TrafficSource> {
}
