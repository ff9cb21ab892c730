package io.fluidedge.metrics;

import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Creates and locks an output directory and starts its {@value RunLog#FILE}, refusing to mix new outputs into old ones: a non-empty
 * directory needs {@code --force}, which removes only the files the same command wrote there
 * (listed in the directory's manifest, see {@link OutputLock}); a directory another process
 * holds is refused, naming it; a symbolic link {@code plots/} is refused.
 */
public final class OutputDirectory {

  private OutputDirectory() {}

  /**
   * Creates {@code dir} if missing, locks it for {@code command} and makes it ready: the single
   * entry of every command that writes an output directory.
   *
   * @param dir     the output directory
   * @param force   overwrite: remove the files {@code command} wrote there before (its entries
   *                in the manifest) and nothing else
   * @param command the command's name, the kind of the files it records
   * @return the held lock; close it when the command ends
   * @throws InputException if {@code dir} is a file, in use, or not empty without {@code force}
   * @throws IOException    if it cannot be created, locked or cleaned
   */
  public static OutputLock open(Path dir, boolean force, String command) throws IOException {
    check(dir, force);
    create(dir);
    OutputLock lock = OutputLock.acquire(dir, command);
    try {
      check(dir, force);
      if (force) {
        lock.removeOwn(dir);
      }
      lock.startLog();
      return lock;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Makes a directory inside a locked output directory ready for a run's outputs: created if
   * missing; with {@code force} the files the locking command wrote below it before are removed.
   *
   * @param dir   the directory
   * @param force overwrite an existing non-empty directory
   * @return {@code dir}
   * @throws InputException if {@code dir} is a file, or is not empty and {@code force} is false
   * @throws IOException    if it cannot be created or cleaned
   */
  public static Path prepare(Path dir, boolean force) throws IOException {
    check(dir, force);
    create(dir);
    OutputLock lock = OutputLock.covering(dir);
    if (force && lock != null) {
      lock.removeOwn(dir);
    }
    return dir;
  }

  private static void create(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw InputException.argument("--out", "cannot create output directory " + dir + ": "
          + describe(e));
    }
  }

  /**
   * {@code base} if it is missing or an empty directory, else the first of {@code base-2},
   * {@code base-3}, ... that is: a folder for a new run that holds no earlier run's files.
   *
   * @param base the preferred folder
   * @return a folder that {@link #prepare(Path, boolean)} accepts without force, unless another
   *         process takes it first
   * @throws IOException if a folder cannot be listed
   */
  public static Path free(Path base) throws IOException {
    Path name = base.getFileName();
    for (int n = 1; ; n++) {
      Path candidate = n == 1 ? base : base.resolveSibling(name + "-" + n);
      if (!Files.exists(candidate) || (Files.isDirectory(candidate) && isEmpty(candidate))) {
        try {
          OutputLock.requireFree(candidate);
          return candidate;
        } catch (InputException inUse) {
          // Another process holds this one (its run has written nothing yet): try the next.
        }
      }
    }
  }

  /**
   * Checks, without touching the file system, that {@link #prepare} would accept {@code dir}: so
   * that a run can refuse its output directory before it reads its inputs or creates anything.
   *
   * @param dir   the output directory (may be missing)
   * @param force overwrite an existing non-empty directory
   * @throws InputException if {@code dir} is a file, or is not empty and {@code force} is false
   * @throws IOException    if an existing directory cannot be listed
   */
  public static void check(Path dir, boolean force) throws IOException {
    if (OutputLock.covering(dir) == null) {
      OutputLock.requireFree(dir);
    }
    if (Files.isSymbolicLink(dir.resolve(RunOutputs.PLOTS_DIR))) {
      throw InputException.argument("--out", dir.resolve(RunOutputs.PLOTS_DIR) + " is a "
          + "symbolic link; outputs are written only inside the output directory");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw InputException.argument("--out", "output directory " + dir + " is not a directory");
    }
    if (!force && Files.isDirectory(dir) && !isEmpty(dir)) {
      throw InputException.argument("--out",
          "output directory " + dir + " is not empty; use --force to overwrite");
    }
    for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw InputException.argument("--out", "cannot create output directory " + dir + ": "
              + p + " is not a directory");
        }
        break;
      }
    }
  }

  /** An I/O failure in words: the exception's class name alone says little to a user. */
  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return e.getMessage() + " exists and is not a directory";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /**
   * Whether {@code dir} holds nothing but the tool's lock file, manifest, spool directory and
   * {@value RunLog#FILE} (the log of a command that wrote nothing else, e.g. one that failed).
   *
   * @param dir an existing directory
   * @return true if it is empty in that sense
   * @throws IOException if it cannot be listed
   */
  public static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).allMatch(name ->
          name.equals(OutputLock.LOCK_FILE) || name.equals(OutputLock.MANIFEST_FILE)
          || name.equals(RunLog.FILE)
          || name.startsWith(OutputLock.SPOOL_PREFIX));
    }
  }
}
