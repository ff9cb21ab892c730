package io.fluidedge.plugin;

import io.fluidedge.optimize.Policy;

/** Service interface for policies ({@code optimizer.policy}). */
public interface PolicyProvider extends Provider<Policy> {
}
