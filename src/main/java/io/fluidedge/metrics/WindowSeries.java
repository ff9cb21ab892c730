package io.fluidedge.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency per time window by completion time: window w covers {@code [w·windowS, (w+1)·windowS)}
 * and a request completing at t falls in {@code floor(t / windowS)} (computed, not accumulated).
 *
 * <p>Only the open window has a histogram (handed to the latency log when the window closes, for
 * an empty one of the same shape); a closed window leaves a {@link WindowStats} summary and one
 * interval in the hlog, so memory grows with the number of windows, not of requests. Completion
 * times must therefore be non-decreasing, as they are when a discrete-event simulation records
 * each request at its completion event.
 */
final class WindowSeries {

  private final double windowS;
  private final WindowIndex index;
  private final HlogWriter hlog;
  private final Tally open = new Tally();
  private final List<WindowStats> closed = new ArrayList<>();
  private long current;
  private boolean finished;

  WindowSeries(double windowS, HlogWriter hlog) {
    this.windowS = windowS;
    this.index = new WindowIndex(windowS);
    this.hlog = hlog;
  }

  /** The window of completion time {@code doneS}: {@code floor(doneS / windowS)}. */
  long index(double doneS) {
    return index.of(doneS);
  }

  /**
   * Closes the windows before a completion at {@code doneS}; adds the request to the open one
   * when it is measured.
   *
   * @param id the request's id (for the error message)
   */
  void add(long id, double doneS, double latencyS, double uplinkS, double serverS, double psnrDb,
      int bits, boolean measured) {
    long w = index(doneS);
    if (finished) {
      throw new IllegalStateException("windows already finished; request " + id
          + " not recorded");
    }
    if (w < current) {
      throw new IllegalArgumentException("request " + id + ": completion times must be "
          + "non-decreasing; done " + doneS + " s falls in window " + w + " but window "
          + current + " is open");
    }
    while (current < w) {
      close();
    }
    if (measured) {
      open.add(latencyS, uplinkS, serverS, psnrDb, bits);
    }
  }


  /**
   * Closes the open window and any empty windows up to the end of the simulated time:
   * windows {@code 0 .. max(ceil(simulatedS / windowS), last completion window + 1) − 1}.
   */
  void finish(double simulatedS) {
    if (finished) {
      return;
    }
    finished = true;
    long byTime = (long) Math.ceil(simulatedS / windowS - 1e-9);
    long total = Math.max(byTime, open.count() > 0 ? current + 1 : current);
    while (current < total) {
      close();
    }
  }

  /** The closed windows so far, in order (all windows after {@link #finish}). */
  List<WindowStats> windows() {
    return Collections.unmodifiableList(closed);
  }

  double windowS() {
    return windowS;
  }

  private void close() {
    double startS = current * windowS;
    closed.add(new WindowStats(current, startS, open.latency(), open.psnrMeanDb()));
    open.restart(hlog.interval(startS, (current + 1) * windowS, open.histogram()));
    current++;
  }
}
