package io.fluidedge.optimize;

/**
 * The loss J = Σ_k (T_off,k + T_inf,k) − ρ·Σ_k accuracy_k(b_k) and its parts (docs/model.md), with
 * T_off,k = b_k·D_k/(B·R_k) and T_inf,k = c·S_k/f_k.
 *
 * @param total      J
 * @param latencyS   Σ_k (T_off,k + T_inf,k), s
 * @param offloadS   T_off,k, s
 * @param inferenceS T_inf,k, s
 * @param accuracy   accuracy_k(b_k) (PSNR dB by default)
 */
public record Loss(double total, double latencyS, double[] offloadS, double[] inferenceS,
    double[] accuracy) {

  public Loss {
    offloadS = offloadS.clone();
    inferenceS = inferenceS.clone();
    accuracy = accuracy.clone();
  }

  /** Evaluates J for rates R_k (bit/s/Hz), bits and CPU shares. */
  public static Loss evaluate(Problem p, double[] rates, int[] bits, double[] cpuHz) {
    int k = p.users();
    double[] off = new double[k];
    double[] inf = new double[k];
    double[] acc = new double[k];
    double latency = 0;
    double accuracySum = 0;
    for (int u = 0; u < k; u++) {
      off[u] = offloadSeconds(bits[u], p.features(u), p.bandwidthHz(), rates[u]);
      inf[u] = p.cycles(u) / cpuHz[u];
      acc[u] = p.accuracy().accuracy(bits[u]);
      latency += off[u] + inf[u];
      accuracySum += acc[u];
    }
    return new Loss(latency - p.sensitivity() * accuracySum, latency, off, inf, acc);
  }

  /**
   * Longest offload time, s: a link this slow never delivers within any simulated time (at most
   * 9e9 s), and the cap keeps sums and differences of offload times finite. In floating point
   * {@code MAX_OFFLOAD_S − ρ·accuracy} equals the cap, so the bits block then picks b_min.
   */
  public static final double MAX_OFFLOAD_S = 1e200;

  /**
   * b·D/(B·R), s, at most {@link #MAX_OFFLOAD_S}. A rate that rounds to zero is floored at
   * 1e-300 bit/s/Hz, so the time is the cap rather than infinite or NaN.
   */
  public static double offloadSeconds(int bits, double features, double bandwidthHz, double rate) {
    double t = bits * features / (bandwidthHz * Math.max(rate, 1e-300));
    return t < MAX_OFFLOAD_S ? t : MAX_OFFLOAD_S;
  }

  @Override
  public double[] offloadS() {
    return offloadS.clone();
  }

  @Override
  public double[] inferenceS() {
    return inferenceS.clone();
  }

  @Override
  public double[] accuracy() {
    return accuracy.clone();
  }
}
