package io.fluidedge.traffic;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Streams;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import umontreal.ssj.rng.RandomStream;

/**
 * Writes synthetic traces in the trace CSV format, streamed (constant memory for any length).
 *
 * <p>Output: header {@code time_s,user,features,tokens}, one request per row, LF line ends,
 * gzip-compressed when the file name ends in {@code .gz} (fastest deflate level: traces are large
 * and compress well anyway). The file appears atomically: rows go to a temporary file in the same
 * directory, which is then renamed, so a failed run leaves no half-written trace.
 *
 * <p>Number format. Times are rounded to the nanosecond and written as fixed-point decimals with
 * trailing zeros dropped ({@code 12.3456789}, at most 9 decimals). The written decimal is the
 * trace's time: {@link TraceReader} parses it correctly rounded (to the nearest double), and for
 * times below 1e6 s reading and writing again gives the same bytes. A nanosecond is far below every modelled delay (coherence blocks
 * are milliseconds), the text stays short and never uses exponent notation, and formatting from a
 * long needs no allocation. Rounding is monotone, so times stay non-decreasing; they must stay
 * below 9e9 s. Features and tokens are written as integers when integral (below 1e15), otherwise
 * with {@link Double#toString(double)}, which round-trips.
 *
 * <p>Determinism: {@link #generate} draws from one MRG32k3a stream seeded by
 * {@link io.fluidedge.scenario.Streams#of(long, String)} with the seed and {@link #STREAM}; the same arguments give
 * byte-identical files.
 */
public final class TraceGenerator {

  /** The header written by {@link #write}. */
  public static final String HEADER = "time_s,user,features,tokens";
  /** Name of the random stream {@link #generate} seeds. */
  public static final String STREAM = "trace-gen";
  /** Times at or above this cannot be written at nanosecond resolution, s. */
  public static final double MAX_TIME_S = 9e9;

  private TraceGenerator() {
  }

  /** Arrival process of a synthetic trace. */
  public enum Kind {
    /** K independent Poisson users ({@link PoissonSource}). */
    POISSON,
    /** K independent on/off users with Poisson bursts ({@link OnOffSource}). */
    BURSTY,
    /** K users each sending one frame per period ({@link PeriodicSource}). */
    PERIODIC;

