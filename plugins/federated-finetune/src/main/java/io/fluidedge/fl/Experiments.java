package io.fluidedge.fl;

import io.fluidedge.metrics.RunListener;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.stats.MeanCi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's experiments, one command each (see {@code experiments.sh}): every configuration
 * is the plugin's scenario with a few settings changed, simulated by the core on seeds
 * 1..replications (the same seeds, hence the same channels, for every configuration), and
 * summarised as a CSV of means with 95 % confidence half-widths plus PNG figures.
 *
 * <ul>
 *   <li>{@code layouts}: optimized vs fixed (λ/2 array) vs random positions at equal budgets,
 *       K = 1 and 2 (layouts.csv, layouts-rounds.csv; layouts-bound.png, layouts-mse.png);</li>
 *   <li>{@code concurrency}: K ∈ {1, 2, 4, 8}, optimized vs fixed (concurrency.csv,
 *       concurrency.png);</li>
 *   <li>{@code fairness}: the selection rules at K ∈ {1, 2, 4, 8} (fairness.csv,
 *       fairness.png).</li>
 * </ul>
 * Usage: {@code Experiments NAME SCENARIO OUT_DIR [REPLICATIONS]}.
 */
public final class Experiments {

  private static final String[] LAYOUTS = {"optimized", "fixed", "random"};
  private static final int[] CONCURRENCY = {1, 2, 4, 8};
  private static final String[] RULES = {"exhaustive", "fair-exhaustive", "top-gain", "random",
      "round-robin"};

  private final Path scenario;
  private final Path out;
  private final int replications;
  private final PluginRegistry registry;

  private Experiments(Path scenario, Path out, int replications) {
    this.scenario = scenario;
    this.out = out;
    this.replications = replications;
    this.registry = PluginRegistry.load(Experiments.class.getClassLoader());
  }

  /**
   * Runs one experiment.
   *
   * @param args NAME (layouts | concurrency | fairness), SCENARIO, OUT_DIR, [REPLICATIONS (3)]
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: Experiments layouts|concurrency|fairness SCENARIO OUT_DIR "
          + "[REPLICATIONS]");
      System.exit(2);
    }
    int reps = args.length == 4 ? Integer.parseInt(args[3]) : 3;
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Experiments e = new Experiments(Path.of(args[1]), out, reps);
    try {
      switch (args[0]) {
        case "layouts" -> e.layouts();
        case "concurrency" -> e.concurrency();
        case "fairness" -> e.fairness();
        default -> {
          System.err.println("unknown experiment '" + args[0]
              + "'; known: layouts, concurrency, fairness");
          System.exit(2);
        }
      }
    } catch (InputException bad) {
      System.err.println(bad.getMessage());
      System.exit(2);
    }
  }

  /** The rounds of one run of the scenario with {@code overrides}. */
  private List<RoundRecord> run(long seed, String... overrides) {
    List<String> set = new ArrayList<>(List.of("seed=" + seed));
    set.addAll(List.of(overrides));
    Scenario s = ScenarioLoader.load(scenario, set);
    Components components = Components.of(s, registry);
    // Only the plugin's rounds are wanted: the core's records go nowhere.
    NetworkSimulation.run(s, components, new RunListener() { }, () -> false);
    FederatedFineTune fl = (FederatedFineTune) components.entities().get("fl");
    System.err.printf(Locale.ROOT, "  seed %d %s: %d rounds%n", seed, String.join(" ", overrides),
        fl.training().rounds().size());
    return fl.training().rounds();
  }

  /** Per-run metrics of one configuration over the replications. */
  private Map<String, MeanCi> metrics(List<List<RoundRecord>> runs) {
    String[] names = {"mse_mean", "rounds", "bound_final", "perplexity_final", "energy_j",
        "elapsed_s", "jain"};
    double[][] v = new double[names.length][runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      List<RoundRecord> r = runs.get(i);
      RoundRecord last = r.get(r.size() - 1);
      double mse = 0;
      for (RoundRecord x : r) {
        mse += x.design().mse() / r.size();
      }
      double[] row = {mse, r.size(), last.bound(), last.perplexity(), last.spentJ(),
          last.elapsedS(), last.jain()};
      for (int j = 0; j < names.length; j++) {
        v[j][i] = row[j];
      }
    }
    Map<String, MeanCi> m = new LinkedHashMap<>();
    for (int j = 0; j < names.length; j++) {
      m.put(names[j], MeanCi.of(v[j]));
    }
    return m;
  }

