package io.fluidedge.radio;

import io.fluidedge.scenario.Radio.Evolution;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * The channel from block to block: a {@link ChannelModel}'s draws evolved per the scenario's
 * {@code radio.evolution}.
 *
 * <ul>
 *   <li>static: the first draw is kept;
 *   <li>iid: an independent draw every block;
 *   <li>gauss-markov: angles kept, each path gain follows σ' = a·σ + √(1−a²)·w with
 *       w ~ CN(0, E|σ_q|²) and a = J0(2π·f_D·T_c) (Jakes), so the marginal law is unchanged.
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

  /** Block-to-block gain correlation a = J0(2π f_D T_c). */
  public double correlation() {
    return correlation;
  }

  /** The channel of the next block (the first call draws the first block's channel). */
  public Channel next() {
    if (current == null || evolution == Evolution.IID) {
      current = model.draw(rng);
    } else if (evolution == Evolution.GAUSS_MARKOV) {
      current = evolve(current);
    }
    return current;
  }

  private Channel evolve(Channel previous) {
    double a = correlation;
    double b = Math.sqrt(Math.max(0.0, 1 - a * a));
    List<UserChannel> users = new ArrayList<>(previous.userCount());
    for (UserChannel u : previous.users()) {
      double[] re = new double[u.paths()];
      double[] im = new double[u.paths()];
      for (int q = 0; q < u.paths(); q++) {
        double sd = Math.sqrt(u.pathVariance(q) / 2);
        re[q] = a * u.gainRe(q) + b * sd * GeometricChannel.standardNormal(rng);
        im[q] = a * u.gainIm(q) + b * sd * GeometricChannel.standardNormal(rng);
      }
      users.add(u.withGains(re, im));
    }
    return new Channel(users, previous.noisePower());
  }
}
