package io.fluidedge.traffic;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Streams;
import io.fluidedge.scenario.Traffic;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Streams a trace CSV (or gzip-compressed CSV) as requests, lazily and in constant memory.
 *
 * <p>Format (docs/formats.md, "Trace CSV"): UTF-8 text, optional byte order mark, a header row, then one
 * request per row; LF or CRLF line ends; blank lines skipped; RFC 4180 quoting. Columns are found
 * by the names in {@link Traffic.Columns}; other columns are ignored. The time column is required;
 * the others are optional:
 * <ul>
 *   <li>time: seconds, finite, &ge; 0, non-decreasing; multiplied by {@code time-scale}.</li>
 *   <li>user: an integer in [0, K). Absent: data row i (0-based, counting every non-blank data
 *       row, skipped or not) gets user i mod K ({@code round-robin}), or ({@code hash})
 *       mix64(bits(t) ^ mix64(i)) mod K (unsigned), with t the row's time as written (before
 *       time-scale, −0 read as 0), bits the IEEE-754 bit pattern and mix64 SplitMix64's output
 *       function ({@link io.fluidedge.scenario.Streams#mix64}): stable across runs, machines and time scales.</li>
 *   <li>features: feature elements, in (0, 1e12]; with {@code features-per-token} f &gt; 0 the
 *       column counts tokens and features = value · f. Absent: the scenario's D.</li>
 *   <li>tokens: in (0, 1e9]. Absent: 1.</li>
 * </ul>
 * A gzip file is recognised by its magic bytes or a name ending in {@code .gz}.
 *
 * <p>Errors are {@link InputException}s naming the file, the 1-based line, the 1-based column
 * (the field's position in the row) and the column name. Under {@code on-bad-row: skip} a bad
 * data row is skipped and counted ({@link #rejectedRows()}) instead, a row with a decreasing time
 * included; a missing or unreadable file, an empty file, a bad header, an unterminated quote, an
 * over-long record or corrupt compressed data still fail.
 *
 * <p>Not thread-safe. Close it (try-with-resources) to release the file.
 */
public final class TraceReader implements TrafficSource {

  /** Upper bound on a row's feature elements. */
  public static final double MAX_FEATURES = 1e12;
  /** Upper bound on a row's tokens. */
  public static final double MAX_TOKENS = 1e9;

  private final String file;
  private final TraceVerdicts.Key key;
  private final boolean regularFile;
  private final CsvScanner csv;
  private final int headerFields;
  private final String[] headerNames;
  private final int timeCol;
  private final int userCol;
  private final int featuresCol;
  private final int tokensCol;
  private final Traffic.Columns names;
  private final int users;
  private final double defaultFeatures;
  private final double featuresPerToken;
  private final double timeScale;
  private final boolean hashUsers;
  private final boolean skipBadRows;
  private long dataRows;
  private long rejected;
  private String firstRejection;
  private double previousTimeS;
  private boolean closed;

  private TraceReader(Path path, Traffic settings, int users, double defaultFeatures) {
    this.file = path.toString();
    this.names = settings.columns();
    this.users = users;
    this.defaultFeatures = defaultFeatures;
    this.featuresPerToken = settings.featuresPerToken();
    this.timeScale = settings.timeScale();
    this.hashUsers = settings.userAssignment() == Traffic.UserAssignment.HASH;
    this.skipBadRows = settings.onBadRow() == Traffic.OnBadRow.SKIP;
    this.regularFile = Files.isRegularFile(path);
    this.key = regularFile ? TraceVerdicts.Key.of(path, settings, users, defaultFeatures) : null;
    this.csv = new CsvScanner(new PrefetchReader(open(path, file), file), file);
    try {
      if (!csv.next()) {
        throw new InputException(file, 1, 0, null, "empty trace: no header");
      }
      if (csv.looksBinary()) {
        throw new InputException(file, csv.line(), 0, null,
            "not a text CSV file: the header holds binary data");
      }
      List<String> header = new ArrayList<>(csv.fields());
      for (int i = 0; i < csv.fields(); i++) {
        header.add(csv.text(i));
      }
      headerFields = header.size();
      headerNames = header.toArray(new String[0]);
      timeCol = column(header, names.timeS());
      userCol = column(header, names.user());
      featuresCol = column(header, names.features());
      tokensCol = column(header, names.tokens());
      if (timeCol < 0) {
        throw new InputException(file, csv.line(), 0, names.timeS(),
            "missing column '" + names.timeS() + "'; " + describeHeader(header));
      }
    } catch (IOException e) {
      closeQuietly();
      throw unreadable(e, 1);
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  /**
   * Opens a trace and reads its header.
   *
   * @param file            the trace, CSV or gzip-compressed CSV
   * @param settings        the scenario's traffic section: column names, features per token,
   *                        user assignment, time scale and on-bad-row (its source, rate and trace
   *                        path are not used here)
   * @param users           K &ge; 1: user indices must lie in [0, K)
   * @param defaultFeatures D, feature elements of a request when the trace has no features column
   * @throws InputException if the file is missing, unreadable, empty or has no time column
   */
  public static TraceReader open(Path file, Traffic settings, int users, double defaultFeatures) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(settings, "settings");
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1: " + users);
    }
    if (!(defaultFeatures > 0) || defaultFeatures > MAX_FEATURES) {
      throw new IllegalArgumentException("default features must be in (0, 1e12]: "
          + defaultFeatures);
    }
    return new TraceReader(file, settings, users, defaultFeatures);
  }

  /** The header's column names, trimmed, in file order. */
  public List<String> header() {
    return List.of(headerNames);
  }

  /** The trace file as named in messages. */
  public String file() {
    return file;
  }

  /**
   * What identifies this trace's content and reading: the file's real path, size and
   * modification time as of opening, with the settings, K and D it is read under; null for a
   * file that is not regular (a pipe) or whose attributes could not be read.
   */
  TraceVerdicts.Key key() {
    return key;
  }

  /**
   * True when the trace is a regular file, so that a second reader sees the same rows (a pipe or
   * a device can be read only once).
   */
  public boolean isRegularFile() {
    return regularFile;
  }

  /** True when the header has the user column (else users are assigned). */
  public boolean hasUserColumn() {
    return userCol >= 0;
  }

  /** True when the header has the features column (else every request has the default D). */
  public boolean hasFeaturesColumn() {
    return featuresCol >= 0;
  }

  /** True when the header has the tokens column (else every request has 1 token). */
  public boolean hasTokensColumn() {
    return tokensCol >= 0;
  }

  /**
   * The next request, or null at the end of the trace.
   *
   * @throws InputException for a bad row (unless skipped) or unreadable data
   */
  @Override
  public Request next() {
    if (closed) {
      return null;
    }
    while (true) {
      boolean more;
      try {
        more = csv.next();
      } catch (IOException e) {
        throw unreadable(e, csv.line());
      }
      if (!more) {
        return null;
      }
      long row = dataRows++;
      try {
        return parse(row);
      } catch (InputException e) {
        if (!skipBadRows) {
          throw e;
        }
        rejected++;
        if (firstRejection == null) {
          firstRejection = e.getMessage();
        }
      }
    }
  }

  @Override
  public long rejectedRows() {
    return rejected;
  }

  /** The message of the first row skipped under on-bad-row: skip, or null if none was. */
  @Override
  public String firstRejection() {
    return firstRejection;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        csv.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing " + file, e);
      }
    }
  }

  private Request parse(long row) {
    if (csv.fields() != headerFields) {
      int col = Math.min(csv.fields(), headerFields);
      String name = col < headerFields ? CsvScanner.shown(headerNames[col]) : null;
      throw csv.error(col, name, "expected " + headerFields + " fields as in the header, found "
          + csv.fields());
    }
    double raw = csv.number(timeCol, names.timeS()) + 0.0; // + 0.0 turns -0 into 0
    if (raw < 0) {
      throw csv.error(timeCol, names.timeS(), "must be >= 0: " + raw);
    }
    if (raw < previousTimeS) {
      throw csv.error(timeCol, names.timeS(),
          "time " + raw + " is before previous row's " + previousTimeS);
    }
    double timeS = raw * timeScale;
    if (Double.isInfinite(timeS)) {
      throw csv.error(timeCol, names.timeS(), "overflows after time-scale " + timeScale + ": "
          + raw);
    }
    int user;
    if (userCol >= 0) {
      double u = csv.number(userCol, names.user());
      if (!(u >= 0 && u < users && u == Math.rint(u))) {
        throw csv.error(userCol, names.user(),
            "must be an integer in [0, " + users + "): " + csv.text(userCol));
      }
      user = (int) u;
    } else if (hashUsers) {
      long h = Streams.mix64(Double.doubleToLongBits(raw) ^ Streams.mix64(row));
      user = (int) Long.remainderUnsigned(h, users);
    } else {
      user = (int) (row % users);
    }
    double features = defaultFeatures;
    if (featuresCol >= 0) {
      double v = csv.number(featuresCol, names.features());
      if (!(v > 0)) {
        throw csv.error(featuresCol, names.features(), "must be > 0: " + v);
      }
      features = featuresPerToken > 0 ? v * featuresPerToken : v;
      if (features > MAX_FEATURES) {
        throw csv.error(featuresCol, names.features(), featuresPerToken > 0
            ? v + " tokens x " + featuresPerToken + " features per token exceeds 1e12"
            : "must be <= 1e12: " + v);
      }
    }
    double tokens = 1.0;
    if (tokensCol >= 0) {
      tokens = csv.number(tokensCol, names.tokens());
      if (!(tokens > 0) || tokens > MAX_TOKENS) {
        throw csv.error(tokensCol, names.tokens(), "must be in (0, 1e9]: " + tokens);
      }
    }
    previousTimeS = raw;
    return new Request(timeS, user, features, tokens);
  }

  private int column(List<String> header, String name) {
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(name)) {
        if (found >= 0) {
          throw new InputException(file, csv.line(), i + 1, name,
              "duplicate column (also column " + (found + 1) + ")");
        }
        found = i;
      }
    }
    return found;
  }

  /**
   * What a header without the time column holds: its names when they look like CSV column names
   * (letters, digits, {@code _ . -} and spaces, more than one column or a short one), else
   * nothing from the file: a file that is not a trace (a password file, a key) is never echoed.
   */
  static String describeHeader(List<String> header) {
    boolean names = !header.isEmpty();
    for (String h : header) {
      names &= h.length() <= 64 && h.strip().matches("[A-Za-z_][A-Za-z0-9_.\\- ]*");
    }
    if (!names) {
      return "the first line is not a CSV header of column names (is this a trace file?)";
    }
    StringBuilder has = new StringBuilder();
    for (String h : header) {
      if (has.length() > 200) {
        has.append(", ...");
        break;
      }
      has.append(has.length() == 0 ? "" : ", ").append(CsvScanner.shown(h));
    }
    return "header has: " + has;
  }

  private static InputStreamReader open(Path path, String file) {
    if (Files.isDirectory(path)) {
      throw new InputException(file, 0, 0, null, "is a directory, not a trace file");
    }
    InputStream raw = null;
    try {
      raw = Files.newInputStream(path);
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      boolean gzip = (b0 == 0x1f && b1 == 0x8b)
          || (b0 >= 0 && path.getFileName().toString().endsWith(".gz"));
      InputStream s = gzip ? new StrictGzipInputStream(in, 1 << 16) : in;
      return new InputStreamReader(s, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, 0, null, "file not found");
    } catch (AccessDeniedException e) {
      throw new InputException(file, 0, 0, null, "permission denied");
    } catch (IOException e) {
      if (raw != null) {
        try {
          raw.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw unreadable(e, 0, file);
    }
  }

  private InputException unreadable(IOException e, int line) {
    return unreadable(e, line, file);
  }

  private static InputException unreadable(IOException e, int line, String file) {
    String why;
    if (e instanceof ZipException) {
      why = "corrupt gzip data: " + e.getMessage();
    } else if (e instanceof EOFException) {
      why = "truncated compressed data: " + e.getMessage();
    } else {
      why = "cannot read: " + e.getMessage();
    }
    return new InputException(file, line, 0, null, why);
  }

  private void closeQuietly() {
    try {
      close();
    } catch (RuntimeException ignored) {
      // the original error is the one worth reporting
    }
  }
}
