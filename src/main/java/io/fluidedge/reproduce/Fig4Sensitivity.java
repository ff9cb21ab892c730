package io.fluidedge.reproduce;

import io.fluidedge.inference.AccuracyMetric;
import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.plots.Charts;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.stats.MeanCi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Paper Fig. 4: the latency–accuracy trade-off. For each sensitivity ρ the joint policy solves
 * the same channel draws, each draw along the whole ρ grid ({@link SensitivityPath}: every ρ
 * takes the best allocation found for any ρ of that draw, so each draw's latency and PSNR are
 * non-decreasing in ρ); latency is Σ_k (T_off,k + T_inf,k) (s) and PSNR the mean over users
 * (dB), each averaged over the draws. Relative changes are against the smallest ρ:
 * (x − x₀)/x₀.
 */
public final class Fig4Sensitivity {

  /** The CSV file name. */
  public static final String CSV = "fig4.csv";
  /** The plot file name. */
  public static final String PNG = "fig4.png";
  /** The CSV header (contract: docs/formats.md). */
  public static final String HEADER =
      "sensitivity,latency_s_mean,psnr_db_mean,latency_rel_change,psnr_rel_change";

  /** Slack when checking a draw for monotonicity: relative, for floating-point ties. */
  static final double MONOTONE_SLACK = 1e-9;

  private Fig4Sensitivity() {
  }

  /**
   * What to run.
   *
   * @param sensitivities ρ values, s/dB, ascending
   * @param draws         channel draws per ρ (draw d uses channel seed d, d = 1..draws)
   * @param threads       worker threads
   */
  public record Params(List<Double> sensitivities, int draws, int threads) {

    /** Copies the list; rejects fewer than two, non-ascending or non-positive ρ values. */
    public Params {
      sensitivities = List.copyOf(sensitivities);
      if (sensitivities.size() < 2) {
        throw new IllegalArgumentException("need at least two sensitivities: " + sensitivities);
      }
      for (int i = 0; i < sensitivities.size(); i++) {
        if (!(sensitivities.get(i) > 0) || i > 0 && sensitivities.get(i) <= sensitivities.get(i - 1)) {
          throw new IllegalArgumentException("sensitivities must be positive and ascending: "
              + sensitivities);
        }
      }
      if (draws < 1 || threads < 1) {
        throw new IllegalArgumentException("draws and threads must be >= 1: " + draws + ", " + threads);
      }
    }

    /**
     * 13 values of ρ, six per decade from 1e-5 to 1e-3 s/dB; 100 draws, 2 threads. The bits flip
     * near ρ = D/(B·R·6.02 dB) ≈ 0.5e-4 … 3e-4 s/dB for rates R of 5–12 bit/s/Hz, so both ends
     * sit on plateaus (everyone at b_min, everyone at b_max) and the steps between resolve the
     * transition.
     */
    public static Params defaults() {
      return new Params(logSpaced(1e-5, 1e-3, 13), 100, 2);
    }

    /** A copy with another number of draws. */
    public Params withDraws(int n) {
      return new Params(sensitivities, n, threads);
    }

    /** A copy with another number of threads. */
    public Params withThreads(int n) {
      return new Params(sensitivities, draws, n);
    }
  }

  /**
   * One ρ.
   *
   * @param sensitivity      ρ, s/dB
   * @param latencyS         Σ_k latency over the draws, s
   * @param psnrDb           mean-over-users PSNR over the draws, dB
   * @param latencyRelChange (latency − latency₀)/latency₀ against the smallest ρ
   * @param psnrRelChange    (PSNR − PSNR₀)/PSNR₀ against the smallest ρ
   */
  public record Row(double sensitivity, MeanCi latencyS, MeanCi psnrDb, double latencyRelChange,
      double psnrRelChange) {
  }

  /**
   * The figure's data.
   *
   * @param rows                 one per ρ, ascending
   * @param latencyMonotoneDraws draws whose own latency never falls as ρ grows
   * @param psnrMonotoneDraws    draws whose own PSNR never falls as ρ grows
   * @param draws                draws per ρ
   * @param accuracy             what the accuracy model's numbers measure (the axis label)
   */
  public record Result(List<Row> rows, int latencyMonotoneDraws, int psnrMonotoneDraws, int draws,
      AccuracyMetric accuracy) {

    /** Copies the list. */
    public Result {
      rows = List.copyOf(rows);
      Objects.requireNonNull(accuracy, "accuracy");
    }
  }

  /** {@code count} values from {@code from} to {@code to}, equally spaced in log10. */
  public static List<Double> logSpaced(double from, double to, int count) {
    List<Double> out = new ArrayList<>(count);
    double a = Math.log10(from);
    double step = (Math.log10(to) - a) / (count - 1);
    for (int i = 0; i < count; i++) {
      out.add(i == 0 ? from : i == count - 1 ? to : Math.pow(10, a + i * step));
    }
    return out;
  }

