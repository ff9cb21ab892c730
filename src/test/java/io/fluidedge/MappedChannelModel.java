package io.fluidedge;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import java.util.function.UnaryOperator;
import umontreal.ssj.rng.RandomStream;

/**
 * A channel model that passes every channel another model draws or evolves through a function
 * (to record it, or to alter it), evolving the unaltered underlying channel.
 */
public final class MappedChannelModel implements ChannelModel {

  private final ChannelModel model;
  private final UnaryOperator<Channel> map;
  private Channel underlying;

  /**
   * @param model the model that draws and evolves
   * @param map   applied to every channel handed out
   */
  public MappedChannelModel(ChannelModel model, UnaryOperator<Channel> map) {
    this.model = model;
    this.map = map;
  }

  @Override
  public Channel draw(RandomStream rng) {
    underlying = model.draw(rng);
    return map.apply(underlying);
  }

  @Override
  public Channel evolve(Channel previous, double correlation, RandomStream rng) {
    underlying = model.evolve(underlying, correlation, rng);
    return map.apply(underlying);
  }
}
