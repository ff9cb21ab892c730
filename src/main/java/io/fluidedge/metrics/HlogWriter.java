package io.fluidedge.metrics;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.Deflater;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Streams {@code latency.hlog}, an HdrHistogram interval log with one interval per window, to a
 * spool file as windows close.
 *
 * <p>Values are latencies in ns; interval timestamps are simulated seconds from 0 (base time 0,
 * no wall-clock start time, so the file is deterministic); the interval max column is in s. The
 * log format prints timestamps with 3 decimals, so windows shorter than 1 ms lose their exact
 * start in the log (windows.csv keeps it).
 *
 * <p>The interval lines are the bytes {@link HistogramLogWriter#outputIntervalHistogram(double,
 * double, org.HdrHistogram.EncodableHistogram, double)} writes (HdrHistogram's V2 compressed
 * encoding at {@link Deflater#BEST_COMPRESSION}, base64), made with one {@link Deflater} reset
 * for each window instead of a new one per window, whose native set-up cost more than the
 * compression of a window's few hundred bytes.
 */
final class HlogWriter implements Closeable {

  /** HdrHistogram's V2 compressed-encoding cookie with its TLZE bit (0x1c849304 | 0x10). */
  private static final int COMPRESSED_COOKIE = 0x1c849314;

  private final Spool spool;
  private final PrintStream print;
  private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
  private ByteBuffer raw = ByteBuffer.allocate(0);
  private byte[] compressed = new byte[0];

  HlogWriter(Path spoolDir, double windowS) throws IOException {
    spool = Spool.create(spoolDir, RunOutputs.LATENCY_HLOG);
    print = new PrintStream(spool.stream(), false, StandardCharsets.UTF_8);
    HistogramLogWriter writer = new HistogramLogWriter(print);
    writer.outputComment("FluidEdge end-to-end request latency, one interval per window of "
        + Formats.decimal(windowS) + " s, by completion time");
    writer.outputComment("Values in ns (3 significant digits); timestamps in simulated s; Interval_Max in s");
    writer.outputLogFormatVersion();
    writer.outputBaseTime(0);
    writer.outputLegend();
  }

  /**
   * Appends one interval.
   *
   * @param startS    window start, s
   * @param endS      window end, s
   * @param histogram the window's latencies in ns (not modified)
   */
  void interval(double startS, double endS, Histogram histogram) {
    print.format(Locale.US, "%.3f,%.3f,%.3f,%s\n", startS, endS - startS,
        histogram.getMaxValueAsDouble() / 1e9,
        Base64.getEncoder().encodeToString(compressedEncoding(histogram)));
  }

  /**
   * HdrHistogram's compressed encoding of {@code histogram}
   * ({@link Histogram#encodeIntoCompressedByteBuffer(ByteBuffer, int)} at best compression): the
   * V2 compressed cookie, the length of the deflated data, then the deflated uncompressed
   * encoding, deflated in one call into a buffer at least the histogram's needed capacity long, as there.
   */
  byte[] compressedEncoding(Histogram histogram) {
    int capacity = histogram.getNeededByteBufferCapacity();
    if (raw.capacity() < capacity) {
      raw = ByteBuffer.allocate(capacity);
    }
    if (compressed.length < capacity) {
      compressed = new byte[capacity];
    }
    raw.clear();
    int rawLength = histogram.encodeIntoByteBuffer(raw);
    deflater.reset();
    deflater.setInput(raw.array(), 0, rawLength);
    deflater.finish();
    int length = deflater.deflate(compressed, 8, compressed.length - 8);
    ByteBuffer header = ByteBuffer.wrap(compressed);
    header.putInt(0, COMPRESSED_COOKIE);
    header.putInt(4, length);
    return Arrays.copyOf(compressed, length + 8);
  }

  /** Completes the log and moves it to {@code target}. */
  void moveTo(Path target) throws IOException {
    print.flush();
    check();
    spool.moveTo(target);
  }

  @Override
  public void close() throws IOException {
    deflater.end();
    spool.close();
  }

  private void check() throws IOException {
    if (print.checkError()) {
      throw new IOException("cannot write " + spool.path() + ": the write failed (is the disk full?)");
    }
  }
}
