package io.fluidedge.plugin;

import io.fluidedge.radio.ChannelModel;

/** Service interface for channel models ({@code radio.channel}). */
public interface ChannelModelProvider extends Provider<ChannelModel> {
}
