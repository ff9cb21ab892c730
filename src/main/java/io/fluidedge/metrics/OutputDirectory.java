package io.fluidedge.metrics;

import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Creates a run's output directory, refusing to mix a new run into an old one. */
public final class OutputDirectory {

  /**
   * Files of a previous run that {@link #prepare(Path, boolean)} removes under {@code force}, so
   * an optional file a new run does not write cannot be mistaken for its output.
   */
  static final List<String> RUN_FILES = List.of(RunOutputs.SUMMARY_JSON, RunOutputs.WINDOWS_CSV,
      RunOutputs.BLOCKS_CSV, RunOutputs.LATENCY_HLOG, RunOutputs.REQUESTS_CSV_GZ, RunOutputs.TRACE_JSON);

  private OutputDirectory() {}

  /**
   * Makes {@code dir} ready for a run's outputs.
   *
   * <p>A missing directory is created with its parents. An existing non-empty directory is
   * refused unless {@code force}; with {@code force} the files a run writes ({@link #RUN_FILES},
   * the PNGs under {@code plots/}) and leftover hidden temporary files are deleted and every
   * other file is kept (never a recursive delete of a user's directory).
   *
   * @param dir   the output directory
   * @param force overwrite an existing non-empty directory
   * @return {@code dir}
   * @throws InputException if {@code dir} is a file, or is not empty and {@code force} is false
   * @throws IOException    if it cannot be created or cleaned
   */
  public static Path prepare(Path dir, boolean force) throws IOException {
    check(dir, force);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw InputException.argument("--out", "cannot create output directory " + dir + ": "
          + describe(e));
    }
    if (isEmpty(dir)) {
      return dir;
    }
    for (String name : RUN_FILES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    deleteMatching(dir, p -> isOwnTemp(p.getFileName().toString()));
    Path plots = dir.resolve(RunOutputs.PLOTS_DIR);
    if (Files.isDirectory(plots)) {
      deleteMatching(plots, p -> RunOutputs.PLOT_FILES.contains(p.getFileName().toString())
          || isOwnTemp(p.getFileName().toString()));
    }
    return dir;
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
        return candidate;
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

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static boolean isOwnTemp(String name) {
    return name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX);
  }

  private static void deleteMatching(Path dir, DirectoryStream.Filter<Path> filter) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, filter)) {
      for (Path p : entries) {
        if (Files.isRegularFile(p)) {
          Files.delete(p);
        }
      }
    }
  }
}
