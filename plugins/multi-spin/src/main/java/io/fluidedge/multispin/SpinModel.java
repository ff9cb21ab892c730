package io.fluidedge.multispin;

import umontreal.ssj.rng.RandomStream;

/**
 * The round model of multi-access speculative inference.
 *
 * <p>In a round, user k drafts γ_k tokens on its device ({@code draftTokenS[k]} each), uploads
 * them ({@code payloadBits} per draft token) at its uplink rate r_k bit/s, and the server's
 * large model verifies all users' drafts in one batch. Verification is a prefill-like pass over
 * the γ_k + 1 positions of each user: {@code verifyS + verifyTokenS·Σ(γ_k + 1)}. The batch waits
 * for the slowest user, so a round lasts
 * {@code T(γ) = max_k γ_k·d_k + verifyS + verifyTokenS·Σ_k(γ_k + 1)} with
 * {@code d_k = draftTokenS[k] + payloadBits / r_k} (a user with γ_k = 0 adds no device time and
 * gets the large model's token only).
 *
 * <p>Each draft token is accepted with probability α_k, independently, until the first
 * rejection; the round yields the accepted prefix plus one token from the large model, so
 * {@code E[N_k] = Σ_{i=0}^{γ} α^i = (1 − α^(γ+1)) / (1 − α)} (γ + 1 at α = 1). The sum token
 * goodput is {@code Σ_k E[N_k(γ_k)] / T(γ)} tokens per second.
 *
 * @param draftTokenS  per user, on-device draft time per token, s (&ge; 0)
 * @param alpha        per user, acceptance probability per draft token, in [0, 1]
 * @param payloadBits  uplink bits per draft token (&ge; 0)
 * @param verifyS      fixed verification time of a batch, s (&ge; 0)
 * @param verifyTokenS verification time per verified position, s (&ge; 0)
 */
public record SpinModel(double[] draftTokenS, double[] alpha, double payloadBits, double verifyS,
    double verifyTokenS) {

  /** Validates the values and copies the arrays. */
  public SpinModel {
    if (draftTokenS.length != alpha.length || alpha.length == 0) {
      throw new IllegalArgumentException("need one draft time and one acceptance per user: "
          + draftTokenS.length + ", " + alpha.length);
    }
    for (int k = 0; k < alpha.length; k++) {
      if (!(alpha[k] >= 0 && alpha[k] <= 1)) {
        throw new IllegalArgumentException("alpha must be in [0, 1]: " + alpha[k]);
      }
      if (!(draftTokenS[k] >= 0) || Double.isInfinite(draftTokenS[k])) {
        throw new IllegalArgumentException("draft-token-s must be finite and >= 0: "
            + draftTokenS[k]);
      }
    }
    if (!(payloadBits >= 0 && verifyS >= 0 && verifyTokenS >= 0)
        || Double.isInfinite(payloadBits + verifyS + verifyTokenS)) {
      throw new IllegalArgumentException("payload and verification times must be finite and "
          + ">= 0: " + payloadBits + ", " + verifyS + ", " + verifyTokenS);
    }
    draftTokenS = draftTokenS.clone();
    alpha = alpha.clone();
  }

  /** Users K. */
  public int users() {
    return alpha.length;
  }

  /** E[N] = (1 − α^(γ+1)) / (1 − α), tokens per round of a user drafting γ at acceptance α. */
  public static double expectedTokens(double alpha, int gamma) {
    return alpha == 1 ? gamma + 1 : (1 - Math.pow(alpha, gamma + 1)) / (1 - alpha);
  }

  /** User k's time per draft token, draft plus upload: d_k = t_k + payload / r_k, s. */
  public double perTokenS(int k, double rateBitS) {
    return draftTokenS[k] + (payloadBits == 0 ? 0 : payloadBits / rateBitS);
  }

  /**
   * The round time T(γ), s (+∞ when a drafting user has rate 0).
   *
   * @param gamma    draft lengths γ_k (&ge; 0)
   * @param rateBitS uplink rates r_k, bit/s
   */
  public double roundS(int[] gamma, double[] rateBitS) {
    double device = 0;
    long positions = 0;
    for (int k = 0; k < gamma.length; k++) {
      if (gamma[k] > 0) {
        device = Math.max(device, gamma[k] * perTokenS(k, rateBitS[k]));
      }
      positions += gamma[k] + 1;
    }
    return device + verifyS + verifyTokenS * positions;
  }

  /** The sum token goodput Σ_k E[N_k] / T(γ), tokens/s. */
  public double goodput(int[] gamma, double[] rateBitS) {
    double tokens = 0;
    for (int k = 0; k < gamma.length; k++) {
      tokens += expectedTokens(alpha[k], gamma[k]);
    }
    double t = roundS(gamma, rateBitS);
    return t > 0 ? tokens / t : Double.POSITIVE_INFINITY;
  }

  /**
   * Draws one round's tokens for a user: the accepted prefix of γ draft tokens (each accepted
   * with probability α until the first rejection) plus the large model's token.
   *
   * @param stream the user's acceptance stream (one uniform per draft token examined; modified)
   */
  public static int drawTokens(RandomStream stream, double alpha, int gamma) {
    int accepted = 0;
    while (accepted < gamma && stream.nextDouble() < alpha) {
      accepted++;
    }
    return accepted + 1;
  }
}
