package io.fluidedge.metrics;

/**
 * The one conversion between simulated seconds and the long nanoseconds recorded into
 * HdrHistogram.
 */
public final class Nanos {

  /** Largest convertible duration, s (about 292 years; {@code Long.MAX_VALUE} ns). */
  public static final double MAX_SECONDS = Long.MAX_VALUE / 1e9;

  private Nanos() {}

  /**
   * Seconds to nanoseconds, rounded to the nearest nanosecond.
   *
   * @param seconds a duration, s (finite, &ge; 0)
   * @return the duration in ns
   * @throws IllegalArgumentException if {@code seconds} is negative, NaN or too large
   */
  public static long fromSeconds(double seconds) {
    if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException("duration must be in [0, " + MAX_SECONDS + "] s: " + seconds);
    }
    return Math.round(seconds * 1e9);
  }

  /**
   * Nanoseconds to seconds.
   *
   * @param nanos a duration, ns
   * @return the duration in s
   */
  public static double toSeconds(long nanos) {
    return nanos / 1e9;
  }
}
