package example.slow;

import io.fluidedge.plugin.EntityPluginContract;
import io.fluidedge.plugin.EntityPluginProvider;

class SlowRequestsTest extends EntityPluginContract {

  @Override
  protected EntityPluginProvider provider() {
    return new SlowRequests.Provider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "plugins:\n  slow-requests: {threshold-s: 0.005}\n";
  }
}
