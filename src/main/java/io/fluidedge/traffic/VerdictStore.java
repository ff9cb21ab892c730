package io.fluidedge.traffic;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Trace verdicts kept across processes, one small file per verdict, so that running the same
 * unchanged trace again (another seed, another {@code --set}) skips the full read that precedes
 * a run. A cache, never a source of truth: a missing, unreadable or foreign file is a miss, and
 * every write failure is ignored. A verdict that lies (a file planted in the directory) cannot
 * change results: the replay itself still checks every row and fails on a bad one, only later.
 *
 * <p>The directory is the system property {@code fluidedge.cache-dir}, else the environment
 * variable {@code FLUIDEDGE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/fluidedge}, else
 * {@code ~/.cache/fluidedge}; {@code none} turns the store off. Files live in its
 * {@code trace-verdicts/} and are named by the SHA-256 of the key's text, which they also hold
 * and which must match on reading.
 */
final class VerdictStore {

  private static final String OFF = "none";

  private VerdictStore() {
  }

  /** The verdict stored under {@code key}, or null. */
  static TraceVerdicts.Verdict load(String key) {
    Path file = file(key);
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      if (!key.equals(p.getProperty("key"))) {
        return null;
      }
      String first = p.getProperty("first-rejection");
      return new TraceVerdicts.Verdict(Long.parseLong(p.getProperty("requests")),
          Long.parseLong(p.getProperty("rejected")), first == null || first.isEmpty() ? null
          : first, true, Long.parseLong(p.getProperty("beyond")),
          Boolean.parseBoolean(p.getProperty("beyond-complete")));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Stores a verdict under {@code key}: a temporary file renamed into place. */
  static void save(String key, TraceVerdicts.Verdict verdict) {
    Path file = file(key);
    if (file == null) {
      return;
    }
    Properties p = new Properties();
    p.setProperty("key", key);
    p.setProperty("requests", Long.toString(verdict.requests()));
    p.setProperty("rejected", Long.toString(verdict.rejected()));
    p.setProperty("beyond", Long.toString(verdict.beyond()));
    p.setProperty("beyond-complete", Boolean.toString(verdict.beyondComplete()));
    p.setProperty("first-rejection", verdict.firstRejection() == null ? ""
        : verdict.firstRejection());
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "verdict", ".tmp");
      try {
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          p.store(out, null);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written is only a slower next run.
    }
  }

  /** The directory of the store, or null when it is turned off or no home is known. */
  static Path directory() {
    String dir = System.getProperty("fluidedge.cache-dir");
    if (dir == null) {
      dir = System.getenv("FLUIDEDGE_CACHE_DIR");
    }
    if (dir != null) {
      return dir.isBlank() || dir.equals(OFF) ? null : Path.of(dir);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "fluidedge");
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? null : Path.of(home, ".cache", "fluidedge");
  }

  private static Path file(String key) {
    Path dir;
    try {
      dir = directory();
    } catch (RuntimeException e) {
      return null;
    }
    if (dir == null) {
      return null;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return dir.resolve("trace-verdicts").resolve(HexFormat.of().formatHex(hash) + ".properties");
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }
}
