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
    this.correlation = correlation(dopplerHz, coherenceS);
    this.rng = rng;
  }

  /** Block-to-block correlation a = J0(2π f_D T_c). */
  public double correlation() {
    return correlation;
  }

  /**
   * Jakes' block-to-block correlation a = J0(2π·f_D·T_c).
   *
   * @param dopplerHz  f_D, Hz (a user moving at v has f_D = v·f_c/c)
   * @param coherenceS T_c, s
   */
  public static double correlation(double dopplerHz, double coherenceS) {
    return Bessel.j0(2 * Math.PI * dopplerHz * coherenceS);
  }

  /**
   * The channel of the next block with a correlation per user (gauss-markov; other evolutions
   * ignore it, as {@link #next()}). Users sharing a correlation are evolved together by one
   * {@link ChannelModel#evolve} call; each further distinct value evolves the whole channel again
   * from fresh variates and keeps only its users, so every user follows
   * v' = a_k·v + √(1−a_k²)·w with its own a_k and users stay independent.
   *
   * @param correlations a_k per user, each in [−1, 1]
   */
  public Channel next(double[] correlations) {
    if (current == null || evolution != Evolution.GAUSS_MARKOV) {
      return next();
    }
    java.util.List<UserChannel> users = new java.util.ArrayList<>(current.users());
    java.util.Set<Double> done = new java.util.HashSet<>();
    for (double a : correlations) {
      if (done.add(a)) {
        Channel evolved = model.evolve(current, a, rng);
        for (int k = 0; k < correlations.length; k++) {
          if (correlations[k] == a) {
            users.set(k, evolved.user(k));
          }
        }
      }
    }
    current = new Channel(users, current.noisePower());
    return current;
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
