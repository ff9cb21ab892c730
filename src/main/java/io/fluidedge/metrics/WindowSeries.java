package io.fluidedge.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency per time window by completion time: window w covers {@code [w·windowS, (w+1)·windowS)}
 * and a request completing at t falls in {@code floor(t / windowS)} (computed, not accumulated).
 *
 * <p>The open window keeps its sums here; its histogram is kept by the latency log
 * ({@link HlogWriter}), which the recorder gives each measured latency after {@link #add} (so
 * after the windows it closed). A closed window leaves a {@link WindowStats} summary, its
 * percentiles read on the latency log's thread before the interval is encoded, and one interval
 * in the hlog, so memory grows with the number of windows, not of requests. Completion
 * times must therefore be non-decreasing, as they are when a discrete-event simulation records
 * each request at its completion event.
 */
final class WindowSeries {

  private final double windowS;
  private final WindowIndex index;
  private final HlogWriter hlog;
  /** The open window's measured requests. */
  private final LatencySums open = new LatencySums();
  /** The closed windows; their latency statistics are filled in on the latency log's thread. */
  private final List<Closed> closed = new ArrayList<>();
  private List<WindowStats> stats = List.of();
  private long current;
  private boolean finished;

  /** A closed window; {@code latency} is set by the latency log's thread. */
  private static final class Closed {
    final long index;
    final double startS;
    final double psnrDbMean;
    LatencyStats latency;

    Closed(long index, double startS, double psnrDbMean) {
      this.index = index;
      this.startS = startS;
      this.psnrDbMean = psnrDbMean;
    }
  }

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
   * Closes the windows before a completion at {@code doneS}; adds the request to the open one's
   * sums when it is measured (its latency goes to the latency log after this).
   *
   * @param id the request's id (for the error message)
   */
  void add(long id, double doneS, double latencyS, double psnrDb, boolean measured) {
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
      open.add(latencyS, psnrDb);
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
    if (stats.size() < closed.size()) {
      hlog.awaitIntervals();
      List<WindowStats> all = new ArrayList<>(closed.size());
      for (Closed c : closed) {
        all.add(new WindowStats(c.index, c.startS, c.latency, c.psnrDbMean));
      }
      stats = Collections.unmodifiableList(all);
    }
    return stats;
  }

  double windowS() {
    return windowS;
  }

  private void close() {
    double startS = current * windowS;
    Closed c = new Closed(current, startS, open.psnrMeanDb());
    closed.add(c);
    double sumS = open.latencySumS();
    double maxS = open.latencyMaxS();
    // The percentiles are read where the window's histogram is kept, before it is reset;
    // windows() waits for them (the latency log's hand-over orders the write before the read).
    hlog.interval(startS, (current + 1) * windowS,
        h -> c.latency = LatencyStats.of(h, sumS, maxS));
    open.reset();
    current++;
  }
}
