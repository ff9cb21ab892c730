package io.fluidedge.metrics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The opt-in event log {@value #FILE} ({@code output.event-log: true}): one line per simulation
 * event, in simulated-time order, so that one request or one block can be followed through a
 * run, like ns-3's {@code NS_LOG} or OMNeT++'s event log.
 *
 * <p>Line format (space-separated; the first line is a {@code #} comment naming the fields):
 * {@code TIME_S EVENT ENTITY key=value ...}. Events and their fields:
 * <ul>
 *   <li>{@code block controller block= loss= iterations= converged= bits=b1,..,bK
 *       rates_bps_hz=R1,..,RK cpu_hz=f1,..,fK positions_m=x1:y1,..,xM:yM} (plugin columns, if
 *       any, as {@code columns=v1,..});</li>
 *   <li>{@code arrival user-K request= user= bits= psnr_db= features=};</li>
 *   <li>{@code uplink_done user-K request= user= uplink_start_s=};</li>
 *   <li>{@code inference_done server request= user= inference_start_s= latency_s=};</li>
 *   <li>{@code dropped user-K request= user=} (at its arrival, or at its uplink end when the
 *       server refused it).</li>
 * </ul>
 * Numbers are {@link Formats#decimal} text; wall-clock values are left out, so the log is the same
 * bytes for the same scenario and seed. Rows are streamed to a spool file and moved into the
 * output directory when the run ends ({@link #moveTo}). Off (the default), the simulation has no
 * such listener at all, so the log costs nothing.
 */
public final class EventLog implements RunListener, Closeable {

  /** The event log's file name in an output directory. */
  public static final String FILE = "events.log";

  private final Spool spool;
  private final Writer out;

  private EventLog(Spool spool) {
    this.spool = spool;
    this.out = new BufferedWriter(new OutputStreamWriter(spool.stream(), StandardCharsets.UTF_8),
        1 << 16);
    line("# time_s event entity key=value ...");
  }

  /**
   * An event log spooled in {@code spoolDir}.
   *
   * @param spoolDir where the temporary file goes (the output directory or a spool directory)
   * @return the log; close it in any case, {@link #moveTo} it to keep it
   * @throws IOException if the spool file cannot be created
   */
  public static EventLog create(Path spoolDir) throws IOException {
    return new EventLog(Spool.create(spoolDir, FILE));
  }

  /**
   * Finishes the log and moves it atomically to {@code dir/}{@value #FILE}.
   *
   * @param dir the output directory
   * @throws IOException if the file cannot be completed or moved
   */
  public void moveTo(Path dir) throws IOException {
    out.flush();
    spool.moveTo(dir.resolve(FILE));
  }

  @Override
  public void block(BlockRecord b) {
    StringBuilder sb = head(b.timeS(), "block", "controller");
    sb.append(" block=").append(b.block()).append(" loss=").append(Formats.decimal(b.loss()))
        .append(" iterations=").append(b.iterations()).append(" converged=")
        .append(b.converged()).append(" bits=");
    int[] bits = b.bits();
    for (int k = 0; k < bits.length; k++) {
      sb.append(k == 0 ? "" : ",").append(bits[k]);
    }
    list(sb.append(" rates_bps_hz="), b.ratesBpsHz());
    list(sb.append(" cpu_hz="), b.cpuHz());
    sb.append(" positions_m=");
    for (int m = 0; m < b.antennas(); m++) {
      sb.append(m == 0 ? "" : ",").append(Formats.decimal(b.x(m))).append(':')
          .append(Formats.decimal(b.y(m)));
    }
    if (b.columnCount() > 0) {
      list(sb.append(" columns="), b.columns());
    }
    line(sb);
  }

  @Override
  public void arrival(RequestRecord r) {
    StringBuilder sb = request(r.arrivalS(), "arrival", "user-" + r.user(), r);
    sb.append(" bits=").append(r.bits()).append(" psnr_db=").append(Formats.decimal(r.psnrDb()))
        .append(" features=").append(Formats.decimal(r.features()));
    line(sb);
  }

  @Override
  public void dropped(RequestRecord r) {
    double at = Double.isNaN(r.uplinkDoneS()) ? r.arrivalS() : r.uplinkDoneS();
    line(request(at, "dropped", "user-" + r.user(), r));
  }

  @Override
  public void uplinkDone(RequestRecord r) {
    line(request(r.uplinkDoneS(), "uplink_done", "user-" + r.user(), r)
        .append(" uplink_start_s=").append(Formats.decimal(r.uplinkStartS())));
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    line(request(r.doneS(), "inference_done", "server", r)
        .append(" inference_start_s=").append(Formats.decimal(r.inferenceStartS()))
        .append(" latency_s=").append(Formats.decimal(r.doneS() - r.arrivalS())));
  }

  /** Deletes the spool file unless it was moved into place. */
  @Override
  public void close() throws IOException {
    spool.close();
  }

  private static StringBuilder head(double timeS, String event, String entity) {
    return new StringBuilder(128).append(Formats.decimal(timeS)).append(' ').append(event)
        .append(' ').append(entity);
  }

  private static StringBuilder request(double timeS, String event, String entity,
      RequestRecord r) {
    return head(timeS, event, entity).append(" request=").append(r.id()).append(" user=")
        .append(r.user());
  }

  private static void list(StringBuilder sb, double[] values) {
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ",").append(Formats.decimal(values[i]));
    }
  }

  private void line(CharSequence text) {
    try {
      out.append(text).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + FILE, e);
    }
  }
}