    /** The kind named {@code name}, case-insensitive ({@code poisson}, {@code bursty}, ...). */
    public static Kind parse(String name) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(name)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown kind '" + name
          + "'; known: poisson, bursty, periodic");
    }

    /** The lower-case name used on the command line. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What to generate.
   *
   * @param kind     arrival process
   * @param users    K &ge; 1
   * @param rateHz   per-user rate, requests/s: the Poisson rate (poisson), the rate during on
   *                 periods (bursty), frames per second (periodic); &gt; 0
   * @param features feature elements D of every request (&gt; 0)
   * @param tokens   tokens of every request (&gt; 0)
   * @param onMeanS  mean on period, s (bursty; else 0)
   * @param offMeanS mean off period, s (bursty; else 0)
   * @param jitterS  maximum frame jitter, s, in [0, 1/rate] (periodic; else 0)
   */
  public record Spec(Kind kind, int users, double rateHz, double features, double tokens,
      double onMeanS, double offMeanS, double jitterS) {

    /** Validates the parameters of {@code kind}; the message names the bad value. */
    public Spec {
      Objects.requireNonNull(kind, "kind");
      if (users < 1) {
        throw new IllegalArgumentException("users must be >= 1: " + users);
      }
      if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
        throw new IllegalArgumentException("rate must be finite and > 0: " + rateHz);
      }
      new Request(0, 0, features, tokens); // validates features and tokens
      boolean bursty = kind == Kind.BURSTY;
      if (bursty ? !(onMeanS > 0 && offMeanS > 0 && onMeanS < Double.POSITIVE_INFINITY
          && offMeanS < Double.POSITIVE_INFINITY) : onMeanS != 0 || offMeanS != 0) {
        throw new IllegalArgumentException("mean on and off periods must be finite and > 0 for"
            + " bursty traffic, 0 otherwise: " + onMeanS + ", " + offMeanS);
      }
      if (kind == Kind.PERIODIC ? !(jitterS >= 0 && jitterS <= 1 / rateHz) : jitterS != 0) {
        throw new IllegalArgumentException("jitter must be in [0, 1/rate] for periodic traffic,"
            + " 0 otherwise: " + jitterS);
      }
    }

    /** Poisson users at {@code rateHz} each. */
    public static Spec poisson(int users, double rateHz, double features, double tokens) {
      return new Spec(Kind.POISSON, users, rateHz, features, tokens, 0, 0, 0);
    }

    /** On/off users sending at {@code peakRateHz} during on periods. */
    public static Spec bursty(int users, double peakRateHz, double onMeanS, double offMeanS,
        double features, double tokens) {
      return new Spec(Kind.BURSTY, users, peakRateHz, features, tokens, onMeanS, offMeanS, 0);
    }

    /** Users sending {@code rateHz} frames per second, each with up to {@code jitterS} jitter. */
    public static Spec periodic(int users, double rateHz, double jitterS, double features,
        double tokens) {
      return new Spec(Kind.PERIODIC, users, rateHz, features, tokens, 0, 0, jitterS);
    }

    /** Long-run mean arrival rate per user, requests/s. */
    public double meanRateHz() {
      return kind == Kind.BURSTY ? rateHz * onMeanS / (onMeanS + offMeanS) : rateHz;
    }

    /**
     * A source of this traffic over [0, endS).
     *
     * @param stream a seeded stream (drawn from; modified)
     * @param endS   horizon, s (may be infinite)
     */
    public TrafficSource source(RandomStream stream, double endS) {
      return switch (kind) {
        case POISSON -> new PoissonSource(stream, users, rateHz, features, tokens, endS);
        case BURSTY -> new OnOffSource(stream, users, rateHz, onMeanS, offMeanS, features,
            tokens, endS);
        case PERIODIC -> new PeriodicSource(stream, users, rateHz, jitterS, features, tokens,
            endS);
      };
    }
  }

  /**
   * Generates a trace: requests of {@code spec} over [0, durationS), at most {@code count} rows.
   *
   * @param seed      seed of the {@link #STREAM} stream
   * @param durationS horizon, s (&gt; 0; may be infinite when count is finite)
   * @param count     maximum rows ({@link Long#MAX_VALUE} for no limit)
   * @param out       the file to write (replaced if present); {@code .gz} compresses
   * @return the rows written
   * @throws InputException if the file cannot be written or a time reaches {@link #MAX_TIME_S}
   */
  public static long generate(Spec spec, long seed, double durationS, long count, Path out) {
    if (!(durationS > 0)) {
      throw new IllegalArgumentException("duration must be > 0: " + durationS);
    }
    if (count < 0 || (count == Long.MAX_VALUE && Double.isInfinite(durationS))) {
      throw new IllegalArgumentException("need a finite duration or count: " + durationS + ", "
          + count);
    }
    try (TrafficSource source = spec.source(Streams.of(seed, STREAM), durationS)) {
      return write(source, count, out);
    }
  }

  /**
   * Writes up to {@code maxRows} requests of {@code source} as a trace CSV.
   *
   * @param source  read until exhausted or maxRows (modified; not closed)
   * @param maxRows maximum rows (&ge; 0)
   * @param out     the file to write (replaced if present); {@code .gz} compresses; missing
   *                parent directories are created
   * @return the rows written
   * @throws InputException if the file cannot be written or a time reaches {@link #MAX_TIME_S}
   */
  public static long write(TrafficSource source, long maxRows, Path out) {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      if (Files.isDirectory(target)) {
        throw new InputException(out.toString(), 0, 0, null, "is a directory");
      }
      Files.createDirectories(dir);
      // Not Files.createTempFile: its owner-only permissions would stick to the trace.
      tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
      long rows;
      try (OutputStream os = stream(tmp, target.getFileName().toString().endsWith(".gz"))) {
        rows = new RowWriter(os, out.toString()).writeAll(source, maxRows);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      return rows;
    } catch (IOException e) {
      throw new InputException(out.toString(), 0, 0, null, "cannot write: " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the write error is the one to report
        }
      }
    }
  }

  private static OutputStream stream(Path file, boolean gzip) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    if (!gzip) {
      return new BufferedOutputStream(os, 1 << 16);
    }
    return new GZIPOutputStream(os, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  /** Formats rows into a reused byte buffer. */
  private static final class RowWriter {
    private final OutputStream os;
    private final String file;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private double lastFeatures = Double.NaN;
    private byte[] featuresText;
    private double lastTokens = Double.NaN;
    private byte[] tokensText;

    RowWriter(OutputStream os, String file) {
      this.os = os;
      this.file = file;
    }

    long writeAll(TrafficSource source, long maxRows) throws IOException {
      ascii(HEADER.getBytes(StandardCharsets.US_ASCII));
      buf[n++] = '\n';
      long rows = 0;
      Request r;
      while (rows < maxRows && (r = source.next()) != null) {
        if (n > buf.length - 256) {
          flush();
        }
        if (!(r.timeS() < MAX_TIME_S)) {
          throw new InputException(file, 0, 0, "time_s",
              "time " + r.timeS() + " s reaches the writable maximum 9e9 s");
        }
        fixed9(Math.round(r.timeS() * 1e9));
        buf[n++] = ',';
        integer(r.user());
        buf[n++] = ',';
        if (r.features() != lastFeatures) {
          lastFeatures = r.features();
          featuresText = text(lastFeatures);
        }
        ascii(featuresText);
        buf[n++] = ',';
        if (r.tokens() != lastTokens) {
          lastTokens = r.tokens();
          tokensText = text(lastTokens);
        }
        ascii(tokensText);
        buf[n++] = '\n';
        rows++;
      }
      flush();
      return rows;
    }

    private void flush() throws IOException {
      os.write(buf, 0, n);
      n = 0;
    }

    private void ascii(byte[] b) {
      System.arraycopy(b, 0, buf, n, b.length);
      n += b.length;
    }

    private void fixed9(long nanos) {
      integer(nanos / 1_000_000_000L);
      long frac = nanos % 1_000_000_000L;
      if (frac == 0) {
        return;
      }
      int digits = 9;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      buf[n++] = '.';
      for (int i = digits - 1; i >= 0; i--) {
        buf[n + i] = (byte) ('0' + frac % 10);
        frac /= 10;
      }
      n += digits;
    }

    private void integer(long v) {
      if (v == 0) {
        buf[n++] = '0';
        return;
      }
      int len = 0;
      for (long t = v; t > 0; t /= 10) {
        len++;
      }
      for (int i = len - 1; i >= 0; i--) {
        buf[n + i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      n += len;
    }

    private static byte[] text(double v) {
      String s = v == Math.rint(v) && v < 1e15 ? Long.toString((long) v) : Double.toString(v);
      return s.getBytes(StandardCharsets.US_ASCII);
    }
  }
}
