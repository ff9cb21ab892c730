package io.fluidedge.sweep;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.stats.PairedStats;
import io.fluidedge.stats.RunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Writes a sweep's {@code results.csv} (contract: docs/formats.md): one row per cell in plan order,
 * columns {@code cell,<one per grid key>,replications,latency_mean_s,latency_mean_s_ci95,
 * latency_p99_s,psnr_db_mean,loss_mean}, then the half-widths of the other statistics and the
 * median: {@code latency_p99_s_ci95,psnr_db_mean_ci95,loss_mean_ci95,latency_p50_s,
 * latency_p50_s_ci95,completed_mean,completed_ci95}.
 *
 * <p>Each statistic is the mean over the cell's replications of the per-run value (the mean of
 * per-run 99th percentiles for {@code latency_p99_s}); each {@code _ci95} is the t-based 95 %
 * half-width of that mean ({@link PairedStats}). A statistic that some run lacks (no completed
 * requests) and a half-width over one replication are empty fields. Numbers use
 * {@link Formats#decimal}; the text depends only on the plan and the summaries' numbers.
 */
public final class ResultsCsv {

  /** The file name. */
  public static final String FILE = "results.csv";

  private ResultsCsv() {
  }

  /**
   * The header row for a plan.
   *
   * @param plan the sweep plan
   * @return the header, without a line end
   */
  public static String header(SweepPlan plan) {
    StringBuilder sb = new StringBuilder("cell");
    for (SweepGrid g : plan.grids()) {
      sb.append(',').append(Formats.csvField(g.key()));
    }
    return sb.append(",replications,latency_mean_s,latency_mean_s_ci95,latency_p99_s,"
        + "psnr_db_mean,loss_mean,latency_p99_s_ci95,psnr_db_mean_ci95,loss_mean_ci95,"
        + "latency_p50_s,latency_p50_s_ci95,completed_mean,completed_ci95").toString();
  }

  /**
   * The whole file as text.
   *
   * @param plan      the sweep plan
   * @param summaries one summary per run, in {@link SweepPlan#runs()} order
   * @return the CSV text, {@code \n} line ends
   * @throws IllegalArgumentException if the number of summaries does not match the plan
   */
  public static String text(SweepPlan plan, List<RunSummary> summaries) {
    int r = plan.replications();
    if (summaries.size() != plan.cells() * r) {
      throw new IllegalArgumentException("expected " + plan.cells() * r + " run summaries, got "
          + summaries.size());
    }
    StringBuilder sb = new StringBuilder(header(plan)).append('\n');
    for (int c = 0; c < plan.cells(); c++) {
      List<RunSummary> runs = summaries.subList(c * r, (c + 1) * r);
      PairedStats.Estimate latency = estimate(runs, RunSummary::latencyMeanS);
      PairedStats.Estimate p99 = estimate(runs, RunSummary::latencyP99S);
      PairedStats.Estimate psnr = estimate(runs, RunSummary::psnrDbMean);
      PairedStats.Estimate loss = estimate(runs, RunSummary::lossMean);
      PairedStats.Estimate p50 = estimate(runs, RunSummary::latencyP50S);
      PairedStats.Estimate completed = estimate(runs, s -> s.completed());
      sb.append(c);
      for (String v : plan.cellValues(c)) {
        sb.append(',').append(Formats.csvField(v));
      }
      sb.append(',').append(r)
          .append(',').append(Formats.decimal(latency.mean()))
          .append(',').append(Formats.decimal(latency.ci95()))
          .append(',').append(Formats.decimal(p99.mean()))
          .append(',').append(Formats.decimal(psnr.mean()))
          .append(',').append(Formats.decimal(loss.mean()))
          .append(',').append(Formats.decimal(p99.ci95()))
          .append(',').append(Formats.decimal(psnr.ci95()))
          .append(',').append(Formats.decimal(loss.ci95()))
          .append(',').append(Formats.decimal(p50.mean()))
          .append(',').append(Formats.decimal(p50.ci95()))
          .append(',').append(Formats.decimal(completed.mean()))
          .append(',').append(Formats.decimal(completed.ci95()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes {@code results.csv} atomically.
   *
   * @param file      the target file
   * @param plan      the sweep plan
   * @param summaries one summary per run, in {@link SweepPlan#runs()} order
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, SweepPlan plan, List<RunSummary> summaries)
      throws IOException {
    AtomicFiles.writeString(file, text(plan, summaries));
  }

  private static PairedStats.Estimate estimate(List<RunSummary> runs,
      ToDoubleFunction<RunSummary> metric) {
    return PairedStats.of(runs.stream().mapToDouble(metric).toArray());
  }
}
