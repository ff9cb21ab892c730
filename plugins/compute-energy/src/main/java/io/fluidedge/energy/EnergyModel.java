package io.fluidedge.energy;

/**
 * The compute-energy model: MAC energy scaling with bit width, memory access energy linear in
 * the bits moved, and data reuse over a √p-by-√p array of processing elements.
 *
 * <ul>
 *   <li>MAC: E_MAC(b) = α·(b/16)^β.</li>
 *   <li>Memory: a b-bit word costs E_L·b/16 from local (on-chip) memory and E_M·b/16 from main
 *       memory; on p processing elements each local word feeds √p MACs.</li>
 *   <li>A network of N_c MACs, N_s weights and A_s activations (Moons et al., "Minimum energy
 *       quantized neural networks", 2017, as used by the study):
 *       E_C = E_MAC·(N_c + 3·A_s),
 *       E_W = E_M(b_w)·N_s + E_L(b_w)·N_c/√p,
 *       E_A = 2·E_M(b_a)·A_s + E_L(b_a)·N_c/√p.</li>
 *   <li>A conventional algorithm of N_c real multiplications (the study's baselines):
 *       E_B = E_MAC·N_c + E_L·N_c/√p.</li>
 * </ul>
 *
 * <p>Defaults ({@link #DEFAULT}), all for 45 nm CMOS at 0.9 V from Horowitz, "Computing's energy
 * problem", ISSCC 2014: α and β fit E_MAC through Horowitz's integer multiply-plus-add energies at
 * 8 bits (0.2 + 0.03 pJ) and 32 bits (3.1 + 0.1 pJ), giving α = 0.858 pJ, β = 1.90; E_L = 2.5 pJ
 * per 16-bit word (8 KB SRAM, 10 pJ per 64-bit access); E_M = 325 pJ per 16-bit word (DRAM,
 * 1.3 nJ per 64-bit access, the low end of Horowitz's range); p = 256 (a 16 × 16 array).
 *
 * @param alphaPj            α, energy of one 16-bit MAC, pJ (&gt; 0)
 * @param beta               β, exponent of the bit-width scaling (&ge; 0)
 * @param localAccessPj      E_L, local memory access per 16-bit word, pJ (&ge; 0)
 * @param mainAccessPj       E_M, main memory access per 16-bit word, pJ (&ge; 0)
 * @param processingElements p, processing elements (&ge; 1)
 */
public record EnergyModel(double alphaPj, double beta, double localAccessPj, double mainAccessPj,
    double processingElements) {

  /** The documented defaults (see the class comment). */
  public static final EnergyModel DEFAULT = new EnergyModel(0.858, 1.9, 2.5, 325, 256);

  private static final double PJ = 1e-12;

  /** Validates every constant; the message names the bad value. */
  public EnergyModel {
    if (!(alphaPj > 0) || Double.isInfinite(alphaPj)) {
      throw new IllegalArgumentException("alpha must be finite and > 0: " + alphaPj + " pJ");
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be finite and >= 0: " + beta);
    }
    if (!(localAccessPj >= 0) || Double.isInfinite(localAccessPj)) {
      throw new IllegalArgumentException("local access energy must be finite and >= 0: "
          + localAccessPj + " pJ");
    }
    if (!(mainAccessPj >= 0) || Double.isInfinite(mainAccessPj)) {
      throw new IllegalArgumentException("main access energy must be finite and >= 0: "
          + mainAccessPj + " pJ");
    }
    if (!(processingElements >= 1) || Double.isInfinite(processingElements)) {
      throw new IllegalArgumentException("processing elements must be finite and >= 1: "
          + processingElements);
    }
  }

  /** E_MAC(b) = α·(b/16)^β, J. */
  public double macJ(int bits) {
    return alphaPj * Math.pow(bits / 16.0, beta) * PJ;
  }

  /** E_L·b/16: a b-bit word from local memory, J. */
  public double localJ(int bits) {
    return localAccessPj * bits / 16.0 * PJ;
  }

  /** E_M·b/16: a b-bit word from main memory, J. */
  public double mainJ(int bits) {
    return mainAccessPj * bits / 16.0 * PJ;
  }

  /** √p, the reuse of a local word over the processing-element array. */
  public double reuse() {
    return Math.sqrt(processingElements);
  }

  /**
   * E_B = E_MAC·N_c + E_L·N_c/√p: a conventional algorithm of N_c real multiplications at
   * {@code bits} bits, J.
   */
  public double baselineJ(double multiplications, int bits) {
    return multiplications * (macJ(bits) + localJ(bits) / reuse());
  }

  /**
   * The energy of one inference of a quantized network.
   *
   * @param macs           N_c, multiply-accumulates
   * @param weights        N_s, weights read from main memory
   * @param activations    A_s, activations written to and read back from main memory
   * @param activationBits b_a, bits per activation (the request's feature bits)
   * @param weightBits     b_w, bits per weight
   * @return E_C, E_W and E_A; MACs run at max(b_a, b_w) bits
   */
  public Inference inference(double macs, double weights, double activations, int activationBits,
      int weightBits) {
    double compute = macJ(Math.max(activationBits, weightBits)) * (macs + 3 * activations);
    double w = mainJ(weightBits) * weights + localJ(weightBits) * macs / reuse();
    double a = 2 * mainJ(activationBits) * activations + localJ(activationBits) * macs / reuse();
    return new Inference(compute, w, a);
  }

  /**
   * One inference's energy by term.
   *
   * @param computeJ     E_C, arithmetic, J
   * @param weightsJ     E_W, weight movement, J
   * @param activationsJ E_A, activation movement, J
   */
  public record Inference(double computeJ, double weightsJ, double activationsJ) {

    /** E_C + E_W + E_A, J. */
    public double totalJ() {
      return computeJ + weightsJ + activationsJ;
    }
  }
}
