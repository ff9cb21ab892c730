package io.fluidedge.multispin;

import io.fluidedge.plugin.EntityPluginContract;
import io.fluidedge.plugin.EntityPluginProvider;

/** The {@code multi-spin} plugin against the core's entity-plugin contract. */
class MultiSpinContractTest extends EntityPluginContract {

  @Override
  protected EntityPluginProvider provider() {
    return new MultiSpinProvider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "plugins:\n  multi-spin: {control: homogeneous, max-gamma: 8}\n";
  }
}
