package io.fluidedge.metrics;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hidden temporary file that rows are streamed to during a run and that is moved into place
 * at the end ({@link AtomicFiles#moveInto}); deleted on {@link #close()} if never moved.
 */
final class Spool implements Closeable {

  private final Path path;
  private final OutputStream out;
  private boolean finished;
  private boolean moved;

  private Spool(Path path) throws IOException {
    this.path = path;
    this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  /** Creates a spool for the file {@code name} in {@code dir} (the system temp dir if null). */
  static Spool create(Path dir, String name) throws IOException {
    Path where = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
    return new Spool(AtomicFiles.temporaryIn(where, name));
  }

  /** The buffered stream to write rows to; closed by {@link #finish()}. */
  OutputStream stream() {
    return out;
  }

  /** Flushes and closes the stream; the file is then complete. Idempotent. */
  void finish() throws IOException {
    if (!finished) {
      finished = true;
      out.close();
    }
  }

  /** Finishes the file and moves it atomically to {@code target}. */
  void moveTo(Path target) throws IOException {
    if (moved) {
      throw new IllegalStateException("already moved to its target: " + target);
    }
    finish();
    AtomicFiles.moveInto(path, target);
    moved = true;
  }

  /** Closes the stream and deletes the file unless it was moved into place. */
  @Override
  public void close() throws IOException {
    try {
      finish();
    } finally {
      if (!moved) {
        Files.deleteIfExists(path);
      }
    }
  }
}
