package io.fluidedge.traffic;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A reader that decompresses and decodes ahead on a thread of its own: the source (a gzip stream
 * decoded as UTF-8, say) is read into a few reused 64 Ki-char chunks while the caller parses the
 * previous ones, so inflating and parsing a trace share two cores instead of taking turns on one.
 * The characters are the source's, in order; an error of the source is thrown by {@link #read}
 * when the reader reaches it, after every character read before it.
 *
 * <p>Memory is bounded ({@value #CHUNKS} chunks). {@link #close()} stops the thread and closes
 * the source; the thread is a daemon, so a reader left open does not keep the JVM alive. Not
 * thread-safe for more than one consumer.
 */
final class PrefetchReader extends Reader {

  /** Chunks in flight between the two threads. */
  static final int CHUNKS = 4;
  private static final int CHUNK_CHARS = 1 << 16;

  /** A filled chunk, the end of the source (length -1) or its error. */
  private record Chunk(char[] chars, int length, IOException error) {
  }

  private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS + 1);
  private final BlockingQueue<char[]> empty = new ArrayBlockingQueue<>(CHUNKS);
  private final Reader source;
  private final Thread pump;
  private volatile boolean closed;
  private Chunk current;
  private int pos;

  /**
   * Starts reading ahead.
   *
   * @param source the reader to drain; closed by this reader's thread when it stops
   * @param name   what the thread is named after (the file)
   */
  PrefetchReader(Reader source, String name) {
    this.source = source;
    for (int i = 0; i < CHUNKS; i++) {
      empty.add(new char[CHUNK_CHARS]);
    }
    pump = new Thread(this::pump, "trace-prefetch " + name);
    pump.setDaemon(true);
    pump.start();
  }

  private void pump() {
    try {
      while (true) {
        char[] chars = empty.take();
        int n = 0;
        boolean end = false;
        IOException error = null;
        try {
          while (n < chars.length && !closed) {
            int r = source.read(chars, n, chars.length - n);
            if (r < 0) {
              end = true;
              break;
            }
            n += r;
          }
        } catch (IOException e) {
          error = e;
        } catch (RuntimeException e) {
          error = new IOException(e.toString(), e);
        }
        if (n > 0) {
          filled.put(new Chunk(chars, n, null));
        }
        if (end || error != null || closed) {
          filled.put(new Chunk(null, -1, error));
          return;
        }
      }
    } catch (InterruptedException e) {
      // Closed while waiting for an empty chunk.
    } finally {
      try {
        source.close();
      } catch (IOException e) {
        // Nothing more will be read from it.
      }
    }
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (current == null || (current.length() >= 0 && pos == current.length())) {
      if (current != null) {
        empty.offer(current.chars());
      }
      try {
        current = filled.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading ahead");
      }
      pos = 0;
    }
    if (current.length() < 0) {
      // The end, or the source's error, stays: every later call sees it again.
      if (current.error() != null) {
        throw current.error();
      }
      return -1;
    }
    int n = Math.min(len, current.length() - pos);
    System.arraycopy(current.chars(), pos, buf, off, n);
    pos += n;
    return n;
  }

  /** True while the read-ahead thread runs. */
  boolean running() {
    return pump.isAlive();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    pump.interrupt();
    try {
      pump.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
