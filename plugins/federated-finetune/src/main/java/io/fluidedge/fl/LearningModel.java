package io.fluidedge.fl;

/**
 * The learning side as a model (E22–E25; the form is a reconstruction after Lyu et al.,
 * arXiv 2404.00836, with the Kantorovich–Rubinstein bound for the distribution shift, not the
 * paper's own): for an L-smooth loss satisfying the PL condition with μ and step γ ≤ 1/L, after r
 * rounds
 * <pre>
 *   bound_r = (1 − μγ)^r·(Δ_pre + 2·L_z·W1) + (γL/(2μ))·(G_σ/Σ_k B_k + q·MSE̅_r·ν²)
 * </pre>
 * with Σ_k B_k the round's total mini-batch, MSE̅_r the mean OTA MSE of rounds 1..r and ν² the
 * variance of an update entry (the de-normalisation, E13). The perplexity proxy is
 * exp(F* + bound_r). Absolute perplexities need real training; only this proxy can be
 * calibrated.
 *
 * @param deltaPre residual gap Δ_pre of the pre-trained model (loss units, ≥ 0)
 * @param lipschitzData L_z, Lipschitz constant of the per-sample loss in the data (≥ 0)
 * @param wasserstein W1 between the pre-training and fine-tuning distributions (≥ 0)
 * @param smoothness L (&gt; 0)
 * @param pl μ (&gt; 0)
 * @param learningRate γ (0 &lt; γ ≤ 1/L, μγ ≤ 1)
 * @param gradientVariance G_σ, per-sample gradient variance (≥ 0)
 * @param updateVariance ν² (≥ 0)
 * @param entries q, real entries of the LoRA update
 * @param lossFloor F*, the cross-entropy floor (nats per token)
 */
record LearningModel(double deltaPre, double lipschitzData, double wasserstein, double smoothness,
    double pl, double learningRate, double gradientVariance, double updateVariance, double entries,
    double lossFloor) {

  /** Checks the ranges above; the message names the bad value. */
  LearningModel {
    double[] nonNegative = {deltaPre, lipschitzData, wasserstein, gradientVariance,
        updateVariance};
    for (double v : nonNegative) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("bound constants must be finite and >= 0, got " + v);
      }
    }
    if (!(smoothness > 0) || !(pl > 0) || !(learningRate > 0) || !(entries > 0)) {
      throw new IllegalArgumentException("L, mu, gamma and q must be > 0: " + smoothness + ", "
          + pl + ", " + learningRate + ", " + entries);
    }
    if (learningRate * smoothness > 1 + 1e-12 || pl * learningRate > 1) {
      throw new IllegalArgumentException("need gamma <= 1/L and mu gamma <= 1: gamma = "
          + learningRate + ", L = " + smoothness + ", mu = " + pl);
    }
  }

  /** Initial gap Δ_pre + 2·L_z·W1 (E23). */
  double initialGap() {
    return deltaPre + 2 * lipschitzData * wasserstein;
  }

  /** The contraction per round, 1 − μγ. */
  double contraction() {
    return 1 - pl * learningRate;
  }

  /**
   * E24 after {@code rounds} rounds.
   *
   * @param batchSum Σ_k B_k of a round
   * @param meanMse  MSE̅ over the rounds so far
   */
  double bound(int rounds, double batchSum, double meanMse) {
    double floor = learningRate * smoothness / (2 * pl)
        * (gradientVariance / batchSum + entries * meanMse * updateVariance);
    return Math.pow(contraction(), rounds) * initialGap() + floor;
  }

  /** E25: exp(F* + bound). */
  double perplexity(double bound) {
    return Math.exp(lossFloor + bound);
  }
}
