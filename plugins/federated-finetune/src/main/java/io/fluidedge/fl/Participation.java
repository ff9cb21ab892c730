package io.fluidedge.fl;

/**
 * Participation of the pool's clients: rounds each was selected in (n_k), the round each was
 * last selected in, and Jain's fairness index J = (Σ n_k)² / (N_c·Σ n_k²) (E26), which lies
 * in [1/N_c, 1] once any client took part.
 */
final class Participation {

  private final long[] counts;
  private final long[] lastRound;
  private long rounds;

  /** A pool of {@code pool} clients, none selected yet. */
  Participation(int pool) {
    counts = new long[pool];
    lastRound = new long[pool];
  }

  /** Records the clients selected in the next round. */
  void record(int[] selected) {
    rounds++;
    for (int k : selected) {
      counts[k]++;
      lastRound[k] = rounds;
    }
  }

  /** Pool size N_c. */
  int pool() {
    return counts.length;
  }

  /** Rounds recorded. */
  long rounds() {
    return rounds;
  }

  /** n_k, the rounds client k took part in. */
  long count(int k) {
    return counts[k];
  }

  /** Rounds since client k last took part (rounds + 1 before it first did). */
  long age(int k) {
    return rounds + 1 - lastRound[k];
  }

  /** Jain's index of the counts; NaN before any round. */
  double jain() {
    return jain(counts);
  }

  /** Jain's index (Σ n)² / (N·Σ n²) of non-negative counts; NaN when all are zero. */
  static double jain(long[] n) {
    double sum = 0;
    double squares = 0;
    for (long v : n) {
      sum += v;
      squares += (double) v * v;
    }
    return squares > 0 ? sum * sum / (n.length * squares) : Double.NaN;
  }
}
