package example.channel;

import io.fluidedge.plugin.ChannelModelContract;
import io.fluidedge.plugin.ChannelModelProvider;

class NearFieldTest extends ChannelModelContract {

  @Override
  protected ChannelModelProvider provider() {
    return new NearField.Provider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO.replace("bs-antennas: 4", "bs-antennas: 4, channel: near-field")
        + "plugins:\n  near-field: {distance-m: 1.5}\n";
  }
}
