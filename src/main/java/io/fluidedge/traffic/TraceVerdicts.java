package io.fluidedge.traffic;

import io.fluidedge.scenario.Traffic;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Full reads of traces, remembered: a run must know that every row it will replay is good
 * before its output directory is created, and repeated runs of one trace (again with another
 * seed or {@code --set}, {@code validate} then {@code run}, the runs of a compare or a sweep)
 * need not read the file again to know it.
 *
 * <p>A verdict is keyed by the trace's real path, size and last-modified time (read when it was
 * opened, and again after the read: a file that changed while being read is not remembered), the
 * traffic settings (column mapping, time scale, user assignment, features per token,
 * on-bad-row), the user count K, the default features D and the simulated duration the read went
 * to. A rewritten trace of the same size within the file system's time resolution would be taken
 * for the old one; the modification time has nanosecond resolution on common Linux file systems.
 * Only reads that succeed are remembered (a bad row under {@code on-bad-row: fail} throws every
 * time). At most {@value #CAPACITY} verdicts are kept in memory, least recently used first out;
 * every verdict is also written to a small file in the user's cache directory
 * ({@link VerdictStore}: {@code ~/.cache/fluidedge/trace-verdicts/}, or {@code
 * FLUIDEDGE_CACHE_DIR}, {@code none} to turn it off), so that a later process running the same
 * trace unchanged skips the read as well.
 */
public final class TraceVerdicts {

  /** Verdicts kept. */
  static final int CAPACITY = 64;

  private static final Map<Scan, Verdict> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Scan, Verdict> eldest) {
      return size() > CAPACITY;
    }
  };

  private TraceVerdicts() {
  }

  /**
   * A trace file's content and the way it is read.
   *
   * @param path            the real path
   * @param size            bytes
   * @param modifiedNanos   last modification, ns since the epoch
   * @param settings        the scenario's traffic section
   * @param users           K
   * @param defaultFeatures D
   */
  record Key(Path path, long size, long modifiedNanos, Traffic settings, int users,
      double defaultFeatures) {

    /** The key of a regular file as it is now, or null if its attributes cannot be read. */
    static Key of(Path file, Traffic settings, int users, double defaultFeatures) {
      try {
        Path real = file.toRealPath();
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
        return new Key(real, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
            settings, users, defaultFeatures);
      } catch (IOException | SecurityException e) {
        return null;
      }
    }
  }

  /**
   * A read of a trace to a duration, as text for {@link VerdictStore} (every field, doubles in
   * round-trip form, the settings as their record's {@code toString}); two scans are the same
   * when their texts are.
   */
  private static final class Scan {

    private final String text;

    Scan(Key key, double durationS) {
      text = "path=" + key.path() + "\nsize=" + key.size() + "\nmodified-ns="
          + key.modifiedNanos() + "\nsettings=" + recordText(key.settings()) + "\nusers="
          + key.users() + "\ndefault-features=" + key.defaultFeatures() + "\nduration-s="
          + durationS;
    }

    String text() {
      return text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Scan s && s.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  /**
   * {@code r.toString()} for a record that keeps the implicit one, as are the settings and their
   * columns: the class's simple name, then {@code [name=value, ...]} over the components, a
   * record component written the same way. Built by reflection, it spares a process the
   * method-handle set-up a record's first {@code toString} costs (about 15 ms, in every run of a
   * trace).
   */
  static String recordText(Record r) {
    StringBuilder sb = new StringBuilder();
    appendRecord(sb, r);
    return sb.toString();
  }

  private static void appendRecord(StringBuilder sb, Record r) {
    sb.append(r.getClass().getSimpleName()).append('[');
    RecordComponent[] components = r.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Object value;
      try {
        value = components[i].getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("reading " + components[i], e);
      }
      sb.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
      if (value instanceof Record nested) {
        appendRecord(sb, nested);
      } else {
        sb.append(value);
      }
    }
    sb.append(']');
  }

  /**
   * What a full read found.
   *
   * @param requests       requests with time &le; the duration
   * @param rejected       rows skipped (on-bad-row: skip)
   * @param firstRejection the message of the first skipped row, or null
   * @param remembered     true when this verdict came from an earlier read, not from this call
   * @param beyond         requests after the duration, which the run does not replay (counted
   *                       up to the end of the file, or up to a bad row there under on-bad-row:
   *                       fail, then {@code beyondComplete} is false)
   * @param beyondComplete whether {@code beyond} counts every row to the end of the file
   */
  public record Verdict(long requests, long rejected, String firstRejection, boolean remembered,
      long beyond, boolean beyondComplete) {

    /** A verdict with nothing after the duration. */
    public Verdict(long requests, long rejected, String firstRejection, boolean remembered) {
      this(requests, rejected, firstRejection, remembered, 0, true);
    }
  }

  /**
   * Reads the trace through to the first request after {@code durationS} (as a run replays it)
   * and counts the requests after it (see {@link Verdict#beyond()}), or returns the verdict of an earlier read of the same file, settings and duration.
   *
   * @param reader      a freshly opened reader; consumed unless the verdict is remembered
   * @param durationS   the simulated duration, s
   * @param maxRequests stop reading after more than this many requests (the run is then too
   *                    large; such a partial verdict is not remembered)
   * @return the verdict
   * @throws io.fluidedge.scenario.InputException at the first bad row under on-bad-row: fail
   */
  public static Verdict check(TraceReader reader, double durationS, long maxRequests) {
    Key key = reader.key();
    Scan scan = key == null ? null : new Scan(key, durationS);
    if (scan != null) {
      Verdict known;
      synchronized (CACHE) {
        known = CACHE.get(scan);
      }
      if (known == null) {
        known = VerdictStore.load(scan.text());
        if (known != null) {
          synchronized (CACHE) {
            CACHE.put(scan, known);
          }
        }
      }
      if (known != null) {
        return new Verdict(known.requests(), known.rejected(), known.firstRejection(), true,
            known.beyond(), known.beyondComplete());
      }
    }
    long requests = 0;
    Request r = reader.next();
    for (; r != null && r.timeS() <= durationS; r = reader.next()) {
      if (++requests > maxRequests) {
        return new Verdict(requests, reader.rejectedRows(), reader.firstRejection(), false);
      }
    }
    long rejected = reader.rejectedRows();
    String firstRejection = reader.firstRejection();
    long beyond = 0;
    boolean complete = true;
    try {
      for (; r != null; r = reader.next()) {
        beyond++;
      }
    } catch (io.fluidedge.scenario.InputException badRowTheRunNeverReads) {
      complete = false;
    }
    Verdict verdict = new Verdict(requests, rejected, firstRejection, false, beyond, complete);
    if (scan != null && key.equals(Key.of(key.path(), key.settings(), key.users(),
        key.defaultFeatures()))) {
      synchronized (CACHE) {
        CACHE.put(scan, verdict);
      }
      VerdictStore.save(scan.text(), verdict);
    }
    return verdict;
  }

  /** Forgets every verdict (for tests and for callers that know files changed in place). */
  public static void clear() {
    synchronized (CACHE) {
      CACHE.clear();
    }
  }
}
