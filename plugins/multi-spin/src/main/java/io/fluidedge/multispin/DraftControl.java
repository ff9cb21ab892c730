package io.fluidedge.multispin;

import java.util.Arrays;
import java.util.Locale;

/**
 * Draft-length control per coherence block: the draft lengths γ_k ∈ {0, …, max} that maximise
 * the sum token goodput {@link SpinModel#goodput} at the block's uplink rates.
 *
 * <ul>
 *   <li>{@code fixed}: γ_k = the configured γ for every user (the baseline);</li>
 *   <li>{@code homogeneous}: one γ for all users (simplest batching), by exhaustive 1-D search
 *       over 0..max (exact);</li>
 *   <li>{@code heterogeneous}: γ_k per user, exact. The round's device term is
 *       τ = max_k γ_k·d_k, which takes one of the values γ·d_k. For each candidate τ, every
 *       user may draft up to c_k(τ) = max{γ ≤ max : γ·d_k ≤ τ}, and the remaining problem
 *       max Σ_k E[N_k(γ_k)] / (τ + a + b·Σ_k(γ_k + 1)) over γ_k ≤ c_k is a ratio of separable
 *       sums, solved exactly by Dinkelbach's method (each step maximises Σ_k (E[N_k(γ_k)] −
 *       λ·b·γ_k) user by user over 0..c_k; λ increases strictly until it is optimal, finitely
 *       many steps on a finite set). A solution for τ has true round time ≤ the relaxed one,
 *       and the optimum's own τ* is a candidate, so the best over all candidates is the
 *       optimum. Cost O(K·max) candidates × O(K·max) per Dinkelbach step.</li>
 * </ul>
 * Ties keep the smaller draft lengths.
 */
public enum DraftControl {
  /** The configured γ for every user. */
  FIXED,
  /** One γ for all users, maximising goodput. */
  HOMOGENEOUS,
  /** γ_k per user, maximising goodput. */
  HETEROGENEOUS;

  /** The control named {@code name} (fixed | homogeneous | heterogeneous). */
  public static DraftControl parse(String name) {
    for (DraftControl c : values()) {
      if (c.label().equals(name.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("must be fixed, homogeneous or heterogeneous, got '"
        + name + "'");
  }

  /** The lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The draft lengths for one block.
   *
   * @param model    the round model
   * @param rateBitS uplink rates r_k, bit/s
   * @param maxGamma largest draft length (&ge; 0)
   * @param fixed    γ of the fixed control
   * @return γ_k per user
   */
  public int[] choose(SpinModel model, double[] rateBitS, int maxGamma, int fixed) {
    int users = model.users();
    return switch (this) {
      case FIXED -> filled(users, fixed);
      case HOMOGENEOUS -> homogeneous(model, rateBitS, maxGamma);
      case HETEROGENEOUS -> heterogeneous(model, rateBitS, maxGamma);
    };
  }

  private static int[] filled(int users, int gamma) {
    int[] g = new int[users];
    Arrays.fill(g, gamma);
    return g;
  }

  static int[] homogeneous(SpinModel model, double[] rateBitS, int maxGamma) {
    int users = model.users();
    int[] best = filled(users, 0);
    double bestValue = model.goodput(best, rateBitS);
    for (int g = 1; g <= maxGamma; g++) {
      int[] gamma = filled(users, g);
      double v = model.goodput(gamma, rateBitS);
      if (v > bestValue) {
        bestValue = v;
        best = gamma;
      }
    }
    return best;
  }

  static int[] heterogeneous(SpinModel model, double[] rateBitS, int maxGamma) {
    int users = model.users();
    double[] d = new double[users];
    double[] taus = new double[users * maxGamma + 1];
    int n = 1;
    for (int k = 0; k < users; k++) {
      d[k] = model.perTokenS(k, rateBitS[k]);
      for (int g = 1; g <= maxGamma; g++) {
        double tau = g * d[k];
        if (tau < Double.POSITIVE_INFINITY) {
          taus[n++] = tau;
        }
      }
    }
    double[] candidates = Arrays.stream(taus, 0, n).sorted().distinct().toArray();
    int[] best = new int[users];
    double bestValue = model.goodput(best, rateBitS);
    int[] caps = new int[users];
    for (double tau : candidates) {
      for (int k = 0; k < users; k++) {
        int c = 0;
        while (c < maxGamma && (c + 1) * d[k] <= tau) {
          c++;
        }
        caps[k] = c;
      }
      int[] gamma = dinkelbach(model, tau, caps);
      double v = model.goodput(gamma, rateBitS);
      if (v > bestValue) {
        bestValue = v;
        best = gamma;
      }
    }
    return best;
  }

  /** max Σ E[N_k(γ_k)] / (τ + a + b·Σ(γ_k + 1)) over 0 ≤ γ_k ≤ caps[k]. */
  private static int[] dinkelbach(SpinModel model, double tau, int[] caps) {
    int users = caps.length;
    double b = model.verifyTokenS();
    double base = tau + model.verifyS() + b * users;
    int[] gamma = new int[users];
    double lambda = 0;
    for (int step = 0; step < 10_000; step++) {
      int[] next = new int[users];
      double tokens = 0;
      long drafted = 0;
      for (int k = 0; k < users; k++) {
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int g = 0; g <= caps[k]; g++) {
          double score = SpinModel.expectedTokens(model.alpha()[k], g) - lambda * b * g;
          if (score > bestScore) {
            bestScore = score;
            next[k] = g;
          }
        }
        tokens += SpinModel.expectedTokens(model.alpha()[k], next[k]);
        drafted += next[k];
      }
      double ratio = tokens / (base + b * drafted);
      if (!(ratio > lambda * (1 + 1e-15))) {
        return step == 0 ? next : gamma;
      }
      lambda = ratio;
      gamma = next;
    }
    return gamma;
  }
}
