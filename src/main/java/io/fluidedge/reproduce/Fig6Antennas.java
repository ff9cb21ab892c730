package io.fluidedge.reproduce;

import io.fluidedge.inference.AccuracyMetric;
import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plots.Charts;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.stats.MeanCi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Paper Fig. 6: fluid antennas (layout {@code fa}: the joint policy moves them) against
 * fixed-position antennas (layout {@code fpa}: equidistant on the panel diagonal, the fpa
 * policy) as the number M of BS antennas grows. Both layouts solve the same channel draws
 * (common random numbers), so their per-draw differences FA − FPA are paired.
 */
public final class Fig6Antennas {

  /** The CSV file name. */
  public static final String CSV = "fig6.csv";
  /** The plot file name. */
  public static final String PNG = "fig6.png";
  /** The CSV header (contract: docs/formats.md). */
  public static final String HEADER =
      "bs_antennas,layout,latency_s_mean,latency_s_ci95,psnr_db_mean,psnr_db_ci95";
  /** The layouts, with the policy that realises each. */
  public static final List<String> LAYOUTS = List.of("fa", "fpa");
  private static final List<String> POLICIES = List.of("joint", "fpa");

  private Fig6Antennas() {
  }

  /**
   * What to run.
   *
   * @param bsAntennas   values of M, ascending; each needs K·N ≤ M and M antennas on the panel
   *                     diagonal at D_min apart (12 on the default 4λ panel)
   * @param users        K
   * @param userAntennas N
   * @param sensitivity  ρ, s/dB (the reference scenario's by default; a large ρ puts every user
   *                     at b_max under both layouts, which compares them at equal bits)
   * @param draws        channel draws per (M, layout) (draw d uses channel seed d)
   * @param threads      worker threads
   */
  public record Params(List<Integer> bsAntennas, int users, int userAntennas, double sensitivity,
      int draws, int threads) {

    /** Copies the list; rejects M below K·N, non-positive counts and a bad ρ. */
    public Params {
      bsAntennas = List.copyOf(bsAntennas);
      if (bsAntennas.isEmpty()) {
        throw new IllegalArgumentException("need at least one antenna count");
      }
      for (int m : bsAntennas) {
        if (users * userAntennas > m) {
          throw new IllegalArgumentException("K·N = " + users * userAntennas + " exceeds M = " + m);
        }
      }
      if (users < 1 || userAntennas < 1 || draws < 1 || threads < 1) {
        throw new IllegalArgumentException("users, user antennas, draws and threads must be >= 1");
      }
      if (!(sensitivity > 0) || Double.isInfinite(sensitivity)) {
        throw new IllegalArgumentException("sensitivity must be positive and finite: " + sensitivity);
      }
    }

    /**
     * M ∈ {4, 6, 8, 10, 12}, K = 2 users with N = 2 antennas, the reference ρ, 100 draws,
     * 2 threads.
     */
    public static Params defaults() {
      return new Params(List.of(4, 6, 8, 10, 12), 2, 2,
          Reference.scenario(List.of()).model().sensitivity(), 100, 2);
    }

    /** A copy with other values of M. */
    public Params withBsAntennas(List<Integer> values) {
      return new Params(values, users, userAntennas, sensitivity, draws, threads);
    }

    /** A copy with another sensitivity ρ, s/dB. */
    public Params withSensitivity(double rho) {
      return new Params(bsAntennas, users, userAntennas, rho, draws, threads);
    }

    /** A copy with another number of draws. */
    public Params withDraws(int n) {
      return new Params(bsAntennas, users, userAntennas, sensitivity, n, threads);
    }

    /** A copy with another number of threads. */
    public Params withThreads(int n) {
      return new Params(bsAntennas, users, userAntennas, sensitivity, draws, n);
    }
  }

  /**
   * One CSV row.
   *
   * @param bsAntennas M
   * @param layout     {@code fa} or {@code fpa}
   * @param latencyS   Σ_k latency over the draws, s
   * @param psnrDb     mean-over-users PSNR over the draws, dB
   */
  public record Row(int bsAntennas, String layout, MeanCi latencyS, MeanCi psnrDb) {
  }

  /**
   * Paired differences FA − FPA at one M, over the same draws.
   *
   * @param bsAntennas M
   * @param latencyS   latency difference, s (negative: FA faster)
   * @param psnrDb     PSNR difference, dB (positive: FA more accurate)
   * @param lossS      loss J difference, s (negative: FA better by the objective it minimises)
   */
  public record Paired(int bsAntennas, MeanCi latencyS, MeanCi psnrDb, MeanCi lossS) {
  }

  /**
   * The figure's data.
   *
   * @param rows        per M ascending, {@code fa} then {@code fpa}
   * @param paired      per M ascending
   * @param sensitivity ρ used, s/dB
   * @param draws       draws per (M, layout)
   * @param accuracy    what the accuracy model's numbers measure (the axis label)
   */
  public record Result(List<Row> rows, List<Paired> paired, double sensitivity, int draws,
      AccuracyMetric accuracy) {

    /** Copies the lists. */
    public Result {
      rows = List.copyOf(rows);
      paired = List.copyOf(paired);
      Objects.requireNonNull(accuracy, "accuracy");
    }
  }

