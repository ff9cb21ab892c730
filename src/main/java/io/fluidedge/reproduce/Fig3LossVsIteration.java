package io.fluidedge.reproduce;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plots.Charts;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.stats.MeanCi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Paper Fig. 3: the BCD loss J against the iteration, per SNR and model size, averaged over
 * channel draws (joint policy, cold start).
 *
 * <p>Draws stop at different iterations (the BCD stops when J changes by less than the
 * tolerance). Each draw's history (J at the start, then after each iteration) is padded with its
 * last value up to the longest history of the figure, i.e. a converged draw stays at its final
 * loss; the mean and 95 % interval are taken over all draws at every iteration.
 */
public final class Fig3LossVsIteration {

  /** The CSV file name. */
  public static final String CSV = "fig3.csv";
  /** The plot file name. */
  public static final String PNG = "fig3.png";
  /** The CSV header (contract: docs/formats.md). */
  public static final String HEADER = "snr_db,parameters,iteration,loss_mean,loss_ci95";

  private Fig3LossVsIteration() {
  }

  /**
   * What to run.
   *
   * @param snrsDb     SNRs, dB (one curve each per model size)
   * @param parameters model sizes S, parameters
   * @param draws      channel draws per curve (draw d uses channel seed d, d = 1..draws)
   * @param threads    worker threads
   */
  public record Params(List<Double> snrsDb, List<Double> parameters, int draws, int threads) {

    /** Copies the lists; rejects empty lists and non-positive counts. */
    public Params {
      snrsDb = List.copyOf(snrsDb);
      parameters = List.copyOf(parameters);
      if (snrsDb.isEmpty() || parameters.isEmpty()) {
        throw new IllegalArgumentException("need at least one SNR and one model size");
      }
      if (draws < 1 || threads < 1) {
        throw new IllegalArgumentException("draws and threads must be >= 1: " + draws + ", " + threads);
      }
    }

    /** SNR 0, 10, 20 dB × S = 86e6 (ViT-B) and 307e6 (ViT-L), 100 draws, 2 threads. */
    public static Params defaults() {
      return new Params(List.of(0.0, 10.0, 20.0), List.of(86e6, 307e6), 100, 2);
    }

    /** A copy with another number of draws. */
    public Params withDraws(int n) {
      return new Params(snrsDb, parameters, n, threads);
    }

    /** A copy with another number of threads. */
    public Params withThreads(int n) {
      return new Params(snrsDb, parameters, draws, n);
    }
  }

  /**
   * One CSV row: the loss after {@code iteration} BCD iterations (0: the starting point).
   *
   * @param snrDb      SNR, dB
   * @param parameters model size S
   * @param iteration  BCD iteration
   * @param lossMean   mean J over the draws, s
   * @param lossCi95   95 % half-width of that mean, s
   */
  public record Row(double snrDb, double parameters, int iteration, double lossMean, double lossCi95) {
  }

  /**
   * One curve's end point and convergence.
   *
   * @param snrDb          SNR, dB
   * @param parameters     model size S
   * @param finalLoss      J at the end of the BCD over the draws, s
   * @param iterationsMean mean BCD iterations to stop
   * @param iterationsMax  most BCD iterations any draw took
   * @param converged      draws that stopped by the tolerance (not the iteration cap)
   */
  public record Curve(double snrDb, double parameters, MeanCi finalLoss, double iterationsMean,
      int iterationsMax, int converged) {
  }

  /**
   * The figure's data.
   *
   * @param rows   CSV rows, curve by curve (SNR outer, model size inner), iterations ascending
   * @param curves one summary per curve, in the same order
   */
  public record Result(List<Row> rows, List<Curve> curves) {

    /** Copies the lists. */
    public Result {
      rows = List.copyOf(rows);
      curves = List.copyOf(curves);
    }
  }

  /** Runs every (SNR, model size, draw) solve and reduces them, draw by draw in order. */
  public static Result run(Params p, PluginRegistry registry) {
    return run(p, List.of(), registry);
  }

