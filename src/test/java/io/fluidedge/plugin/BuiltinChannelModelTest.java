package io.fluidedge.plugin;

/** The built-in {@code geometric} channel model against the channel-model contract. */
class BuiltinChannelModelTest extends ChannelModelContract {

  @Override
  protected ChannelModelProvider provider() {
    return new BuiltinProviders.Geometric();
  }
}
