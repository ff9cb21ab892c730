/**
 * Plugin service interfaces (one provider interface per kind), the built-in providers and the
 * registry that finds them with {@link java.util.ServiceLoader}.
 */
package io.fluidedge.plugin;
