package io.fluidedge.fl;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import java.util.Arrays;
import java.util.Locale;
import umontreal.ssj.rng.RandomStream;

/**
 * Client selection: which K of the pool transmit together in a round.
 *
 * <ul>
 *   <li>{@code exhaustive}: every K-subset S, scored by the zero-forcing objective at the current
 *       layout, min_{k∈S} w_k‖H_kᴴc_S‖² with c_S = {@link Receiver#design} (w_k = P_k/φ_k²); the
 *       best score wins (the first in lexicographic order on ties). C(10, K) = 10, 45, 210, 45
 *       subsets for K = 1, 2, 4, 8.</li>
 *   <li>{@code fair-exhaustive}: the same with each client's term scaled by (1 + a_k)^β, a_k the
 *       rounds since it last took part (a reconstruction: the paper's fairness term was not
 *       recovered); β = 0 is {@code exhaustive}.</li>
 *   <li>{@code top-gain}: the K largest P_k‖H_k‖_F² (ties to the lower index).</li>
 *   <li>{@code random}: K distinct clients uniformly, from the run's own selection stream.</li>
 *   <li>{@code round-robin}: clients (r−1)·K … r·K − 1 modulo the pool in round r.</li>
 * </ul>
 */
enum Selection {
  EXHAUSTIVE, FAIR_EXHAUSTIVE, TOP_GAIN, RANDOM, ROUND_ROBIN;

  /** The scenario's spelling, e.g. {@code fair-exhaustive}. */
  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The rule spelled {@code key}, or null. */
  static Selection of(String key) {
    for (Selection s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The clients of the next round, in increasing order.
   *
   * @param channel the block's channel (the pool)
   * @param layout  the antennas in force
   * @param k       K
   * @param beta    β of fair-exhaustive
   * @param who     participation so far (its round count gives r − 1)
   * @param rng     the selection stream (random only; modified)
   */
  int[] select(Channel channel, Positions layout, int k, double beta, Participation who,
      RandomStream rng) {
    int pool = channel.userCount();
    return switch (this) {
      case EXHAUSTIVE -> best(channel, layout, k, fairness(who, 0));
      case FAIR_EXHAUSTIVE -> best(channel, layout, k, fairness(who, beta));
      case TOP_GAIN -> topGain(channel, layout, k);
      case RANDOM -> random(pool, k, rng);
      case ROUND_ROBIN -> roundRobin(pool, k, who.rounds());
    };
  }

  /** (1 + a_k)^β per pool client. */
  static double[] fairness(Participation who, double beta) {
    double[] f = new double[who.pool()];
    for (int c = 0; c < f.length; c++) {
      f[c] = beta == 0 ? 1 : Math.pow(1 + who.age(c), beta);
    }
    return f;
  }

  /**
   * The score of subset S: min_{k∈S} fair_k·w_k‖H_kᴴc_S‖², w_k = P_k·K² (equal weights φ_k = 1/K).
   *
   * @param subset pool indices
   * @param fair   per pool client factor
   */
  static double score(Channel channel, Positions layout, int[] subset, double[] fair) {
    ClientChannels h = ClientChannels.of(channel, subset, layout);
    int k = subset.length;
    int[] all = new int[k];
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      all[i] = i;
      w[i] = h.power[i] * k * k;
    }
    double[][] c = Receiver.design(h, all, w);
    for (int i = 0; i < k; i++) {
      w[i] *= fair[subset[i]];
    }
    return Receiver.minGain(h, all, w, c);
  }

  /** The best-scoring K-subset, enumerated in lexicographic order. */
  static int[] best(Channel channel, Positions layout, int k, double[] fair) {
    int pool = channel.userCount();
    int[] s = new int[k];
    for (int i = 0; i < k; i++) {
      s[i] = i;
    }
    int[] best = s.clone();
    double bestScore = Double.NEGATIVE_INFINITY;
    while (true) {
      double v = score(channel, layout, s, fair);
      if (v > bestScore) {
        bestScore = v;
        best = s.clone();
      }
      int i = k - 1;
      while (i >= 0 && s[i] == pool - k + i) {
        i--;
      }
      if (i < 0) {
        return best;
      }
      s[i]++;
      for (int j = i + 1; j < k; j++) {
        s[j] = s[j - 1] + 1;
      }
    }
  }

  private static int[] topGain(Channel channel, Positions layout, int k) {
    int pool = channel.userCount();
    double[] gain = new double[pool];
    Integer[] order = new Integer[pool];
    for (int c = 0; c < pool; c++) {
      ClientChannels h = ClientChannels.of(channel, new int[] {c}, layout);
      double s = 0;
      for (int i = 0; i < h.re[0].length; i++) {
        s += h.re[0][i] * h.re[0][i] + h.im[0][i] * h.im[0][i];
      }
      gain[c] = h.power[0] * s;
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> gain[a] != gain[b] ? Double.compare(gain[b], gain[a])
        : Integer.compare(a, b));
    int[] s = new int[k];
    for (int i = 0; i < k; i++) {
      s[i] = order[i];
    }
    Arrays.sort(s);
    return s;
  }

  private static int[] random(int pool, int k, RandomStream rng) {
    int[] all = new int[pool];
    for (int c = 0; c < pool; c++) {
      all[c] = c;
    }
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(0, pool - 1 - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] s = Arrays.copyOf(all, k);
    Arrays.sort(s);
    return s;
  }

  private static int[] roundRobin(int pool, int k, long done) {
    int[] s = new int[k];
    for (int i = 0; i < k; i++) {
      s[i] = (int) ((done * k + i) % pool);
    }
    Arrays.sort(s);
    return s;
  }
}