  /** Runs every (ρ, draw) solve and reduces them, draw by draw in order. */
  public static Result run(Params p, PluginRegistry registry) {
    return run(p, List.of(), registry);
  }

  /**
   * As {@link #run(Params, PluginRegistry)} on the reference scenario with further
   * {@code key.path=value} overrides ({@code reproduce --set}), applied before the figure's own.
   */
  public static Result run(Params p, List<String> base, PluginRegistry registry) {
    List<Scenario> configs = new ArrayList<>();
    for (double rho : p.sensitivities()) {
      configs.add(Reference.scenario(base, List.of("model.sensitivity=" + Reference.value(rho),
          "optimizer.policy=joint")));
    }
    int draws = p.draws();
    List<SensitivityPath.Path> paths = Draws.map(draws, p.threads(),
        d -> SensitivityPath.solve(registry, configs, d + 1));
    double[][] latency = new double[configs.size()][draws];
    double[][] psnr = new double[configs.size()][draws];
    for (int d = 0; d < draws; d++) {
      for (int c = 0; c < configs.size(); c++) {
        latency[c][d] = paths.get(d).latencyS()[c];
        psnr[c][d] = paths.get(d).accuracyDb()[c];
      }
    }
    List<Row> rows = new ArrayList<>();
    MeanCi latency0 = MeanCi.of(latency[0]);
    MeanCi psnr0 = MeanCi.of(psnr[0]);
    for (int c = 0; c < configs.size(); c++) {
      MeanCi l = MeanCi.of(latency[c]);
      MeanCi q = MeanCi.of(psnr[c]);
      rows.add(new Row(configs.get(c).model().sensitivity(), l, q,
          (l.mean() - latency0.mean()) / latency0.mean(), (q.mean() - psnr0.mean()) / psnr0.mean()));
    }
    return new Result(rows, monotoneDraws(latency), monotoneDraws(psnr), draws,
        registry.accuracyModel(configs.get(0)).metric());
  }

  /** Draws d whose values[c][d] never fall (beyond a relative slack) as c grows. */
  private static int monotoneDraws(double[][] values) {
    int count = 0;
    for (int d = 0; d < values[0].length; d++) {
      boolean ok = true;
      for (int c = 1; c < values.length && ok; c++) {
        ok = values[c][d] >= values[c - 1][d] - MONOTONE_SLACK * Math.abs(values[c - 1][d]);
      }
      count += ok ? 1 : 0;
    }
    return count;
  }

  /** Writes {@link #CSV} and {@link #PNG} into {@code dir} (which must exist). */
  public static void write(Result result, Path dir) throws IOException {
    AtomicFiles.writeString(dir.resolve(CSV), csv(result.rows()));
    Charts.save(dir.resolve(PNG), chart(result), 900, 750);
  }

  /** The CSV text: {@link #HEADER} then one line per ρ. */
  public static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      b.append(Formats.decimal(r.sensitivity())).append(',')
          .append(Formats.decimal(r.latencyS().mean())).append(',')
          .append(Formats.decimal(r.psnrDb().mean())).append(',')
          .append(Formats.decimal(r.latencyRelChange())).append(',')
          .append(Formats.decimal(r.psnrRelChange())).append('\n');
    }
    return b.toString();
  }

  private static JFreeChart chart(Result result) {
    YIntervalSeries latency = new YIntervalSeries("latency Σ_k (T_off + T_inf)");
    AccuracyMetric metric = result.accuracy();
    YIntervalSeries psnr = new YIntervalSeries("mean " + metric.name() + " over users");
    for (Row r : result.rows()) {
      Charts.add(latency, r.sensitivity(), r.latencyS(), 1e3);
      Charts.add(psnr, r.sensitivity(), r.psnrDb(), 1);
    }
    YIntervalSeriesCollection top = new YIntervalSeriesCollection();
    top.addSeries(latency);
    YIntervalSeriesCollection bottom = new YIntervalSeriesCollection();
    bottom.addSeries(psnr);
    String perUnit = metric.unit().isEmpty() ? metric.name() : metric.unit();
    return Charts.stacked("Latency and " + metric.name() + " vs sensitivity ρ (joint policy, "
            + "mean ± 95% CI of " + result.draws() + " draws)",
        Charts.logAxis("sensitivity ρ (s/" + perUnit + ", log scale)"),
        Charts.panel(top, "latency (ms)", true, -1, 0),
        Charts.panel(bottom, metric.axisLabel(), true, -1, 1));
  }
}
