package io.fluidedge.traffic;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * A traffic source that parses a trace ahead on a thread of its own: the trace's rows are read
 * and checked in batches while the simulation consumes the previous ones, so parsing and
 * simulating share two cores instead of taking turns on one. The caller sees what the trace
 * reader itself would give, in the same order: every request, then the end, or the reader's
 * error (a bad row under on-bad-row: fail, unreadable data) at the place the reader would have
 * thrown it; {@link #rejectedRows()} counts the rows skipped before the requests taken so far,
 * not the ones read ahead.
 *
 * <p>Memory is bounded ({@value #BATCHES} batches of {@value #BATCH} requests). {@link #close()}
 * stops the thread and closes the reader; the thread is a daemon, so a source left open does
 * not keep the JVM alive. Not thread-safe for more than one consumer.
 */
public final class ReadAhead implements TrafficSource {

  /** Batches in flight between the two threads. */
  static final int BATCHES = 4;
  /** Requests per batch. */
  static final int BATCH = 8192;

  /**
   * Requests in the order read, each with the reader's rejected-row count just after it was
   * read; then, if {@code done}, the end of the trace (with the count at the end) or the
   * reader's {@code failure}.
   */
  private static final class Batch {
    final Request[] requests = new Request[BATCH];
    final long[] rejectedAfter = new long[BATCH + 1];
    int count;
    boolean done;
    Throwable failure;
    String firstRejection;

    void clear() {
      Arrays.fill(requests, 0, count, null);
      count = 0;
      done = false;
      failure = null;
      firstRejection = null;
    }
  }

  private final BlockingQueue<Batch> filled = new ArrayBlockingQueue<>(BATCHES);
  private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES);
  private final TraceReader reader;
  private final Thread worker;
  private volatile boolean closed;
  private Batch current;
  private int pos;
  private boolean ended;
  private long rejected;
  private String firstRejection;

  private ReadAhead(TraceReader reader) {
    this.reader = reader;
    for (int i = 0; i < BATCHES; i++) {
      empty.add(new Batch());
    }
    worker = new Thread(this::work, "trace-parse " + reader.file());
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * The source to simulate from: a trace reader is parsed ahead on its own thread while a
   * processor is free for it ({@code running} is below the JVM's available processors); any
   * other source, or a trace while every processor has a simulation, is returned as it is (a
   * generated source costs less than handing its requests over, and a parse thread competing
   * with simulations for the processors slows them down).
   *
   * @param source  a source nothing has been read from since it was opened (or only its header)
   * @param running simulations running in this JVM, the caller's included
   * @return the source to read and close instead of {@code source}
   */
  public static TrafficSource of(TrafficSource source, int running) {
    return source instanceof TraceReader reader
        && running < Runtime.getRuntime().availableProcessors() ? new ReadAhead(reader) : source;
  }

  private void work() {
    try {
      while (!closed) {
        Batch b = empty.take();
        fill(b);
        filled.put(b);
        if (b.done) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // Closed while waiting for the consumer.
    } finally {
      try {
        reader.close();
      } catch (RuntimeException e) {
        // Nothing more will be read from it.
      }
    }
  }

  private void fill(Batch b) {
    try {
      while (b.count < BATCH) {
        Request r = reader.next();
        b.rejectedAfter[b.count] = reader.rejectedRows();
        if (r == null) {
          b.done = true;
          break;
        }
        b.requests[b.count++] = r;
      }
    } catch (RuntimeException | Error e) {
      b.rejectedAfter[b.count] = reader.rejectedRows();
      b.done = true;
      b.failure = e;
    }
    b.firstRejection = reader.firstRejection();
  }

  @Override
  public Request next() {
    while (!ended) {
      if (current != null && pos < current.count) {
        rejected = current.rejectedAfter[pos];
        noteRejection();
        return current.requests[pos++];
      }
      if (current != null) {
        if (current.done) {
          ended = true;
          rejected = current.rejectedAfter[current.count];
          noteRejection();
          if (current.failure instanceof RuntimeException e) {
            throw e;
          }
          if (current.failure instanceof Error e) {
            throw e;
          }
          return null;
        }
        current.clear();
        empty.offer(current);
      }
      try {
        current = filled.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while reading the trace " + reader.file());
      }
      pos = 0;
    }
    return null;
  }

  private void noteRejection() {
    if (rejected > 0 && firstRejection == null) {
      firstRejection = current.firstRejection;
    }
  }

  @Override
  public long rejectedRows() {
    return rejected;
  }

  @Override
  public String firstRejection() {
    return firstRejection;
  }

  /** True while the parsing thread runs. */
  boolean running() {
    return worker.isAlive();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    worker.interrupt();
    try {
      worker.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
