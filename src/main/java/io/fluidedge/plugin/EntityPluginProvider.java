package io.fluidedge.plugin;

/**
 * Service interface for entity plugins: extra simulated entities. An entity plugin runs when the
 * scenario's {@code plugins:} section has an entry under its name (an empty one will do, e.g.
 * {@code plugins: {occupancy: {}}}); one instance is created per run.
 */
public interface EntityPluginProvider extends Provider<EntityPlugin> {
}
