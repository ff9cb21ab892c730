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
 * spool file as windows close, and records the run's latencies into their histograms.
 *
 * <p>Values are latencies in ns; interval timestamps are simulated seconds from 0 (base time 0,
 * no wall-clock start time, so the file is deterministic); the interval max column is in s. The
 * log format prints timestamps with 3 decimals, so windows shorter than 1 ms lose their exact
 * start in the log (windows.csv keeps it).
 *
 * <p>The histograms are kept on one thread of their own, the encoder: the caller
 * ({@link #latency}, {@link #interval}) appends each measured latency with its user, and each
 * window's end, to a chunk of {@value #CHUNK} entries, and hands it over when it is full or
 * holds {@value #WINDOWS} window ends (so the encoding overlaps the simulation). The encoder
 * takes the entries in order: a latency goes into the open window's histogram and into its
 * user's histogram (the ones given to the constructor), a window's end has the window's
 * histogram read ({@code first}, e.g. its percentiles), written as the next interval
 * (HdrHistogram's compressed form, deflated at the best compression, then Base64; about 0.1 ms)
 * and reset. So the file, the histograms and what {@code first} reads are those of recording in
 * line, while the caller does an array store per request and wakes the encoder once per chunk.
 * At most {@value #AHEAD} chunks wait; a caller that gets further ahead waits for the encoder.
 * {@link #awaitIntervals} hands over the open chunk and waits for all; read the users'
 * histograms only after it.
 */
final class HlogWriter implements Closeable {

  /** Chunks handed over and not yet taken by the encoder, at most. */
  static final int AHEAD = 4;
  /** Entries (latencies and window ends) in a chunk: one wake-up of the encoder for so many. */
  static final int CHUNK = 16_384;
  /**
   * Window ends after which a chunk is handed over even if not full, so that the intervals'
   * encoding (about 0.1 ms each) runs beside the simulation rather than after it.
   */
  static final int WINDOWS = 32;
  /** The user of an entry that ends a window. */
  private static final int WINDOW_END = -1;

  /** The end of a window, with what to read from its histogram first (or null). */
  private record Interval(double startS, double endS, Consumer<Histogram> first) {
  }

  /** Entries in order: a latency (ns) and its user, or {@link #WINDOW_END}. */
  private static final class Chunk {
    final long[] valuesNs = new long[CHUNK];
    final int[] users = new int[CHUNK];
    final List<Interval> intervals = new ArrayList<>();
    int size;
  }

  private final Spool spool;
  private final PrintStream print;
  private final HistogramLogWriter writer;
  /** At most one thread, started when a chunk is handed over and gone after 1 s idle. */
  private final ExecutorService encoder = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "fluidedge-hlog");
        t.setDaemon(true);
        return t;
      });
  private final Semaphore room = new Semaphore(AHEAD);
  private volatile Throwable failure;
  /** Chunks the encoder has emptied, for reuse. */
  private final Queue<Chunk> free = new ConcurrentLinkedQueue<>();
  /** The chunk being filled (the caller's thread only). */
  private Chunk open = new Chunk();
  /** The open window's histogram (the encoder's thread only). */
  private final Histogram window = new Histogram(3);
  /** Every user's histogram, index = user (the encoder's thread until awaited). */
  private final Histogram[] users;

  /**
   * @param spoolDir where the spool file goes
   * @param windowS  window length, s (for the header comment)
   * @param users    every user's latency histogram, index = user: the encoder records each
   *                 latency into its user's (not copied; read them only after
   *                 {@link #awaitIntervals})
   * @throws IOException if the spool file cannot be created
   */
  HlogWriter(Path spoolDir, double windowS, Histogram[] users) throws IOException {
    this.users = users;
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
   * Records a measured latency of {@code user} in the open window (and in the user's histogram).
   *
   * @param valueNs the latency, ns (&ge; 0)
   * @param user    its user, an index into the constructor's histograms
   */
  void latency(long valueNs, int user) {
    Chunk c = open;
    int at = c.size;
    c.valuesNs[at] = valueNs;
    c.users[at] = user;
    c.size = at + 1;
    if (at + 1 == CHUNK) {
      submit();
    }
  }

  /**
   * Ends the open window: its latencies become the next interval, and {@code first} reads the
   * window's histogram on the encoder thread before it is written (e.g. its percentiles), also
   * when an earlier interval could not be written. {@link #awaitIntervals} waits for it.
   *
   * @param startS window start, s
   * @param endS   window end, s
   * @param first  what to read from the histogram (it must not keep or change it), or null
   * @throws UncheckedIOException if an earlier interval could not be written
   */
  void interval(double startS, double endS, Consumer<Histogram> first) {
    rethrow();
    if (encoder.isShutdown()) {
      throw new IllegalStateException("latency log already completed or closed");
    }
    Chunk c = open;
    c.intervals.add(new Interval(startS, endS, first));
    c.users[c.size] = WINDOW_END;
    c.size++;
    if (c.size == CHUNK || c.intervals.size() == WINDOWS) {
      submit();
    }
  }

  /** Hands the open chunk to the encoder, which takes its entries in order. */
  private void submit() {
    Chunk c = open;
    Chunk next = free.poll();
    open = next != null ? next : new Chunk();
    room.acquireUninterruptibly();
    try {
      encoder.execute(() -> {
        try {
          take(c);
        } finally {
          c.size = 0;
          c.intervals.clear();
          free.offer(c);
          room.release();
        }
      });
    } catch (RejectedExecutionException e) {
      room.release();
      throw new IllegalStateException("latency log already completed or closed", e);
    }
  }

  /** The encoder's work on a chunk: record each latency, write each window's interval. */
  private void take(Chunk c) {
    int ended = 0;
    for (int i = 0; i < c.size; i++) {
      int user = c.users[i];
      if (user != WINDOW_END) {
        try {
          window.recordValue(c.valuesNs[i]);
          users[user].recordValue(c.valuesNs[i]);
        } catch (RuntimeException e) {
          failure = e;
        }
        continue;
      }
      Interval w = c.intervals.get(ended++);
      try {
        if (w.first() != null) {
          w.first().accept(window);
        }
        if (failure == null) {
          writer.outputIntervalHistogram(w.startS(), w.endS(), window, 1e9);
        }
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        window.reset();
      }
    }
  }

  /**
   * Hands over the open chunk and waits until the encoder has taken every entry so far (each
   * window's {@code first} run and, unless writing failed, its interval written; every latency
   * in its user's histogram); after {@link #close()}, returns at once.
   */
  void awaitIntervals() {
    if (open.size > 0 && !encoder.isShutdown()) {
      submit();
    }
    room.acquireUninterruptibly(AHEAD);
    room.release(AHEAD);
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
    room.release(encoder.shutdownNow().size()); // chunks never taken: awaitIntervals returns
    awaitEncoder();
    spool.close();
  }

  /** Lets the encoder write everything handed over, then stops it. */
  private void drain() throws IOException {
    if (open.size > 0 && !encoder.isShutdown()) {
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
