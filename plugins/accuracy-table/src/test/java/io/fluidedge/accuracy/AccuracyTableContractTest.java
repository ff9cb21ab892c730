package io.fluidedge.accuracy;

import io.fluidedge.plugin.AccuracyModelContract;
import io.fluidedge.plugin.AccuracyModelProvider;

/** The {@code accuracy-table} plugin on the example table against the accuracy contract. */
class AccuracyTableContractTest extends AccuracyModelContract {

  @Override
  protected AccuracyModelProvider provider() {
    return new AccuracyTableProvider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "model: {accuracy: accuracy-table}\n"
        + "plugins:\n  accuracy-table: {file: vit-accuracy.csv}\n";
  }
}
