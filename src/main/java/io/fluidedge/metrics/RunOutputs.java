package io.fluidedge.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the output files of {@code fluidedge run} (contract: docs/formats.md) from a recorder.
 *
 * <p>Files, each written atomically: {@value #WINDOWS_CSV}, {@value #BLOCKS_CSV},
 * {@value #LATENCY_HLOG}, optional {@value #REQUESTS_CSV_GZ} and {@value #TRACE_JSON} (when the
 * recorder kept them), the optional figures in {@value #PLOTS_DIR}, and last
 * {@value #SUMMARY_JSON}, whose presence therefore marks a completely written output directory.
 * A partial run ({@link RunInfo#complete()} false) writes the same files.
 */
public final class RunOutputs {

  /** Run summary (JSON). */
  public static final String SUMMARY_JSON = "summary.json";
  /** Latency per window (CSV). */
  public static final String WINDOWS_CSV = "windows.csv";
  /** Allocation per coherence block (CSV). */
  public static final String BLOCKS_CSV = "blocks.csv";
  /** HdrHistogram interval log, one interval per window. */
  public static final String LATENCY_HLOG = "latency.hlog";
  /** One row per completed request (gzip CSV), optional. */
  public static final String REQUESTS_CSV_GZ = "requests.csv.gz";
  /** Entity activity in Chrome trace-event format, optional. */
  public static final String TRACE_JSON = "trace.json";
  /** Subdirectory of the figures. */
  public static final String PLOTS_DIR = "plots";
  /**
   * The PNG files of {@value #PLOTS_DIR} (the default format; SVG and PDF files take the same
   * names): latency percentiles over time, latency CDF per user, antenna positions.
   */
  public static final List<String> PLOT_FILES = List.of("latency_percentiles.png",
      "latency_cdf.png", "antenna_positions.png");

  /** Files drawn from a finished recorder (e.g. plots) before summary.json is written. */
  @FunctionalInterface
  public interface Extra {
    /**
     * Writes the extra files.
     *
     * @param dir the output directory
     * @param rec the finished recorder
     * @throws IOException if a file cannot be written
     */
    void write(Path dir, RunRecorder rec) throws IOException;
  }

  private RunOutputs() {}

  /**
   * Finishes the recorder at {@code info.simulatedS()} (unless finished before) and writes all
   * outputs into {@code dir}. Once per recorder: the streamed files are moved, not copied.
   *
   * @param dir   the output directory (created if missing; see {@link OutputDirectory#prepare})
   * @param info  the run description and extra summary sections
   * @param rec   the run's recorder (finished by this call)
   * @param extra files to draw before summary.json (e.g. the plots), or null for none
   * @throws IOException           if a file cannot be written
   * @throws IllegalStateException if this recorder's outputs were already written
   */
  public static void write(Path dir, RunInfo info, RunRecorder rec, Extra extra)
      throws IOException {
    rec.finish(info.simulatedS());
    Files.createDirectories(dir);
    WindowsCsv.write(dir.resolve(WINDOWS_CSV), rec.windowS(), rec.windows(),
        rec.queues().flows(), info.simulatedS());
    rec.moveFiles(dir);
    if (extra != null) {
      extra.write(dir, rec);
    }
    SummaryWriter.write(dir.resolve(SUMMARY_JSON), info, rec);
  }

  /**
   * The text of {@code summary.json} for the recorder's current state, without writing files
   * (for callers that aggregate runs, e.g. sweeps).
   *
   * @param info the run description
   * @param rec  the recorder (not modified)
   * @return the JSON text, ending with a newline
   * @throws IOException if serialization of a section fails
   */
  public static String summaryJson(RunInfo info, RunRecorder rec) throws IOException {
    return SummaryWriter.json(info, rec);
  }
}
