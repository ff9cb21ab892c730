package io.fluidedge.metrics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Streams {@code requests.csv.gz}, one row per completed request, to a spool file during the run
 * (constant memory); with token metrics the columns {@value #TOKEN_COLUMNS} follow, and with user classes a last
 * column {@code class}. The gzip header carries no timestamp, so the bytes depend only on the rows.
 */
final class RequestsCsv implements Closeable {

  /** The header row. */
  static final String HEADER = "id,user,arrival_s,uplink_start_s,uplink_done_s,inference_start_s,done_s,"
      + "latency_s,bits,psnr_db,features,tokens";

  /** Columns appended with token metrics (LLM serving). */
  static final String TOKEN_COLUMNS = ",prefill_tokens,decode_tokens,first_token_s,ttft_s,tpot_s";

  private final Spool spool;
  private final Writer out;
  private final boolean tokens;
  private ClassTally classes;
  private boolean headed;

  RequestsCsv(Path spoolDir, boolean tokens) throws IOException {
    this.tokens = tokens;
    spool = Spool.create(spoolDir, RunOutputs.REQUESTS_CSV_GZ);
    out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(spool.stream(), 1 << 16),
        StandardCharsets.UTF_8), 1 << 16);
  }

  /** Adds a last column {@code class} (the user's class); before the first row. */
  void classes(ClassTally grouping) {
    if (headed) {
      throw new IllegalStateException("the class column must be added before the first row");
    }
    classes = grouping;
  }

  private void header() throws IOException {
    if (!headed) {
      out.write((tokens ? HEADER + TOKEN_COLUMNS : HEADER) + (classes != null ? ",class" : ""));
      out.write('\n');
      headed = true;
    }
  }

  void row(RequestRecord r) throws IOException {
    header();
    StringBuilder sb = new StringBuilder(160);
    sb.append(r.id()).append(',').append(r.user()).append(',')
        .append(Formats.decimal(r.arrivalS())).append(',')
        .append(Formats.decimal(r.uplinkStartS())).append(',')
        .append(Formats.decimal(r.uplinkDoneS())).append(',')
        .append(Formats.decimal(r.inferenceStartS())).append(',')
        .append(Formats.decimal(r.doneS())).append(',')
        .append(Formats.decimal(r.latencyS())).append(',')
        .append(r.bits()).append(',')
        .append(Formats.decimal(r.psnrDb())).append(',')
        .append(Formats.decimal(r.features())).append(',')
        .append(Formats.decimal(r.tokens()));
    if (tokens) {
      sb.append(',').append(r.prefillTokens()).append(',').append(r.decodeTokens()).append(',')
          .append(Formats.decimal(r.firstTokenS())).append(',')
          .append(Formats.decimal(r.ttftS())).append(',')
          .append(Formats.decimal(r.tpotS()));
    }
    if (classes != null) {
      sb.append(',').append(classes.name(r.user()));
    }
    sb.append('\n');
    out.write(sb.toString());
  }

  /** Completes the gzip stream and moves the file to {@code target}. */
  void moveTo(Path target) throws IOException {
    header();
    out.close();
    spool.moveTo(target);
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      spool.close();
    }
  }
}
