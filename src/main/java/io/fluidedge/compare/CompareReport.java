package io.fluidedge.compare;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.stats.Metric;
import io.fluidedge.stats.PairedStats;
import io.fluidedge.stats.RunSummary;
import io.fluidedge.stats.WindowMeans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of {@code compare}: {@value #CSV} (contract: docs/formats.md), {@value #MARKDOWN} and
 * {@value #WINDOWS_CSV}.
 *
 * <p>{@value #CSV} has the header {@value #HEADER} and one row per policy and {@link Metric}
 * (policy-major, metrics in enum order): the mean over replications and its t-based 95 %
 * half-width, and the paired difference against the first policy (the mean of per-seed
 * differences {@code x_i − first_i}) with its paired half-width; the first policy's own
 * difference is 0 ± 0. Numbers use {@link Formats#decimal}; missing values are empty fields.
 */
public final class CompareReport {

  /** The contract table. */
  public static final String CSV = "compare.csv";
  /** The same table in Markdown, with a significance sentence per metric. */
  public static final String MARKDOWN = "compare.md";
  /** Per policy and window: p50 and p99 latency averaged over replications. */
  public static final String WINDOWS_CSV = "compare_windows.csv";
  /** The header of {@value #CSV} (contract). */
  public static final String HEADER = "policy,metric,mean,ci95,diff_vs_first,diff_ci95";

  private CompareReport() {
  }

  /**
   * One row of the table.
   *
   * @param policy the policy
   * @param metric the metric
   * @param value  its mean over replications with the 95 % half-width
   * @param diff   the paired difference against the first policy with its half-width
   */
  public record Row(String policy, Metric metric, PairedStats.Estimate value,
      PairedStats.Estimate diff) {
  }

  /**
   * The rows for policies run on the same seeds.
   *
   * @param policies the policies; the first is the baseline of the differences
   * @param runs     per policy, one summary per seed, seeds in the same order for every policy
   * @return policy-major rows, metrics in {@link Metric} order
   */
  public static List<Row> rows(List<String> policies, List<List<RunSummary>> runs) {
    if (policies.size() != runs.size() || policies.isEmpty()) {
      throw new IllegalArgumentException("need one list of runs per policy: " + policies.size()
          + " policies, " + runs.size() + " lists");
    }
    for (List<RunSummary> list : runs) {
      for (int i = 0; i < list.size(); i++) {
        if (list.size() != runs.get(0).size() || list.get(i).seed() != runs.get(0).get(i).seed()) {
          throw new IllegalArgumentException("every policy needs the same seeds in the same order");
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < policies.size(); p++) {
      for (Metric m : Metric.values()) {
        double[] x = values(runs.get(p), m);
        double[] first = values(runs.get(0), m);
        PairedStats.Estimate diff = p == 0 ? new PairedStats.Estimate(x.length, 0, 0)
            : PairedStats.paired(x, first);
        rows.add(new Row(policies.get(p), m, PairedStats.of(x), diff));
      }
    }
    return List.copyOf(rows);
  }

  /** The text of {@value #CSV} for the rows. */
  public static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      sb.append(Formats.csvField(r.policy())).append(',').append(r.metric().column())
          .append(',').append(Formats.decimal(r.value().mean()))
          .append(',').append(Formats.decimal(r.value().ci95()))
          .append(',').append(Formats.decimal(r.diff().mean()))
          .append(',').append(Formats.decimal(r.diff().ci95())).append('\n');
    }
    return sb.toString();
  }

  /** The Markdown table of the rows (header, alignment row, one line per row). */
  public static String markdownTable(List<Row> rows) {
    StringBuilder sb = new StringBuilder(
        "| policy | metric | mean | ci95 | diff_vs_first | diff_ci95 |\n"
            + "|---|---|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append("| ").append(r.policy()).append(" | ").append(r.metric().column())
          .append(" | ").append(md(r.value().mean())).append(" | ").append(md(r.value().ci95()))
          .append(" | ").append(md(r.diff().mean())).append(" | ").append(md(r.diff().ci95()))
          .append(" |\n");
    }
    return sb.toString();
  }

  /**
   * One sentence per metric on the differences against the first policy: their sign and
   * whether the paired 95 % interval excludes zero.
   *
   * @param policies the policies, the first the baseline
   * @param rows     the rows of {@link #rows}
   * @return Markdown list items, one per metric
   */
  public static String significance(List<String> policies, List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    String first = policies.get(0);
    for (Metric m : Metric.values()) {
      List<String> parts = new ArrayList<>();
      for (Row r : rows) {
        if (r.metric() != m || r.policy().equals(first)) {
          continue;
        }
        PairedStats.Estimate d = r.diff();
        String verdict;
        if (Double.isNaN(d.mean()) || Double.isNaN(d.ci95())) {
          verdict = "cannot be judged (too few replications or missing values)";
        } else if (d.mean() == 0 && d.ci95() == 0) {
          verdict = "identical on every seed";
        } else {
          verdict = (d.mean() > 0 ? "higher" : d.mean() < 0 ? "lower" : "equal") + " by "
              + md(Math.abs(d.mean())) + " ± " + md(d.ci95()) + ", "
              + (d.excludesZero() ? "significant" : "not significant")
              + " at 95 %";
        }
        parts.add(r.policy() + " is " + verdict);
      }
      if (parts.isEmpty()) {
        continue;
      }
      sb.append("- `").append(m.column()).append("` against ").append(first).append(": ")
          .append(String.join("; ", parts)).append(".\n");
    }
    return sb.toString();
  }

  /**
   * The text of {@value #WINDOWS_CSV}: {@code policy,window_start_s,p50_s,p99_s,replications},
   * window percentiles averaged over the replications with a request in the window.
   *
   * @param policies the policies
   * @param runs     per policy, its runs (with curves)
   * @return the CSV text
   */
  public static String windowsCsv(List<String> policies, List<List<RunSummary>> runs) {
    StringBuilder sb = new StringBuilder("policy,window_start_s,p50_s,p99_s,replications\n");
    for (int p = 0; p < policies.size(); p++) {
      WindowMeans w = WindowMeans.of(runs.get(p));
      for (int i = 0; i < w.size(); i++) {
        sb.append(Formats.csvField(policies.get(p))).append(',')
            .append(Formats.multiple(i, w.windowS())).append(',')
            .append(Formats.decimal(w.p50S()[i])).append(',')
            .append(Formats.decimal(w.p99S()[i])).append(',').append(w.counts()[i]).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Writes {@value #CSV}, {@value #MARKDOWN} and {@value #WINDOWS_CSV} into {@code dir}.
   *
   * @param dir      an existing directory
   * @param title    first line of the Markdown file (without the leading {@code #})
   * @param policies the policies, the first the baseline
   * @param runs     per policy, one summary per seed in the same seed order
   * @return the Markdown text written
   * @throws IOException if a file cannot be written
   */
  public static String write(Path dir, String title, List<String> policies,
      List<List<RunSummary>> runs) throws IOException {
    List<Row> rows = rows(policies, runs);
    AtomicFiles.writeString(dir.resolve(CSV), csv(rows));
    String md = "# " + title + "\n\n" + markdownTable(rows) + "\nPaired differences against "
        + policies.get(0) + " (same seeds, 95 % t intervals):\n\n" + significance(policies, rows);
    AtomicFiles.writeString(dir.resolve(MARKDOWN), md);
    AtomicFiles.writeString(dir.resolve(WINDOWS_CSV), windowsCsv(policies, runs));
    return md;
  }

  private static double[] values(List<RunSummary> runs, Metric m) {
    return runs.stream().mapToDouble(m::of).toArray();
  }

  /** A number for the Markdown table: 4 significant digits, "n/a" when missing. */
  static String md(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (x == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.4g", x);
  }
}
