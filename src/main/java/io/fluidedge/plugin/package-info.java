/**
 * Plugin service interfaces (one provider interface per kind: channel model, accuracy model,
 * policy, traffic source, entity plugin), the entity-plugin API ({@link
 * io.fluidedge.plugin.EntityPlugin}, {@link io.fluidedge.plugin.EntityContext}; plugins receive
 * the run's own {@link io.fluidedge.metrics.RequestRecord} and
 * {@link io.fluidedge.metrics.BlockRecord}), the built-in providers, the registry that finds them
 * with {@link java.util.ServiceLoader} and checks a scenario's choices, and the loading of plugin
 * jars from {@code --plugins} directories ({@link io.fluidedge.plugin.PluginLoading}). No SSJ event types appear here:
 * the simulator implements {@link io.fluidedge.plugin.EntityContext}.
 */
package io.fluidedge.plugin;
