package io.fluidedge.metrics;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
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

  /** A spool writing to {@code path} (created or truncated). */
  Spool(Path path) throws IOException {
    this.path = path;
    this.out = new BufferedOutputStream(new Named(Files.newOutputStream(path), path), 1 << 16);
  }

  /** Creates a spool for the file {@code name} in {@code dir} (the system temp dir if null). */
  static Spool create(Path dir, String name) throws IOException {
    Path where = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
    return new Spool(AtomicFiles.temporaryIn(where, name));
  }

  /** The temporary file. */
  Path path() {
    return path;
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

  /**
   * The file's stream, its failures (a full disk, a lost mount) reported with the file's path
   * and the cause: {@code cannot write /out/.blocks.csv.123.tmp: No space left on device}.
   */
  private static final class Named extends FilterOutputStream {
    private final Path path;

    Named(OutputStream out, Path path) {
      super(out);
      this.path = path;
    }

    @Override
    public void write(int b) throws IOException {
      named(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      named(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
      named(out::flush);
    }

    @Override
    public void close() throws IOException {
      named(out::close);
    }

    private void named(Call call) throws IOException {
      try {
        call.run();
      } catch (IOException e) {
        throw AtomicFiles.cannotWrite(path, e);
      }
    }

    /** One operation on the file's stream. */
    private interface Call {
      void run() throws IOException;
    }
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
