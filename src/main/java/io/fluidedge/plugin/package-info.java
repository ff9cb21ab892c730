/**
 * Plugin service interfaces (one provider interface per kind: channel model, accuracy model,
 * policy, traffic source, entity plugin), the entity-plugin API ({@link
 * io.fluidedge.plugin.EntityPlugin}, {@link io.fluidedge.plugin.EntityContext} and the event
 * records), the built-in providers and the registry that finds them with
 * {@link java.util.ServiceLoader} and checks a scenario's choices. No SSJ event types appear here:
 * the simulator implements {@link io.fluidedge.plugin.EntityContext}.
 */
package io.fluidedge.plugin;
