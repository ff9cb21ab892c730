package io.fluidedge.energy;

/**
 * Real-multiplication counts N_c of the algorithms whose energy the plugin reports (a complex
 * multiplication is four real ones).
 *
 * <p>The WMMSE and zero-forcing counts are the study's (downlink precoding, N_T transmit
 * antennas, N_U single-antenna users). The combiner counts are this plugin's, for the uplink of
 * docs/model.md (K users with N antennas, M base-station antennas) and count what an efficient
 * implementation needs, not what the core's Java code happens to do.
 */
public final class Multiplications {

  private Multiplications() {
  }

  /**
   * WMMSE precoding: I·(8/3·N_T³N_U + 4·N_T²N_U + 4·N_T(4N_U² + 2N_U) + 4N_U² + 56/3·N_U).
   *
   * @param nt         N_T, transmit antennas
   * @param nu         N_U, users
   * @param iterations I, mean WMMSE iterations (may be fractional: an average)
   */
  public static double wmmse(double nt, double nu, double iterations) {
    return iterations * (8.0 / 3 * nt * nt * nt * nu + 4 * nt * nt * nu
        + 4 * nt * (4 * nu * nu + 2 * nu) + 4 * nu * nu + 56.0 / 3 * nu);
  }

  /** Zero-forcing precoding: 8·N_U²N_T + 8/3·N_U³. */
  public static double zeroForcing(double nt, double nu) {
    return 8 * nu * nu * nt + 8.0 / 3 * nu * nu * nu;
  }

  /**
   * The closed-form combiners W_k = C_k⁻¹H_k of all K users, once:
   * 4KM²N (Q = Σ_j H_j P_j H_jᴴ + σ²I; each C_k = Q − H_k P_k H_kᴴ reuses its term)
   * + K·(2/3·M³ (Cholesky of C_k) + 4M²N (two triangular solves, N right-hand sides)
   * + 4MN (column normalisation)).
   *
   * @param k users K
   * @param m base-station antennas M
   * @param n antennas per user N
   */
  public static double closedFormCombiners(double k, double m, double n) {
    return 4 * k * m * m * n + k * (2.0 / 3 * m * m * m + 4 * m * m * n + 4 * m * n);
  }

  /**
   * One accepted Riemannian ascent step of one user's combiner (M × N): the trial point's
   * Q·W and C_k·W (8M²N), WᴴQW and WᴴC_kW (8MN²), their N × N inverses (8N³; the log-determinants
   * come from the same factorisations), the gradient X·W·(WᴴXW)⁻¹ for X = Q, C_k (8MN²), tangent
   * projection and retraction (8MN). One line-search trial per step, products reused: a lower
   * bound.
   */
  public static double riemannianStep(double m, double n) {
    return 8 * m * m * n + 16 * m * n * n + 8 * n * n * n + 8 * m * n;
  }

  /**
   * One BCD iteration of the paper solver's combiner block: Q (4KM²N) and, per user,
   * {@code steps} Riemannian steps.
   *
   * @param k     users K
   * @param m     base-station antennas M
   * @param n     antennas per user N
   * @param steps ascent steps per user and iteration
   */
  public static double paperCombinersPerIteration(double k, double m, double n, double steps) {
    return 4 * k * m * m * n + k * steps * riemannianStep(m, n);
  }
}
