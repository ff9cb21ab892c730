package example.policy;

import io.fluidedge.plugin.PolicyContract;
import io.fluidedge.plugin.PolicyProvider;

class BestBitsTest extends PolicyContract {

  @Override
  protected PolicyProvider provider() {
    return new BestBits.Provider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO.replace("optimizer: {max-iterations: 5}",
        "optimizer: {max-iterations: 5, policy: best-bits}");
  }
}