  /**
   * As {@link #run(Params, PluginRegistry)} on the reference scenario with further
   * {@code key.path=value} overrides ({@code reproduce --set}), applied before the figure's own.
   */
  public static Result run(Params p, List<String> base, PluginRegistry registry) {
    List<Scenario> configs = new ArrayList<>();
    for (double snr : p.snrsDb()) {
      for (double s : p.parameters()) {
        configs.add(Reference.scenario(base, List.of("radio.snr-db=" + Reference.value(snr),
            "model.parameters=" + Reference.value(s), "optimizer.policy=joint")));
      }
    }
    int draws = p.draws();
    List<List<Solution>> solved = Reference.solveAll(registry, configs, draws, p.threads());
    int length = 0;
    for (List<Solution> perConfig : solved) {
      for (Solution s : perConfig) {
        length = Math.max(length, s.lossHistory().length);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Curve> curves = new ArrayList<>();
    for (int c = 0; c < configs.size(); c++) {
      Scenario sc = configs.get(c);
      double snr = sc.radio().snrDb();
      double size = sc.model().parameters();
      double[][] padded = new double[draws][];
      int itersSum = 0;
      int itersMax = 0;
      int converged = 0;
      for (int d = 0; d < draws; d++) {
        Solution s = solved.get(c).get(d);
        padded[d] = pad(s.lossHistory(), length);
        itersSum += s.iterations();
        itersMax = Math.max(itersMax, s.iterations());
        converged += s.converged() ? 1 : 0;
      }
      double[] column = new double[draws];
      MeanCi last = null;
      for (int it = 0; it < length; it++) {
        for (int d = 0; d < draws; d++) {
          column[d] = padded[d][it];
        }
        last = MeanCi.of(column);
        rows.add(new Row(snr, size, it, last.mean(), last.ci95()));
      }
      curves.add(new Curve(snr, size, last, itersSum / (double) draws, itersMax, converged));
    }
    return new Result(rows, curves);
  }

  /** {@code history} extended to {@code length} by repeating its last value. */
  static double[] pad(double[] history, int length) {
    double[] out = Arrays.copyOf(history, length);
    Arrays.fill(out, history.length, length, history[history.length - 1]);
    return out;
  }

  /** Writes {@link #CSV} and {@link #PNG} into {@code dir} (which must exist). */
  public static void write(Result result, Path dir) throws IOException {
    AtomicFiles.writeString(dir.resolve(CSV), csv(result.rows()));
    Charts.save(dir.resolve(PNG), chart(result), 900, 600);
  }

  /** The CSV text: {@link #HEADER} then one line per row. */
  public static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      b.append(Formats.decimal(r.snrDb())).append(',')
          .append(Formats.decimal(r.parameters())).append(',')
          .append(r.iteration()).append(',')
          .append(Formats.decimal(r.lossMean())).append(',')
          .append(Formats.decimal(r.lossCi95())).append('\n');
    }
    return b.toString();
  }

  private static JFreeChart chart(Result result) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<Double> sizes = new ArrayList<>();
    for (Curve c : result.curves()) {
      if (!sizes.contains(c.parameters())) {
        sizes.add(c.parameters());
      }
    }
    // Smallest model first, solid; larger models dashed, in the same SNR order.
    for (double size : sizes) {
      for (Curve c : result.curves()) {
        if (c.parameters() != size) {
          continue;
        }
        XYSeries s = new XYSeries(String.format(Locale.ROOT, "SNR %s dB, S = %.0fM",
            Formats.decimal(c.snrDb()), size / 1e6), false, true);
        for (Row r : result.rows()) {
          if (r.snrDb() == c.snrDb() && r.parameters() == size) {
            s.add(r.iteration(), r.lossMean() * 1e3);
          }
        }
        data.addSeries(s);
      }
    }
    int perSize = result.curves().size() / sizes.size();
    int draws = result.curves().get(0).finalLoss().count();
    return Charts.stacked("BCD loss vs iteration (joint policy, mean of " + draws + " channel draws)",
        Charts.integerAxis("BCD iteration"),
        Charts.panel(data, "loss J (ms)", false, sizes.size() > 1 ? perSize : -1, 0));
  }
}
