package io.fluidedge.metrics;

import io.fluidedge.scenario.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Ownership of an output directory for the whole of one command ({@code run}, {@code compare},
 * {@code sweep}, {@code reproduce}): an operating-system lock on {@value #LOCK_FILE} (holding the
 * owner's pid and command line), the manifest {@value #MANIFEST_FILE} of every file the tool
 * wrote there (one {@code command<TAB>relative/path} per line), and a spool directory for
 * temporary files inside the output directory, removed on close and at JVM exit.
 *
 * <p>The lock is the file system's ({@link FileChannel#tryLock()}), so it is released when the
 * owner exits in any way, kill -9 included: a lock file left by a dead process is simply taken
 * over. A second process is refused with exit 2, naming the holder. The lock file stays (emptied)
 * after a command ends: deleting it could let two later processes lock two different files.
 *
 * <p>{@link AtomicFiles} reports every file it completes to {@link #record}; {@code --force}
 * deletes only the manifest's entries of the same command ({@link #removeOwn}), never following
 * a symbolic link and never touching any other name.
 */
public final class OutputLock implements Closeable {

  /** The lock file in an output directory. */
  public static final String LOCK_FILE = ".fluidedge.lock";
  /** The manifest of the files the tool wrote in an output directory. */
  public static final String MANIFEST_FILE = ".fluidedge-manifest";
  /** Prefix of the spool directory of temporary files inside an output directory. */
  static final String SPOOL_PREFIX = ".fluidedge-spool-";

  private static final Map<Path, OutputLock> HELD = new ConcurrentHashMap<>();

  private final Path dir;
  private final String command;
  private final FileChannel channel;
  private final FileLock lock;
  private final Set<String> manifest;
  private final Thread cleanup;
  private Path spool;
  private RunLog log;

  private OutputLock(Path dir, String command, FileChannel channel, FileLock lock,
      Set<String> manifest) {
    this.dir = dir;
    this.command = command;
    this.channel = channel;
    this.lock = lock;
    this.manifest = manifest;
    this.cleanup = new Thread(this::deleteSpool, "fluidedge-spool-cleanup");
  }

  /**
   * Locks {@code dir} (which must exist) for {@code command}.
   *
   * @param dir     the output directory
   * @param command the command's name ({@code run}, {@code compare}, ...): the kind of the
   *                files it records
   * @return the held lock; close it when the command ends
   * @throws InputException if another process (or another command of this one) holds it
   * @throws IOException    if the lock file cannot be opened or written
   */
  public static OutputLock acquire(Path dir, String command) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    Path file = abs.resolve(LOCK_FILE);
    if (Files.isSymbolicLink(file)) {
      throw InputException.argument("--out", file + " is a symbolic link; remove it");
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock = tryLock(channel);
    if (lock == null) {
      String holder = read(channel);
      channel.close();
      throw inUse(dir, holder);
    }
    String owner = "pid=" + ProcessHandle.current().pid() + "\ncommand="
        + ProcessHandle.current().info().commandLine().orElse(command) + "\nstarted="
        + Instant.now() + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
    OutputLock held = new OutputLock(abs, command, channel, lock, readManifest(abs));
    HELD.put(abs, held);
    Runtime.getRuntime().addShutdownHook(held.cleanup);
    return held;
  }

  /**
   * Refuses {@code dir} if another process holds its lock, without taking it.
   *
   * @param dir the output directory (may be missing)
   * @throws InputException naming the holder
   * @throws IOException    if the lock file cannot be read
   */
  public static void requireFree(Path dir) throws IOException {
    Path file = dir.resolve(LOCK_FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      FileLock probe = tryLock(channel);
      if (probe == null) {
        throw inUse(dir, read(channel));
      }
      probe.release();
    }
  }

  /**
   * Records a file the tool completed, in the manifest of the held lock whose directory
   * contains it (none: nothing is recorded).
   *
   * @param file the file written
   */
  static void record(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    for (Path p = abs.getParent(); p != null; p = p.getParent()) {
      OutputLock held = HELD.get(p);
      if (held != null) {
        held.add(p.relativize(abs).toString());
        return;
      }
    }
  }

  /**
   * The lock this process holds on {@code path} or a directory containing it.
   *
   * @param path a file or directory
   * @return the held lock, or null
   */
  public static OutputLock covering(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    for (Path p = abs; p != null; p = p.getParent()) {
      OutputLock held = HELD.get(p);
      if (held != null) {
        return held;
      }
    }
    return null;
  }

  /**
   * A directory for temporary and spool files inside the output directory, created on first use
   * and deleted with everything in it when the lock is closed or the JVM exits.
   *
   * @return the spool directory
   * @throws IOException if it cannot be created
   */
  public synchronized Path spool() throws IOException {
    if (spool == null) {
      spool = Files.createDirectories(dir.resolve(SPOOL_PREFIX + ProcessHandle.current().pid()));
    }
    return spool;
  }

  /**
   * The spool directory of the held lock of this process, or null when none is held: where a
   * run that writes no files of its own puts its temporary files.
   *
   * @return a spool directory or null
   * @throws IOException if it cannot be created
   */
  public static Path currentSpool() throws IOException {
    for (OutputLock held : HELD.values()) {
      return held.spool();
    }
    return null;
  }

  /**
   * Deletes the manifest's files of this lock's command below {@code under} (the output
   * directory or one of its subdirectories), then any directory below {@code under} this leaves
   * empty. A path with a
   * symbolic link in it, or that is not a regular file, is left alone.
   *
   * @param under a directory inside the locked one
   * @throws IOException if a file cannot be deleted
   */
  public synchronized void removeOwn(Path under) throws IOException {
    Path base = under.toAbsolutePath().normalize();
    List<String> kept = new ArrayList<>();
    Set<Path> parents = new LinkedHashSet<>();
    for (String line : manifest) {
      int tab = line.indexOf('\t');
      Path file = dir.resolve(line.substring(tab + 1)).normalize();
      if (!line.substring(0, tab).equals(command) || !file.startsWith(base)
          || !file.startsWith(dir)) {
        kept.add(line);
        continue;
      }
      if (plainPath(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
      }
      for (Path p = file.getParent(); p != null && !p.equals(base) && p.startsWith(base);
          p = p.getParent()) {
        parents.add(p);
      }
    }
    manifest.clear();
    manifest.addAll(kept);
    writeManifest();
    parents.stream().sorted(Comparator.comparingInt(Path::getNameCount).reversed())
        .forEach(OutputLock::deleteIfEmptyDirectory);
  }

  /** Starts the directory's {@value RunLog#FILE}, detached again by {@link #close()}. */
  synchronized void startLog() {
    if (log == null) {
      log = RunLog.attach(dir);
    }
  }

  /** Releases the lock, detaches run.log, empties the lock file and deletes the spool. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (log != null) {
        log.close();
        log = null;
      }
    }
    HELD.remove(dir, this);
    deleteSpool();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run.
    }
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }

  private synchronized void add(String relative) {
    if (manifest.add(command + "\t" + relative)) {
      try {
        Files.writeString(dir.resolve(MANIFEST_FILE), command + "\t" + relative + "\n",
            StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        // The manifest only narrows what a later --force deletes; losing a line keeps a file.
      }
    }
  }

  private void writeManifest() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String line : manifest) {
      text.append(line).append('\n');
    }
    Files.writeString(dir.resolve(MANIFEST_FILE), text, StandardCharsets.UTF_8);
  }

  /** True when no component from the locked directory down to {@code file} is a symlink. */
  private boolean plainPath(Path file) {
    for (Path p = file; p != null && !p.equals(dir); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return false;
      }
    }
    return true;
  }

  private synchronized void deleteSpool() {
    if (spool != null) {
      try (Stream<Path> walk = Files.walk(spool)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // Best effort at exit: a leftover spool holds no results and is hidden.
      }
    }
  }

  private static void deleteIfEmptyDirectory(Path p) {
    try {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> entries = Files.list(p)) {
          if (entries.findAny().isPresent()) {
            return;
          }
        }
        Files.delete(p);
      }
    } catch (IOException e) {
      // A directory that cannot be removed stays; its files are gone.
    }
  }

  private static Set<String> readManifest(Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST_FILE);
    Set<String> lines = new LinkedHashSet<>();
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.indexOf('\t') > 0) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /** The lock, or null when another process (or this one, elsewhere) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      return null;
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(4096);
    channel.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  private static InputException inUse(Path dir, String holder) {
    String pid = field(holder, "pid");
    String cmd = field(holder, "command");
    return InputException.argument("--out", "output directory " + dir + " is in use by "
        + (pid == null ? "another process" : "process " + pid)
        + (cmd == null ? "" : " (" + cmd + ")")
        + "; wait for it to finish or choose another --out");
  }

  private static String field(String text, String name) {
    for (String line : text.split("\n")) {
      if (line.startsWith(name + "=")) {
        return line.substring(name.length() + 1);
      }
    }
    return null;
  }
}
