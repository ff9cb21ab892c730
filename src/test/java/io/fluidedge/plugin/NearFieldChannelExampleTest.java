package io.fluidedge.plugin;

/** The docs' near-field channel example against the channel-model contract. */
class NearFieldChannelExampleTest extends ChannelModelContract {

  @Override
  protected ChannelModelProvider provider() {
    return new NearFieldChannelExample();
  }

  @Override
  protected boolean registered() {
    return false;
  }
}
