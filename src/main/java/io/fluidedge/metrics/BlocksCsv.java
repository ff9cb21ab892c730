package io.fluidedge.metrics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams {@code blocks.csv}, one row per coherence block, to a spool file during the run.
 *
 * <p>Columns: the contract {@code block,time_s,loss,iterations,opt_wall_ms,rate_bps_hz_<k>...,
 * bits_<k>...} (k 0-based), then the extensions {@code cpu_hz_<k>...} and
 * {@code x_m_<m>,y_m_<m>} per antenna m, then any extra columns (entity plugins'). The header is
 * written with the first row, when the antenna count is known (no position columns if the run
 * had no blocks).
 */
final class BlocksCsv implements Closeable {

  private final Spool spool;
  private final Writer out;
  private final int users;
  private int antennas = -1;
  private List<String> extra = List.of();

  BlocksCsv(Path spoolDir, int users) throws IOException {
    this.users = users;
    spool = Spool.create(spoolDir, RunOutputs.BLOCKS_CSV);
    out = new BufferedWriter(new OutputStreamWriter(spool.stream(), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * The header row for K users and M antennas.
   *
   * @param users    K
   * @param antennas M
   * @return the header, without line end
   */
  static String header(int users, int antennas) {
    StringBuilder sb = new StringBuilder("block,time_s,loss,iterations,opt_wall_ms");
    for (int k = 0; k < users; k++) {
      sb.append(",rate_bps_hz_").append(k);
    }
    for (int k = 0; k < users; k++) {
      sb.append(",bits_").append(k);
    }
    for (int k = 0; k < users; k++) {
      sb.append(",cpu_hz_").append(k);
    }
    for (int m = 0; m < antennas; m++) {
      sb.append(",x_m_").append(m).append(",y_m_").append(m);
    }
    return sb.toString();
  }

  /** Declares extra columns, written after the built-in ones; before the first row, once. */
  void extraColumns(List<String> names) {
    if (antennas >= 0 || !extra.isEmpty()) {
      throw new IllegalStateException("extra blocks.csv columns must be declared once, before the"
          + " first block");
    }
    for (String n : names) {
      if (n.isEmpty() || n.contains(",") || n.contains("\"") || n.contains("\n")) {
        throw new IllegalArgumentException("bad blocks.csv column name: '" + n + "'");
      }
    }
    extra = List.copyOf(names);
  }

  void row(BlockRecord b) throws IOException {
    if (b.columnCount() != extra.size()) {
      throw new IllegalArgumentException("block " + b.block() + ": expected " + extra.size()
          + " extra column values, got " + b.columnCount());
    }
    if (b.users() != users) {
      throw new IllegalArgumentException("block " + b.block() + ": expected " + users + " users, got "
          + b.users());
    }
    if (antennas < 0) {
      antennas = b.antennas();
      writeHeader();
    } else if (b.antennas() != antennas) {
      throw new IllegalArgumentException("block " + b.block() + ": expected " + antennas
          + " antenna positions (as in the first block), got " + b.antennas());
    }
    StringBuilder sb = new StringBuilder(64 + 24 * (3 * users + 2 * antennas));
    sb.append(b.block()).append(',').append(Formats.decimal(b.timeS())).append(',')
        .append(Formats.decimal(b.loss())).append(',').append(b.iterations()).append(',')
        .append(Formats.decimal(b.optWallMs()));
    for (double r : b.ratesBpsHz()) {
      sb.append(',').append(Formats.decimal(r));
    }
    for (int bits : b.bits()) {
      sb.append(',').append(bits);
    }
    for (double f : b.cpuHz()) {
      sb.append(',').append(Formats.decimal(f));
    }
    for (double[] p : b.positionsM()) {
      sb.append(',').append(Formats.decimal(p[0])).append(',').append(Formats.decimal(p[1]));
    }
    for (int i = 0; i < b.columnCount(); i++) {
      sb.append(',').append(Formats.decimal(b.column(i)));
    }
    out.write(sb.append('\n').toString());
  }

  /** Completes the file (a header alone if there were no blocks) and moves it to {@code target}. */
  void moveTo(Path target) throws IOException {
    if (antennas < 0) {
      antennas = 0;
      writeHeader();
    }
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

  private void writeHeader() throws IOException {
    out.write(header(users, antennas));
    for (String n : extra) {
      out.write(',');
      out.write(n);
    }
    out.write('\n');
  }
}