  private List<List<RoundRecord>> replicate(String... overrides) {
    List<List<RoundRecord>> runs = new ArrayList<>();
    for (long seed = 1; seed <= replications; seed++) {
      runs.add(run(seed, overrides));
    }
    return runs;
  }

  /** One CSV row: the keys, then mean and ci95 of every metric. */
  private static String row(String keys, Map<String, MeanCi> m) {
    StringBuilder sb = new StringBuilder(keys);
    sb.append(',').append(m.values().iterator().next().count());
    for (MeanCi c : m.values()) {
      sb.append(String.format(Locale.ROOT, ",%.6g,%.3g", c.mean(), c.ci95()));
    }
    return sb.append('\n').toString();
  }

  private static String header(String keys) {
    StringBuilder sb = new StringBuilder(keys).append(",replications");
    for (String n : new String[] {"mse_mean", "rounds", "bound_final", "perplexity_final",
        "energy_j", "elapsed_s", "jain"}) {
      sb.append(',').append(n).append(',').append(n).append("_ci95");
    }
    return sb.append('\n').toString();
  }

  private void layouts() throws IOException {
    StringBuilder csv = new StringBuilder(header("concurrency,layout"));
    StringBuilder rounds = new StringBuilder("concurrency,layout,round,mse_mean,bound_mean\n");
    Map<String, List<double[]>> bound = new LinkedHashMap<>();
    Map<String, List<double[]>> mse = new LinkedHashMap<>();
    for (int k : new int[] {1, 2}) {
      for (String layout : LAYOUTS) {
        List<List<RoundRecord>> runs = replicate("plugins.fl.concurrency=" + k,
            "plugins.fl.layout=" + layout);
        csv.append(row(k + "," + layout, metrics(runs)));
        int n = runs.stream().mapToInt(List::size).min().orElse(0);
        List<double[]> b = new ArrayList<>();
        List<double[]> e = new ArrayList<>();
        for (int r = 0; r < n; r++) {
          double mb = 0;
          double me = 0;
          for (List<RoundRecord> run : runs) {
            mb += run.get(r).bound() / runs.size();
            me += run.get(r).design().mse() / runs.size();
          }
          rounds.append(String.format(Locale.ROOT, "%d,%s,%d,%.6g,%.6g%n", k, layout, r + 1, me,
              mb));
          b.add(new double[] {r + 1, mb});
          e.add(new double[] {r + 1, me});
        }
        bound.put(layout + " K=" + k, b);
        mse.put(layout + " K=" + k, e);
      }
    }
    Files.writeString(out.resolve("layouts.csv"), csv);
    Files.writeString(out.resolve("layouts-rounds.csv"), rounds);
    LineChart.write(out.resolve("layouts-bound.png"), "Convergence bound over rounds",
        "round", "bound (E24)", false, bound);
    LineChart.write(out.resolve("layouts-mse.png"), "OTA aggregation MSE over rounds",
        "round", "MSE", true, mse);
  }

  private void concurrency() throws IOException {
    byConcurrency("layout", new String[] {"optimized", "fixed"}, "perplexity_final",
        "concurrency", "Perplexity proxy after the budget vs K", "perplexity proxy (E25)");
  }

  private void fairness() throws IOException {
    byConcurrency("selection", RULES, "jain", "fairness", "Participation fairness (Jain) vs K",
        "Jain index");
  }

  /**
   * Every value of one setting at every K ∈ {1, 2, 4, 8}: {@code name}.csv with all metrics and
   * {@code name}.png of one metric against K, a line per value.
   */
  private void byConcurrency(String setting, String[] values, String metric, String name,
      String title, String yLabel) throws IOException {
    StringBuilder csv = new StringBuilder(header("concurrency," + setting));
    Map<String, List<double[]>> lines = new LinkedHashMap<>();
    for (String value : values) {
      List<double[]> points = new ArrayList<>();
      for (int k : CONCURRENCY) {
        Map<String, MeanCi> m = metrics(replicate("plugins.fl.concurrency=" + k,
            "plugins.fl." + setting + "=" + value));
        csv.append(row(k + "," + value, m));
        points.add(new double[] {k, m.get(metric).mean()});
      }
      lines.put(value, points);
    }
    Files.writeString(out.resolve(name + ".csv"), csv);
    LineChart.write(out.resolve(name + ".png"), title, "concurrency K", yLabel, false, lines);
  }
}
