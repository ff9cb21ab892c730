package io.fluidedge.optimize;

/** The closed-form blocks of the BCD: server CPU shares and quantisation bits (docs/model.md). */
public final class ResourceBlocks {

  private ResourceBlocks() {
  }

  /**
   * CPU shares minimising Σ_k c·S_k/f_k subject to Σ_k f_k = F (KKT: c_k·S_k/f_k² = μ for all k):
   * f_k = F·√(c_k·S_k)/Σ_j √(c_j·S_j).
   */
  public static double[] cpuShares(Problem p) {
    int k = p.users();
    double sum = 0;
    for (int u = 0; u < k; u++) {
      sum += Math.sqrt(p.cycles(u));
    }
    double[] f = new double[k];
    for (int u = 0; u < k; u++) {
      f[u] = p.cpuHz() * Math.sqrt(p.cycles(u)) / sum;
    }
    return f;
  }

  /** Equal CPU shares f_k = F/K (the equal-cpu baseline). */
  public static double[] equalShares(Problem p) {
    double[] f = new double[p.users()];
    java.util.Arrays.fill(f, p.cpuHz() / p.users());
    return f;
  }

  /**
   * Bits minimising g_k(b) = b·D_k/(B·R_k) − ρ·accuracy(b) over the integers in
   * [b_min,k, b_max,k], by exhaustive search (≤ 32 values: exact for any accuracy model); ties go
   * to fewer bits.
   */
  public static int[] bits(Problem p, double[] rates) {
    int k = p.users();
    int[] b = new int[k];
    int lo = 32;
    int hi = 1;
    for (int u = 0; u < k; u++) {
      b[u] = p.bitsMin(u);
      lo = Math.min(lo, p.bitsMin(u));
      hi = Math.max(hi, p.bitsMax(u));
    }
    double[] best = new double[k];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int bits = lo; bits <= hi; bits++) {
      double reward = p.sensitivity() * p.accuracy().accuracy(bits); // the same for every user
      for (int u = 0; u < k; u++) {
        if (bits < p.bitsMin(u) || bits > p.bitsMax(u)) {
          continue;
        }
        double g = Loss.offloadSeconds(bits, p.features(u), p.bandwidthHz(), rates[u]) - reward;
        if (g < best[u]) {
          best[u] = g;
          b[u] = bits;
        }
      }
    }
    return b;
  }

  /** The same b for every user, clamped into each user's [b_min,k, b_max,k] (fixed-bits). */
  public static int[] fixedBits(Problem p, int bits) {
    int[] b = new int[p.users()];
    for (int u = 0; u < b.length; u++) {
      b[u] = Math.max(p.bitsMin(u), Math.min(p.bitsMax(u), bits));
    }
    return b;
  }
}
