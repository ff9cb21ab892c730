package io.fluidedge.metrics;

/**
 * The window of a time, {@code floor(t / windowS)}, for times that mostly fall in the window
 * asked for last: the division is done only when a time leaves the interval of times known to
 * give that window. The result is the division's for every time.
 *
 * <p>The interval is exact: a correctly rounded division is non-decreasing in t, so the times
 * of window n are the doubles from the least t with {@code floor(t / windowS) >= n} up to, not
 * including, the least with {@code >= n + 1}; each bound is found by stepping one double at a
 * time from {@code n·windowS}, where it lies within a few steps.
 */
final class WindowIndex {

  /** Steps from n·windowS after which a bound is given up (the division is then always done). */
  private static final int MAX_STEPS = 64;

  private final double windowS;
  private long window;
  private double fromS = Double.NaN;
  private double toS = Double.NaN;

  /**
   * @param windowS window length, s (&gt; 0, finite)
   */
  WindowIndex(double windowS) {
    this.windowS = windowS;
  }

  /** {@code (long) Math.floor(timeS / windowS)}. */
  long of(double timeS) {
    if (timeS >= fromS && timeS < toS) {
      return window;
    }
    long w = (long) Math.floor(timeS / windowS);
    window = w;
    fromS = first(w);
    toS = first(w + 1);
    return w;
  }

  /** The least double t with {@code floor(t / windowS) >= n}, or NaN if not found near n·windowS. */
  private double first(long n) {
    double c = n * windowS;
    int steps = 0;
    while (Math.floor(c / windowS) >= n) {
      c = Math.nextDown(c);
      if (++steps > MAX_STEPS) {
        return Double.NaN;
      }
    }
    while (Math.floor(c / windowS) < n) {
      c = Math.nextUp(c);
      if (++steps > 2 * MAX_STEPS) {
        return Double.NaN;
      }
    }
    return c;
  }
}
