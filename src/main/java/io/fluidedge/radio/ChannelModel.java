package io.fluidedge.radio;

import umontreal.ssj.rng.RandomStream;

/**
 * A channel model: draws the users' channels for one coherence block and evolves them to the
 * next block. The per-user channels may have any form ({@link UserChannel}); the optimizer only
 * asks for rows of H_k and their gradients.
 *
 * <p>{@link ChannelProcess} drives a model from block to block per {@code radio.evolution}:
 * {@code static} keeps the first draw, {@code iid} calls {@link #draw} every block, and
 * {@code gauss-markov} calls {@link #evolve} with a = J0(2π·f_D·T_c), so each model evolves its
 * own random state.
 */
public interface ChannelModel {

  /**
   * An independent realisation of all users' channels.
   *
   * @param rng the channel stream (modified: draws are consumed)
   */
  Channel draw(RandomStream rng);

  /**
   * The next block's channel under first-order Gauss-Markov fading: every Gaussian variate v the
   * model drew becomes a·v + √(1 − a²)·w with w a fresh variate of the same law, so the marginal
   * law is that of {@link #draw} and consecutive blocks have correlation a; whatever else the
   * draw fixed (angles, geometry) is kept.
   *
   * @param previous    a channel this model drew or evolved
   * @param correlation a in [−1, 1]
   * @param rng         the channel stream (modified)
   */
  Channel evolve(Channel previous, double correlation, RandomStream rng);
}
