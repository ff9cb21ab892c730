package io.fluidedge.run;

import java.nio.file.Path;

/**
 * Where a {@link RunSession} puts a run's outputs.
 *
 * <p>With a directory, every output file is written there (scenario.yaml, windows.csv,
 * blocks.csv, latency.hlog, requests.csv.gz and trace.json when the scenario asks for them, the
 * plots when {@code plots} is set and the scenario's {@code output.plots} is true, and
 * summary.json last). Without, the streamed files go to a temporary spool directory that is
 * deleted afterwards and only the summary.json text is kept. Either way the summary.json text is
 * the same bytes for the same scenario and seed (wall-clock fields aside).
 *
 * @param dir    the existing output directory, or null for none
 * @param plots  whether to draw the plots and write report.html (only with a directory)
 * @param curves whether to keep window percentiles and the latency histogram in the outcome's
 *               summary (for comparisons)
 */
public record RunOutput(Path dir, boolean plots, boolean curves) {

  /** Plots need a directory. */
  public RunOutput {
    if (dir == null && plots) {
      throw new IllegalArgumentException("plots need an output directory");
    }
  }

  /**
   * Every output file into {@code dir}.
   *
   * @param dir   an existing directory
   * @param plots draw the plots (when the scenario's {@code output.plots} is true too)
   * @return the output
   */
  public static RunOutput directory(Path dir, boolean plots) {
    return new RunOutput(dir, plots, false);
  }

  /**
   * The summary only, files spooled to a temporary directory and deleted.
   *
   * @param curves keep window percentiles and the latency histogram
   * @return the output
   */
  public static RunOutput summaryOnly(boolean curves) {
    return new RunOutput(null, false, curves);
  }
}
