package io.fluidedge.traffic;

/**
 * A pull source of requests in non-decreasing time order.
 *
 * <p>Protocol: call {@link #next()} until it returns null; it keeps returning null afterwards.
 * Times never decrease from one request to the next (equal times are allowed). Sources are
 * single-threaded and hold constant memory however many requests they produce. Close a source
 * when done with it, exhausted or not (a trace source holds an open file).
 */
public interface TrafficSource extends AutoCloseable {

  /**
   * The next request, or null when the source is exhausted.
   *
   * @throws io.fluidedge.scenario.InputException if a trace row is bad (under on-bad-row: fail)
   *                                              or the file cannot be read
   */
  Request next();

  /** Rows skipped as malformed so far (under on-bad-row: skip); 0 for generated sources. */
  default long rejectedRows() {
    return 0;
  }

  /** The message of the first row skipped as malformed, or null if none was. */
  default String firstRejection() {
    return null;
  }

  /** Releases the source's resources; idempotent, never throws a checked exception. */
  @Override
  void close();
}
