package io.fluidedge.radio;

import io.fluidedge.scenario.Radio.Evolution;
import umontreal.ssj.rng.RandomStream;

/**
 * The channel from block to block: a {@link ChannelModel} driven per the scenario's
 * {@code radio.evolution}.
 *
 * <ul>
 *   <li>static: the first draw is kept (the same instance every block);
 *   <li>iid: an independent {@link ChannelModel#draw} every block;
 *   <li>gauss-markov: {@link ChannelModel#evolve} with a = J0(2π·f_D·T_c) (Jakes), so the
 *       model's Gaussian variates follow v' = a·v + √(1−a²)·w and the marginal law is unchanged.
 * </ul>
 */
public final class ChannelProcess {

  private final ChannelModel model;
  private final Evolution evolution;
  private final double correlation;
  private final RandomStream rng;
  private Channel current;

  /**
   * @param model      the channel model
   * @param evolution  static | iid | gauss-markov
   * @param dopplerHz  f_D (gauss-markov)
   * @param coherenceS T_c, s
   * @param rng        the channel stream (modified: draws are consumed)
   */
  public ChannelProcess(ChannelModel model, Evolution evolution, double dopplerHz,
      double coherenceS, RandomStream rng) {
    this.model = model;
    this.evolution = evolution;
    this.correlation = Bessel.j0(2 * Math.PI * dopplerHz * coherenceS);
    this.rng = rng;
  }

  /** Block-to-block correlation a = J0(2π f_D T_c). */
  public double correlation() {
    return correlation;
  }

  /** The channel of the next block (the first call draws the first block's channel). */
  public Channel next() {
    if (current == null || evolution == Evolution.IID) {
      current = model.draw(rng);
    } else if (evolution == Evolution.GAUSS_MARKOV) {
      current = model.evolve(current, correlation, rng);
    }
    return current;
  }
}
