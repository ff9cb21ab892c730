package example.traffic;

import io.fluidedge.plugin.TrafficSourceContract;
import io.fluidedge.plugin.TrafficSourceProvider;

class SharedPoissonTest extends TrafficSourceContract {

  @Override
  protected TrafficSourceProvider provider() {
    return new SharedPoisson.Provider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "traffic: {source: shared-poisson}\n"
        + "plugins:\n  shared-poisson: {weights: \"3, 1\"}\n";
  }
}
