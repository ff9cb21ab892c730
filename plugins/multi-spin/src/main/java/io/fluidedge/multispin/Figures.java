package io.fluidedge.multispin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import io.fluidedge.plots.Figure;
import io.fluidedge.plots.FigureFiles;
import io.fluidedge.plots.Theme;
import io.fluidedge.scenario.Streams;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import umontreal.ssj.rng.RandomStream;

/**
 * Regenerates the README figures (CSV and PNG) into the directory given as the only argument:
 * {@code plugins/multi-spin/figures.sh}.
 *
 * <ol>
 *   <li>{@code goodput_vs_gamma}: sum goodput vs a common γ at α = 0.6 and 0.9, the model and a
 *       Monte-Carlo of 20 000 rounds per point;</li>
 *   <li>{@code weak_user}: goodput of the heterogeneous, homogeneous and fixed-γ controls, and
 *       the draft lengths chosen, as one user's uplink rate falls;</li>
 *   <li>{@code fa_vs_fpa}: the plugin in the network simulator, fluid antennas (policy joint)
 *       against fixed antennas (fpa), both controls, on the same seed.</li>
 * </ol>
 */
public final class Figures {

  private static final int USERS = 4;
  private static final double DRAFT_S = 0.003;
  private static final double PAYLOAD_BITS = 512_000;
  private static final double VERIFY_S = 0.04;
  private static final double VERIFY_TOKEN_S = 7e-4;
  private static final int MAX_GAMMA = 16;
  private static final double[] RATES = {200e6, 120e6, 60e6, 30e6};

  private Figures() {
  }

