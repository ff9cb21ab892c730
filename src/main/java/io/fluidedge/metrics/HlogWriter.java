package io.fluidedge.metrics;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Streams {@code latency.hlog}, an HdrHistogram interval log with one interval per window, to a
 * spool file as windows close.
 *
 * <p>Values are latencies in ns; interval timestamps are simulated seconds from 0 (base time 0,
 * no wall-clock start time, so the file is deterministic); the interval max column is in s. The
 * log format prints timestamps with 3 decimals, so windows shorter than 1 ms lose their exact
 * start in the log (windows.csv keeps it).
 *
 * <p>Encoding an interval (HdrHistogram's compressed form, deflated at the best compression, then
 * Base64) costs about 0.1 ms, as much as simulating a few hundred requests, so it runs on one
 * encoder thread of its own: the caller hands over the window's histogram, gets an empty one of
 * the same shape back, and carries on; the encoder writes the intervals in the order they were
 * handed over (so the file is the same byte for byte as written in line), then resets the
 * histograms for reuse. Intervals go to the encoder {@value #BATCH} at a time (waking a thread
 * costs the caller a system call, a few per cent of a run of many short windows), the last ones
 * when the log is completed. At most {@value #AHEAD} intervals wait; a caller that gets further
 * ahead waits for the encoder.
 */
final class HlogWriter implements Closeable {

  /** Intervals handed over and not yet written, at most. */
  static final int AHEAD = 8;
  /** Intervals handed to the encoder at once: one wake-up of its thread for so many windows. */
  static final int BATCH = 4;

  /** One window's interval, handed over, with what to read from it first (or null). */
  private record Interval(double startS, double endS, Histogram histogram,
      Consumer<Histogram> first) {
  }

  private final Spool spool;
  private final PrintStream print;
  private final HistogramLogWriter writer;
  /** At most one thread, started when an interval is handed over and gone after 1 s idle. */
  private final ExecutorService encoder = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "fluidedge-hlog");
        t.setDaemon(true);
        return t;
      });
  private final Semaphore room = new Semaphore(AHEAD);
  private volatile Throwable failure;
  /** Histograms written and reset, for the next windows. */
  private final Queue<Histogram> free = new ConcurrentLinkedQueue<>();
  /** Intervals handed over and not yet given to the encoder (the caller's thread only). */
  private final List<Interval> batch = new ArrayList<>(BATCH);

  HlogWriter(Path spoolDir, double windowS) throws IOException {
    spool = Spool.create(spoolDir, RunOutputs.LATENCY_HLOG);
    print = new PrintStream(spool.stream(), false, StandardCharsets.UTF_8);
    writer = new HistogramLogWriter(print);
    writer.outputComment("FluidEdge end-to-end request latency, one interval per window of "
        + Formats.decimal(windowS) + " s, by completion time");
    writer.outputComment("Values in ns (3 significant digits); timestamps in simulated s; Interval_Max in s");
    writer.outputLogFormatVersion();
    writer.outputBaseTime(0);
    writer.outputLegend();
  }

  /**
   * Appends one interval, taking over the window's histogram, and has {@code first} read the
   * histogram on the encoder thread before it is written (e.g. its percentiles), also when an
   * earlier interval could not be written. {@link #awaitIntervals} waits for it.
   *
   * @param startS    window start, s
   * @param endS      window end, s
   * @param histogram the window's latencies in ns; the caller hands it over and must not use it
   *                  again
   * @param first     what to read from the histogram (it must not keep or change it), or null
   * @return an empty histogram of the same shape for the next window (the caller's from now on)
   * @throws UncheckedIOException if an earlier interval could not be written
   */
  Histogram interval(double startS, double endS, Histogram histogram,
      Consumer<Histogram> first) {
    rethrow();
    if (encoder.isShutdown()) {
      throw new IllegalStateException("latency log already completed or closed");
    }
    // The next window's histogram is chosen while this one is still the caller's alone.
    Histogram next = free.poll();
    while (next != null && !sameShape(next, histogram)) {
      next = free.poll();
    }
    if (next == null) {
      next = new Histogram(histogram);
    }
    room.acquireUninterruptibly();
    batch.add(new Interval(startS, endS, histogram, first));
    if (batch.size() == BATCH) {
      submit();
    }
    return next;
  }

  /** Hands the intervals of {@link #batch} to the encoder, which writes them in order. */
  private void submit() {
    List<Interval> intervals = List.copyOf(batch);
    batch.clear();
    try {
      encoder.execute(() -> {
        for (Interval i : intervals) {
          try {
            if (i.first() != null) {
              i.first().accept(i.histogram());
            }
            if (failure == null) {
              writer.outputIntervalHistogram(i.startS(), i.endS(), i.histogram(), 1e9);
              i.histogram().reset();
              free.offer(i.histogram());
            }
          } catch (RuntimeException | Error e) {
            failure = e;
          } finally {
            room.release();
          }
        }
      });
    } catch (RejectedExecutionException e) {
      room.release(intervals.size());
      throw new IllegalStateException("latency log already completed or closed", e);
    }
  }

  /**
   * Waits until every interval handed over so far has been through the encoder (its
   * {@code first} run and, unless writing failed, the interval written). Not after
   * {@link #close()}.
   */
  void awaitIntervals() {
    if (!batch.isEmpty() && !encoder.isShutdown()) {
      submit();
    }
    room.acquireUninterruptibly(AHEAD);
    room.release(AHEAD);
  }

  /**
   * Whether two histograms have the same range and precision (an interval's encoding includes
   * them; the range of an auto-resizing histogram grows with the largest value recorded).
   */
  private static boolean sameShape(Histogram a, Histogram b) {
    return a.getHighestTrackableValue() == b.getHighestTrackableValue()
        && a.getLowestDiscernibleValue() == b.getLowestDiscernibleValue()
        && a.getNumberOfSignificantValueDigits() == b.getNumberOfSignificantValueDigits();
  }

  /** Completes the log (waits for the intervals handed over) and moves it to {@code target}. */
  void moveTo(Path target) throws IOException {
    drain();
    print.flush();
    check();
    spool.moveTo(target);
  }

  @Override
  public void close() throws IOException {
    encoder.shutdownNow();
    awaitEncoder();
    spool.close();
  }

  /** Lets the encoder write everything handed over, then stops it. */
  private void drain() throws IOException {
    if (!batch.isEmpty() && !encoder.isShutdown()) {
      submit();
    }
    encoder.shutdown();
    awaitEncoder();
    if (failure != null) {
      throw new IOException("cannot write " + spool.path() + ": " + failure, failure);
    }
  }

  private void awaitEncoder() {
    boolean interrupted = false;
    while (true) {
      try {
        if (encoder.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() {
    if (failure != null) {
      throw new UncheckedIOException(new IOException("cannot write " + spool.path() + ": "
          + failure, failure));
    }
  }

  private void check() throws IOException {
    if (print.checkError()) {
      throw new IOException("cannot write " + spool.path() + ": the write failed (is the disk full?)");
    }
  }
}
