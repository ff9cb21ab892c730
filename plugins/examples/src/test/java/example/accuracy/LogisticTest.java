package example.accuracy;

import io.fluidedge.plugin.AccuracyModelContract;
import io.fluidedge.plugin.AccuracyModelProvider;

class LogisticTest extends AccuracyModelContract {

  @Override
  protected AccuracyModelProvider provider() {
    return new Logistic.Provider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "model: {accuracy: logistic}\n"
        + "plugins:\n  logistic: {midpoint: 5, width: 1}\n";
  }
}