  /** Runs every (M, layout, draw) solve and reduces them, draw by draw in order. */
  public static Result run(Params p, PluginRegistry registry) {
    return run(p, List.of(), registry);
  }

  /**
   * As {@link #run(Params, PluginRegistry)} on the reference scenario with further
   * {@code key.path=value} overrides ({@code reproduce --set}), applied before the figure's own.
   */
  public static Result run(Params p, List<String> base, PluginRegistry registry) {
    List<Scenario> configs = new ArrayList<>();
    for (int m : p.bsAntennas()) {
      for (String policy : POLICIES) {
        Scenario s = Reference.scenario(base, List.of("radio.users=" + p.users(),
            "radio.user-antennas=" + p.userAntennas(), "radio.bs-antennas=" + m,
            "model.sensitivity=" + Reference.value(p.sensitivity()), "optimizer.policy=" + policy));
        int fit = Layouts.maxOnDiagonal(Panel.of(s.radio()));
        if (m > fit) {
          throw new IllegalArgumentException("fpa: M = " + m + " antennas do not fit on the panel"
              + " diagonal at the minimum spacing; at most " + fit);
        }
        configs.add(s);
      }
    }
    int draws = p.draws();
    List<List<Solution>> solved = Reference.solveAll(registry, configs, draws, p.threads());
    List<Row> rows = new ArrayList<>();
    List<Paired> paired = new ArrayList<>();
    for (int mi = 0; mi < p.bsAntennas().size(); mi++) {
      int m = p.bsAntennas().get(mi);
      double[][] latency = new double[LAYOUTS.size()][draws];
      double[][] psnr = new double[LAYOUTS.size()][draws];
      double[][] loss = new double[LAYOUTS.size()][draws];
      for (int l = 0; l < LAYOUTS.size(); l++) {
        int c = mi * LAYOUTS.size() + l;
        for (int d = 0; d < draws; d++) {
          Solution s = solved.get(c).get(d);
          latency[l][d] = s.loss().latencyS();
          psnr[l][d] = Reference.meanAccuracy(s);
          loss[l][d] = s.loss().total();
        }
        rows.add(new Row(m, LAYOUTS.get(l), MeanCi.of(latency[l]), MeanCi.of(psnr[l])));
      }
      paired.add(new Paired(m, MeanCi.of(difference(latency)), MeanCi.of(difference(psnr)),
          MeanCi.of(difference(loss))));
    }
    return new Result(rows, paired, p.sensitivity(), draws,
        registry.accuracyModel(configs.get(0)).metric());
  }

  /** Per draw: values[0] − values[1] (FA − FPA). */
  private static double[] difference(double[][] values) {
    double[] d = new double[values[0].length];
    for (int i = 0; i < d.length; i++) {
      d[i] = values[0][i] - values[1][i];
    }
    return d;
  }

  /** Writes {@link #CSV} and {@link #PNG} into {@code dir} (which must exist). */
  public static void write(Result result, Path dir) throws IOException {
    AtomicFiles.writeString(dir.resolve(CSV), csv(result.rows()));
    Charts.save(dir.resolve(PNG), chart(result), 900, 750);
  }

  /** The CSV text: {@link #HEADER} then one line per (M, layout). */
  public static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      b.append(r.bsAntennas()).append(',')
          .append(r.layout()).append(',')
          .append(Formats.decimal(r.latencyS().mean())).append(',')
          .append(Formats.decimal(r.latencyS().ci95())).append(',')
          .append(Formats.decimal(r.psnrDb().mean())).append(',')
          .append(Formats.decimal(r.psnrDb().ci95())).append('\n');
    }
    return b.toString();
  }

  private static JFreeChart chart(Result result) {
    YIntervalSeriesCollection latency = new YIntervalSeriesCollection();
    YIntervalSeriesCollection psnr = new YIntervalSeriesCollection();
    for (String layout : LAYOUTS) {
      String name = layout.equals("fa") ? "FA (joint: antennas moved)" : "FPA (fixed on the diagonal)";
      YIntervalSeries l = new YIntervalSeries(name);
      YIntervalSeries q = new YIntervalSeries(name);
      for (Row r : result.rows()) {
        if (r.layout().equals(layout)) {
          Charts.add(l, r.bsAntennas(), r.latencyS(), 1e3);
          Charts.add(q, r.bsAntennas(), r.psnrDb(), 1);
        }
      }
      latency.addSeries(l);
      psnr.addSeries(q);
    }
    return Charts.stacked(String.format(Locale.ROOT,
            "FA vs FPA against BS antennas M (ρ = %s s/%s, mean ± 95%% CI of %d draws)",
            Formats.decimal(result.sensitivity()), result.accuracy().unit().isEmpty()
                ? result.accuracy().name() : result.accuracy().unit(), result.draws()),
        Charts.integerAxis("BS antennas M"),
        Charts.panel(latency, "latency Σ_k (ms)", true, -1, 0),
        Charts.panel(psnr, "mean " + result.accuracy().axisLabel(), true, -1, 0));
  }
}
