package io.fluidedge.fl;

import java.util.Arrays;
import java.util.List;

/**
 * One OTA round's transceiver for a fixed unit receive combiner c: the transmit vectors
 * v_k = b_k·w_k with w_k = H_kᴴc/‖H_kᴴc‖ (E8), the denoising scale √η and the aggregation MSE.
 *
 * <p>The estimate is ĝ = cᴴy/√η of g = Σ_k φ_k s_k from y = Σ_k H_k v_k s_k + n (E3–E5), with
 * independent zero-mean, unit-variance symbols s_k and n ~ CN(0, σ²I), so (E6)
 * MSE = Σ_k |cᴴH_k v_k/√η − φ_k|² + σ²‖c‖²/η. With α_k = √P_k·‖H_kᴴc‖ (E7):
 * <ul>
 *   <li>zero forcing (E8–E10): every client aligned exactly, b_k = √η·φ_k/‖H_kᴴc‖, the power
 *       limits give √η = min_k α_k/φ_k and MSE = σ²·max_k φ_k²/α_k²;</li>
 *   <li>truncated power control (E12, Cao, Zhu, Xu, Huang, IEEE TWC 2020):
 *       b_k = min(√P_k, √η·φ_k/‖H_kᴴc‖), so the clients with α_k/φ_k &lt; √η send at full
 *       power, misaligned; MSE(√η) = Σ_{k: α_k/φ_k &lt; √η} (α_k/√η − φ_k)² + σ²/η. On each
 *       interval between consecutive sorted ratios α_k/φ_k the stationary point is
 *       √η = (σ² + Σ_A α_k²)/Σ_A α_kφ_k; the minimum is among these (clamped to their interval)
 *       and the breakpoints. The smallest breakpoint is the zero-forcing point, so this is never
 *       worse than zero forcing.</li>
 * </ul>
 *
 * @param scale     √η
 * @param amplitude b_k = ‖v_k‖ per client (b_k² ≤ P_k)
 * @param alpha     α_k = √P_k·‖H_kᴴc‖ per client
 * @param mse       the aggregation MSE of this design (E6)
 * @param mseZf     the zero-forcing MSE at the same combiner (E10)
 */
record OtaDesign(double scale, double[] amplitude, double[] alpha, double mse, double mseZf) {

  /** How the transmit amplitudes are chosen. */
  enum Transmit {
    /** E8–E10: exact alignment. */
    ZERO_FORCING,
    /** E12: power-limited truncation with the MSE-optimal √η. */
    TRUNCATED
  }

  /**
   * The design for a unit combiner.
   *
   * @param alpha  α_k = √P_k·‖H_kᴴc‖ (&gt; 0)
   * @param phi    φ_k, aggregation weights
   * @param power  P_k
   * @param noise  σ²
   * @param mode   zero forcing or truncated
   */
  static OtaDesign of(double[] alpha, double[] phi, double[] power, double noise, Transmit mode) {
    int k = alpha.length;
    double zfScale = Double.POSITIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      zfScale = Math.min(zfScale, alpha[i] / phi[i]);
    }
    double mseZf = noise / (zfScale * zfScale);
    double scale = zfScale;
    double mse = mseZf;
    if (mode == Transmit.TRUNCATED) {
      double[] ratios = new double[k];
      for (int i = 0; i < k; i++) {
        ratios[i] = alpha[i] / phi[i];
      }
      Integer[] order = new Integer[k];
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(ratios[a], ratios[b]));
      double sumA2 = 0;
      double sumAPhi = 0;
      for (int j = 0; j < k; j++) {
        double lo = ratios[order[j]];
        double candidate = mseAt(lo, alpha, phi, noise);
        if (candidate < mse) {
          mse = candidate;
          scale = lo;
        }
        // The clients up to order[j] are power-limited on (ratio_j, ratio_{j+1}].
        sumA2 += alpha[order[j]] * alpha[order[j]];
        sumAPhi += alpha[order[j]] * phi[order[j]];
        double hi = j + 1 < k ? ratios[order[j + 1]] : Double.POSITIVE_INFINITY;
        double s = Math.min(Math.max((noise + sumA2) / sumAPhi, lo), hi);
        if (Double.isFinite(s)) {
          double v = mseAt(s, alpha, phi, noise);
          if (v < mse) {
            mse = v;
            scale = s;
          }
        }
      }
    }
    double[] amplitude = new double[k];
    for (int i = 0; i < k; i++) {
      double gainNorm = alpha[i] / Math.sqrt(power[i]); // ‖H_kᴴc‖
      amplitude[i] = Math.min(Math.sqrt(power[i]), scale * phi[i] / gainNorm);
    }
    return new OtaDesign(scale, amplitude, alpha.clone(), mse, mseZf);
  }

  /**
   * One upload over several channel blocks, each with its own design, as one: MSE and the
   * zero-forcing MSE are the time-weighted means, each client's amplitude the root of the
   * time-weighted mean power (so {@link #energy} is the sum over the blocks); √η and α are the
   * first block's.
   *
   * @param parts     the designs, in time order
   * @param fractions each one's share of the upload (summing to 1)
   */
  static OtaDesign blend(List<OtaDesign> parts, double[] fractions) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    OtaDesign first = parts.get(0);
    double[] power = new double[first.amplitude.length];
    double mse = 0;
    double mseZf = 0;
    for (int j = 0; j < parts.size(); j++) {
      OtaDesign d = parts.get(j);
      mse += fractions[j] * d.mse;
      mseZf += fractions[j] * d.mseZf;
      for (int i = 0; i < power.length; i++) {
        power[i] += fractions[j] * d.amplitude[i] * d.amplitude[i];
      }
    }
    double[] amplitude = new double[power.length];
    for (int i = 0; i < power.length; i++) {
      amplitude[i] = Math.sqrt(power[i]);
    }
    return new OtaDesign(first.scale, amplitude, first.alpha, mse, mseZf);
  }

  /** E12's MSE at √η = s (clients with α_k/φ_k &lt; s at full power). */
  static double mseAt(double s, double[] alpha, double[] phi, double noise) {
    double v = noise / (s * s);
    for (int i = 0; i < alpha.length; i++) {
      if (alpha[i] / phi[i] < s) {
        double e = alpha[i] / s - phi[i];
        v += e * e;
      }
    }
    return v;
  }

  /** Transmit energy ‖v_k‖² per client over a slot of {@code durationS}, in units of P·s. */
  double[] energy(double durationS) {
    double[] e = new double[amplitude.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = amplitude[i] * amplitude[i] * durationS;
    }
    return e;
  }

  /**
   * α_k = √P_k·‖H_kᴴc‖ for the chosen clients (indices into h).
   *
   * @param c unit combiner {re, im}
   */
  static double[] alphas(ClientChannels h, int[] chosen, double[][] c) {
    double[] gRe = new double[h.userAntennas];
    double[] gIm = new double[h.userAntennas];
    double[] a = new double[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      a[i] = Math.sqrt(h.power[chosen[i]] * h.project(chosen[i], c[0], c[1], gRe, gIm));
    }
    return a;
  }
}
