package io.fluidedge.plugin;

/** The built-in {@code correlated} channel model against the channel-model contract. */
class BuiltinCorrelatedChannelModelTest extends ChannelModelContract {

  @Override
  protected ChannelModelProvider provider() {
    return new BuiltinProviders.Correlated();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO.replace("user-antennas: 1", "user-antennas: 2, channel: correlated");
  }
}
