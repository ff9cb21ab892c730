package io.fluidedge.radio;

import umontreal.ssj.rng.RandomStream;

/**
 * A channel model: draws the users' field-response channels for one coherence block.
 *
 * <p>Block-to-block evolution (static, iid, Gauss-Markov) is applied on top by
 * {@link ChannelProcess}; a model only needs to draw independent realisations.
 */
public interface ChannelModel {

  /**
   * An independent realisation of all users' channels.
   *
   * @param rng the channel stream (modified: draws are consumed)
   */
  Channel draw(RandomStream rng);
}
