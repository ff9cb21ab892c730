package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.ScenarioOptions;
import io.fluidedge.compare.CompareReport;
import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Logging;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.plots.CompareCharts;
import io.fluidedge.plots.Folders;
import io.fluidedge.plots.PlotFormat;
import io.fluidedge.report.Report;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.plugin.PolicyProvider;
import io.fluidedge.run.Progress;
import io.fluidedge.run.Provenance;
import io.fluidedge.run.Replications;
import io.fluidedge.run.RunOutput;
import io.fluidedge.run.WorkEstimate;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioWriter;
import io.fluidedge.stats.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare SCENARIO --policies a,b,... [--replications R] [--parallel P] [--out DIR]}:
 * runs every policy on the same R seeds (common random numbers) and reports means and paired
 * differences against the first policy with 95 % confidence intervals.
 *
 * <p>Writes compare.csv (contract), compare.md, compare_windows.csv, compare_latency_cdf.png,
 * compare_latency_over_time.png and the resolved scenario.yaml, and prints compare.md.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Run policies on the same seeds; paired differences with 95%% confidence "
        + "intervals.")
public final class CompareCommand implements Callable<Integer> {

  @Mixin
  private ScenarioOptions options;

  /** The logger, once Log4j is ready ({@link Logging}). */
  private static Logger log() {
    return Logging.logger(CompareCommand.class);
  }

  @Option(names = "--policies", required = true, split = ",", paramLabel = "POLICY",
      description = "Policies to compare; differences are against the first.")
  private List<String> policies;

  @Option(names = "--replications", defaultValue = "5", paramLabel = "R",
      description = "Seeds per policy: seed, seed+1, ... (default: ${DEFAULT-VALUE}).")
  private int replications;

  @Option(names = "--parallel", paramLabel = "P",
      description = "Runs at a time (default: the number of processors).")
  private Integer parallel;

  @Option(names = "--out", defaultValue = "out/compare", paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--keep-runs", description = "Keep each run's outputs (summary.json, "
      + "windows.csv, blocks.csv, latency.hlog, scenario.yaml) under runs/<policy>/<seed>/.")
  private boolean keepRuns;

  @Option(names = "--force", description = "Overwrite the outputs in a non-empty output directory.")
  private boolean force;

  @Option(names = "--allow-large", description = "Run even when a run's work estimate exceeds "
      + "its limits (blocks, requests, output bytes).")
  private boolean allowLarge;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = options.loadWithLocations();
    Scenario base = loaded.scenario();
    PluginRegistry registry = PluginLoading.registry(options.pluginDirs());
    List<String> names = checkedPolicies(registry);
    PluginLoading.requireKnown(registry, new LoadedScenario(
        base.withOptimizer(base.optimizer().withPolicy(names.get(0))), loaded.locations()));
    if (replications < 1) {
      throw InputException.argument("--replications", "must be >= 1: " + replications);
    }
    int threads = Parallelism.threads(parallel);
    TracePrescan.Result trace = TracePrescan.scan(loaded, registry,
        allowLarge ? Long.MAX_VALUE : (long) WorkEstimate.MAX_REQUESTS);
    WorkEstimate.of(base, trace != null ? trace.requests() : -1).check(allowLarge);
    try (OutputLock lock = OutputDirectory.open(out, force, "compare")) {
      return compare(base, names, registry, threads);
    }
  }

  /** Runs every policy on every seed into the locked output directory and writes the report. */
  private int compare(Scenario base, List<String> names, PluginRegistry registry, int threads)
      throws IOException {
    List<Long> seeds = Replications.seeds(base.seed(), replications);
    List<Scenario> runs = new ArrayList<>();
    for (String policy : names) {
      Scenario s = base.withOptimizer(base.optimizer().withPolicy(policy));
      for (long seed : seeds) {
        runs.add(s.withSeed(seed));
      }
    }
    log().info("compare of {} (scenario '{}'): policies {}, {} replications, {} runs on {} threads",
        options.scenarioFile(), base.name(), names, replications, runs.size(), threads);
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.onStderr(err, "compare", runs.size());
    List<RunSummary> all = Replications.run(runs, s -> keepRuns
        ? new RunOutput(OutputDirectory.prepare(out.resolve("runs")
            .resolve(s.optimizer().policy()).resolve(Long.toString(s.seed())), true), false, true)
        : RunOutput.summaryOnly(true), registry, threads, progress::step);
    List<List<RunSummary>> byPolicy = new ArrayList<>();
    for (int p = 0; p < names.size(); p++) {
      byPolicy.add(all.subList(p * replications, (p + 1) * replications));
    }

    AtomicFiles.writeString(out.resolve("scenario.yaml"), ScenarioWriter.toYaml(base));
    Provenance.write(out, options.scenarioFile());
    String title = String.format(Locale.ROOT, "compare: %s (%s), %d replications, seeds %d..%d",
        base.name(), options.scenarioFile(), replications, seeds.get(0),
        seeds.get(seeds.size() - 1));
    String md = CompareReport.write(out, title, names, byPolicy);
    CompareCharts.write(out, CompareCharts.of(title.substring("compare: ".length()), names,
        byPolicy), PlotFormat.of(base.output().plotFormats()));
    Report.write(out, Folders.Kind.COMPARE);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(md);
    stdout.println();
    stdout.println("outputs in " + out);
    log().info("compare written to {}", out);
    return CommandLines.OK;
  }

  /** The policy names, each known to the registry and given once. */
  private List<String> checkedPolicies(PluginRegistry registry) {
    List<String> known = registry.names(PolicyProvider.class);
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String raw : policies) {
      String name = raw.trim();
      String key = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw InputException.argument("--policies", "empty policy name in " + policies);
      }
      if (!known.contains(key)) {
        throw InputException.argument("--policies", "unknown policy '" + name + "'; known: "
            + String.join(", ", known));
      }
      if (!seen.add(key)) {
        throw InputException.argument("--policies", "policy '" + name + "' given twice");
      }
      names.add(name);
    }
    return names;
  }
}
