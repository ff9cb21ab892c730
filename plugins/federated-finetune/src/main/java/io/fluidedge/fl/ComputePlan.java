package io.fluidedge.fl;

/**
 * A client's CPU frequency and mini-batch size for one round from its compute deadline and
 * compute-energy share (E14, E15).
 *
 * <p>With w = τ·c cycles per sample: time T = w·B/f, energy E = κ·w·B·f². For a batch B the
 * cheapest frequency meeting the deadline t is f = max(f_min, w·B/t), which gives T = t exactly
 * whenever f &gt; f_min. E(B) at that frequency rises with B, so the largest feasible batch is
 * B* = min(f_max·t/w, B_E) with E(B_E) = e:
 * B_E = e/(κ·w·f_min²) if that is at most f_min·t/w (the frequency floor binds), else
 * B_E = (e·t²/(κ·w³))^{1/3}. The bound E24 improves with the batch, so the plan takes
 * B = min(B_max, ⌊B*⌋) and f = max(f_min, w·B/t).
 *
 * @param cpuHz    f, cycles/s
 * @param batch    B, samples
 * @param computeS T, s
 * @param computeJ E, J
 */
record ComputePlan(double cpuHz, int batch, double computeS, double computeJ) {

  /**
   * The plan, or null when not even B_min fits the deadline and the energy share.
   *
   * @param cyclesPerSample c, cycles per sample and local step
   * @param steps           τ, local steps per round
   * @param kappa           κ, effective switched capacitance (E = κ·cycles·f²)
   * @param fMinHz          f_min
   * @param fMaxHz          f_max
   * @param batchMin        B_min
   * @param batchMax        B_max
   * @param deadlineS       t, the round's compute deadline, s (&gt; 0)
   * @param energyJ         e, the round's compute-energy share, J (&gt; 0)
   */
  static ComputePlan of(double cyclesPerSample, int steps, double kappa, double fMinHz,
      double fMaxHz, int batchMin, int batchMax, double deadlineS, double energyJ) {
    double w = steps * cyclesPerSample;
    double floorBatch = fMinHz * deadlineS / w;
    double energyBatch = energyJ / (kappa * w * fMinHz * fMinHz);
    if (energyBatch > floorBatch) {
      energyBatch = Math.cbrt(energyJ * deadlineS * deadlineS / (kappa * w * w * w));
    }
    double best = Math.min(fMaxHz * deadlineS / w, energyBatch);
    // Guard the floor against rounding just below an integer the closed form reaches exactly.
    long b = (long) Math.floor(best * (1 + 1e-12));
    int batch = (int) Math.min(batchMax, b);
    if (batch < batchMin) {
      return null;
    }
    double f = Math.max(fMinHz, w * batch / deadlineS);
    f = Math.min(f, fMaxHz);
    return new ComputePlan(f, batch, w * batch / f, kappa * w * batch * f * f);
  }
}
