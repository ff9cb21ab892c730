package io.fluidedge.energy;

import io.fluidedge.plugin.EntityPluginContract;
import io.fluidedge.plugin.EntityPluginProvider;

/** The {@code energy} plugin against the core's entity-plugin contract. */
class ComputeEnergyContractTest extends EntityPluginContract {

  @Override
  protected EntityPluginProvider provider() {
    return new ComputeEnergyProvider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "plugins:\n  energy: {weight-bits: 8, processing-elements: 64}\n";
  }
}