  /**
   * Writes every figure.
   *
   * @param args the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "figures");
    Files.createDirectories(dir);
    goodputVsGamma(dir);
    weakUser(dir);
    faVsFpa(dir);
  }

  private static SpinModel model(double[] alpha) {
    double[] draft = new double[alpha.length];
    java.util.Arrays.fill(draft, DRAFT_S);
    return new SpinModel(draft, alpha, PAYLOAD_BITS, VERIFY_S, VERIFY_TOKEN_S);
  }

  private static double[] same(double v) {
    double[] a = new double[USERS];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private static void goodputVsGamma(Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("alpha,gamma,model_tokens_per_s,simulated_tokens_per_s\n");
    XYSeriesCollection data = new XYSeriesCollection();
    for (double alpha : new double[] {0.6, 0.9}) {
      SpinModel m = model(same(alpha));
      XYSeries curve = new XYSeries("model, α = " + alpha);
      XYSeries sim = new XYSeries("simulated, α = " + alpha);
      RandomStream stream = Streams.of(1, "figures-" + alpha);
      for (int g = 0; g <= MAX_GAMMA; g++) {
        int[] gamma = filled(g);
        double model = m.goodput(gamma, RATES);
        long tokens = 0;
        int rounds = 20_000;
        for (int r = 0; r < rounds; r++) {
          for (int k = 0; k < USERS; k++) {
            tokens += SpinModel.drawTokens(stream, alpha, g);
          }
        }
        double simulated = tokens / (rounds * m.roundS(gamma, RATES));
        curve.add(g, model);
        sim.add(g, simulated);
        csv.append(String.format(Locale.ROOT, "%s,%d,%.6g,%.6g%n", alpha, g, model, simulated));
      }
      data.addSeries(curve);
      data.addSeries(sim);
      int best = DraftControl.HOMOGENEOUS.choose(m, RATES, MAX_GAMMA, 0)[0];
      System.out.printf(Locale.ROOT, "alpha %.1f: optimal common gamma %d, %.1f tokens/s%n",
          alpha, best, m.goodput(filled(best), RATES));
    }
    Files.writeString(dir.resolve("goodput_vs_gamma.csv"), csv, StandardCharsets.UTF_8);
    JFreeChart chart = ChartFactory.createXYLineChart("Sum token goodput vs draft length (K = 4)",
        "draft length γ (all users)", "sum goodput, tokens/s", data, PlotOrientation.VERTICAL,
        true, false, false);
    save(dir, "goodput_vs_gamma", chart);
  }

  private static void weakUser(Path dir) throws IOException {
    double[] alpha = {0.9, 0.8, 0.7, 0.6};
    SpinModel m = model(alpha);
    StringBuilder csv = new StringBuilder("weak_rate_bps,heterogeneous_tokens_per_s,"
        + "homogeneous_tokens_per_s,fixed4_tokens_per_s,gamma_het_0,gamma_het_1,gamma_het_2,"
        + "gamma_het_3,gamma_homogeneous\n");
    XYSeries het = new XYSeries("heterogeneous γ_k");
    XYSeries homo = new XYSeries("homogeneous γ");
    XYSeries fixed = new XYSeries("fixed γ = 4");
    double maxGain = 0;
    for (int i = 0; i <= 24; i++) {
      double weak = 1e6 * Math.pow(10, i / 12.0);
      double[] rates = {200e6, 200e6, 200e6, weak};
      int[] h = DraftControl.HETEROGENEOUS.choose(m, rates, MAX_GAMMA, 0);
      int[] o = DraftControl.HOMOGENEOUS.choose(m, rates, MAX_GAMMA, 0);
      double gh = m.goodput(h, rates);
      double go = m.goodput(o, rates);
      double gf = m.goodput(filled(4), rates);
      maxGain = Math.max(maxGain, gh / go - 1);
      het.add(weak, gh);
      homo.add(weak, go);
      fixed.add(weak, gf);
      csv.append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,%.6g,%d,%d,%d,%d,%d%n", weak, gh,
          go, gf, h[0], h[1], h[2], h[3], o[0]));
    }
    System.out.printf(Locale.ROOT, "weak user: heterogeneous over homogeneous up to +%.1f %%%n",
        100 * maxGain);
    Files.writeString(dir.resolve("weak_user.csv"), csv, StandardCharsets.UTF_8);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(het);
    data.addSeries(homo);
    data.addSeries(fixed);
    JFreeChart chart = ChartFactory.createXYLineChart("Goodput as user 3's uplink weakens "
        + "(α = 0.9, 0.8, 0.7, 0.6)", "user 3 uplink rate, bit/s", "sum goodput, tokens/s",
        data, PlotOrientation.VERTICAL, true, false, false);
    chart.getXYPlot().setDomainAxis(new LogAxis("user 3 uplink rate, bit/s"));
    save(dir, "weak_user", chart);
  }

  private static void faVsFpa(Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("policy,control,goodput_tokens_per_s,"
        + "weakest_user_gamma_mean,weakest_user_rate_bps_hz_mean\n");
    for (String policy : List.of("joint", "fpa")) {
      for (String control : List.of("heterogeneous", "homogeneous")) {
        Path out = Files.createTempDirectory("multi-spin-fig-");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
            "scenario.yaml", "--out", out.toString(), "--force", "--set", "duration-s=1",
            "--set", "optimizer.policy=" + policy, "--set", "output.plots=false",
            "--set", "plugins.multi-spin.control=" + control);
        if (code != 0) {
          throw new IOException("run failed (" + code + "): " + err);
        }
        JsonNode spin = new ObjectMapper().readTree(out.resolve("summary.json").toFile())
            .get("multi-spin");
        double[] rates = meanRates(out.resolve("blocks.csv"));
        int weakest = 0;
        for (int k = 1; k < rates.length; k++) {
          weakest = rates[k] < rates[weakest] ? k : weakest;
        }
        csv.append(String.format(Locale.ROOT, "%s,%s,%.6g,%.4g,%.4g%n", policy, control,
            spin.get("goodput_tokens_per_s").asDouble(),
            spin.get("users").get(weakest).get("gamma_mean").asDouble(), rates[weakest]));
      }
    }
    Files.writeString(dir.resolve("fa_vs_fpa.csv"), csv, StandardCharsets.UTF_8);
    System.out.print(csv);
  }

  /** Mean rate_bps_hz_k column of a blocks.csv. */
  private static double[] meanRates(Path blocks) throws IOException {
    List<String> lines = Files.readAllLines(blocks);
    String[] header = lines.get(0).split(",");
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      if (header[i].startsWith("rate_bps_hz_")) {
        columns.add(i);
      }
    }
    double[] sum = new double[columns.size()];
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      for (int k = 0; k < sum.length; k++) {
        sum[k] += Double.parseDouble(f[columns.get(k)]);
      }
    }
    for (int k = 0; k < sum.length; k++) {
      sum[k] /= lines.size() - 1;
    }
    return sum;
  }

  private static int[] filled(int g) {
    int[] gamma = new int[USERS];
    java.util.Arrays.fill(gamma, g);
    return gamma;
  }

  /** Writes {@code NAME.png} in the project's chart theme. */
  private static void save(Path dir, String name, JFreeChart chart) throws IOException {
    FigureFiles.write(dir, new Figure(name, Theme.apply(chart, "Multi-SPIN goodput model"), 800,
        500), FigureFiles.DEFAULT);
  }
}
