package io.fluidedge.metrics;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old file or the complete new one, never a part.
 *
 * <p>Content goes to a hidden temporary file in the target's directory ({@code .NAME.*.tmp}),
 * is forced to disk, and is then renamed over the target with
 * {@code Files.move(..., ATOMIC_MOVE, REPLACE_EXISTING)}. On failure the temporary file is
 * deleted and the target is left as it was.
 */
public final class AtomicFiles {

  /** Suffix of the temporary files; {@link OutputDirectory} removes leftovers with it. */
  public static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Content producer for {@link #write(Path, Body)}. */
  @FunctionalInterface
  public interface Body {

    /**
     * Writes the whole content; the stream is buffered and closed by the caller.
     *
     * @param out the stream to write to (modified)
     * @throws IOException on write failure
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Atomically writes {@code target} with the bytes produced by {@code body}.
   *
   * @param target the file to create or replace; its directory must exist
   * @param body   writes the content
   * @throws IOException if writing or the rename fails
   */
  public static void write(Path target, Body body) throws IOException {
    Path temp = temporary(target);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw cannotWrite(target, e);
    } catch (RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    OutputLock.record(target);
  }

  /**
   * A write failure that names the file and the cause ({@code cannot write PATH: No space left
   * on device}); one that names its file already is returned as it is.
   *
   * @param file  the file being written
   * @param cause the failure
   * @return the exception to throw
   */
  static IOException cannotWrite(Path file, IOException cause) {
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (why.startsWith("cannot write ")) {
      return cause;
    }
    return new IOException("cannot write " + file + ": " + why, cause);
  }

  /**
   * Atomically writes {@code target} with {@code text} in UTF-8.
   *
   * @param target the file to create or replace
   * @param text   the content
   * @throws IOException if writing or the rename fails
   */
  public static void writeString(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /**
   * Atomically moves a finished file to {@code target}, replacing it. When the two are on
   * different file stores the file is first copied to a temporary file next to the target.
   *
   * @param source a complete file; it no longer exists afterwards
   * @param target the file to create or replace
   * @throws IOException if the move fails
   */
  public static void moveInto(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      OutputLock.record(target);
    } catch (AtomicMoveNotSupportedException e) {
      write(target, out -> Files.copy(source, out));
      Files.delete(source);
    }
  }

  /**
   * Creates an empty hidden temporary file {@code .NAME.<random>.tmp} in {@code dir}, with the
   * default permissions of new files (umask), so the moved file reads like any other.
   *
   * @param dir  the directory (its file store decides whether a later move is a rename)
   * @param name the final file name, used in the temporary name
   * @return the new file
   * @throws IOException if it cannot be created
   */
  static Path temporaryIn(Path dir, String name) throws IOException {
    // Not Files.createTempFile: it makes the file owner-only (0600), which the rename would keep.
    while (true) {
      String random = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      try {
        return Files.createFile(dir.resolve("." + name + "." + random + TEMP_SUFFIX));
      } catch (FileAlreadyExistsException e) {
        // Try another name.
      }
    }
  }

  private static Path temporary(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    return temporaryIn(abs.getParent(), abs.getFileName().toString());
  }
}
