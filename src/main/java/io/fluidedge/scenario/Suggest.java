package io.fluidedge.scenario;

import java.util.Collection;

/**
 * "Did you mean" for every name a user types: scenario keys, enum values, plugin names, commands.
 * A known name is suggested when its Levenshtein distance to the typed one is at most
 * max(2, length/3), or when it starts with the typed name (a key written without its unit,
 * {@code snr} for {@code snr-db}).
 */
public final class Suggest {

  private Suggest() {
  }

  /**
   * The known name nearest to {@code given}, or null when none is close.
   *
   * @param given the name typed
   * @param known the names that exist
   * @return the suggestion, or null
   */
  public static String nearest(String given, Collection<String> known) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : known) {
      int score = candidate.startsWith(given) && !given.isEmpty() ? 1
          : distance(given, candidate);
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best != null && bestScore <= Math.max(2, given.length() / 3) ? best : null;
  }

  /**
   * {@code "; did you mean 'x'?"} for the nearest known name, or the empty string.
   *
   * @param given the name typed
   * @param known the names that exist
   * @return the text to append to a message
   */
  public static String didYouMean(String given, Collection<String> known) {
    String nearest = nearest(given, known);
    return nearest == null ? "" : "; did you mean '" + nearest + "'?";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitution, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
