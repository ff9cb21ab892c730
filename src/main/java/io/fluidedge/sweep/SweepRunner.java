package io.fluidedge.sweep;

import io.fluidedge.metrics.Logging;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.metrics.RunLog;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plugin.AccuracyModelProvider;
import io.fluidedge.plugin.ChannelModelProvider;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.plugin.PolicyProvider;
import io.fluidedge.plugin.Provider;
import io.fluidedge.plugin.TrafficSourceProvider;
import io.fluidedge.run.Progress;
import io.fluidedge.run.Provenance;
import io.fluidedge.run.Replications;
import io.fluidedge.run.RunOutput;
import io.fluidedge.run.RunSession;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.ScenarioWriter;
import io.fluidedge.stats.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Logger;

/**
 * Runs a {@link SweepPlan}: locally into a resumable output directory ({@link #run}), or one
 * {@link RunSpec} at a time anywhere ({@link #runOne}).
 *
 * <p>Run {@code (cell, seed)} lives in {@code runs/<cell>-<seed>-<hash>/} with its
 * {@code summary.json} (written last, so its presence marks a finished run) and
 * {@code scenario.yaml}; {@code hash} is the first 12 hex digits of the SHA-256 of the resolved
 * scenario YAML ({@link ScenarioWriter#toYaml}, without its comment line naming the source file)
 * and the seed, so a changed scenario or grid value never reuses an old run. A run whose
 * {@code summary.json} exists and says {@code "complete": true} is skipped and its numbers read
 * back; a trace file's content is not part of the hash.
 */
public final class SweepRunner {

  /** The logger, once Log4j is ready ({@link Logging}). */
  private static Logger log() {
    return Logging.logger(SweepRunner.class);
  }

  /** The resolved scenario written beside each run's outputs. */
  public static final String SCENARIO_YAML = "scenario.yaml";

  private SweepRunner() {
  }

  /**
   * What a local sweep did.
   *
   * @param summaries one per run, in plan order
   * @param executed  runs simulated now
   * @param reused    runs read back from an earlier sweep's summary.json
   */
  public record Outcome(List<RunSummary> summaries, int executed, int reused) {

    /** Copies the summaries. */
    public Outcome {
      summaries = List.copyOf(summaries);
    }
  }

  /**
   * The scenario of one run: the base file loaded with the spec's overrides, seed replaced.
   *
   * @param spec         the run
   * @param baseScenario the sweep's scenario file
   * @return the resolved scenario
   * @throws InputException if the file or an override is bad
   */
  public static Scenario scenario(RunSpec spec, Path baseScenario) {
    return ScenarioLoader.load(baseScenario, spec.overrides()).withSeed(spec.seed());
  }

  /**
   * Simulates one run without writing files (for distributed runners: inputs and output are
   * plain strings and numbers; build the registry once per worker, e.g. with the CLI's plugin
   * loading over the same {@code --plugins} directories).
   *
   * @param spec         the run
   * @param baseScenario the sweep's scenario file, readable where this runs (with its trace)
   * @param registry     plugins
   * @return the run's summary (no curves), as a local sweep would read it from summary.json
   * @throws IOException if a temporary spool file cannot be written
   */
  public static RunSummary runOne(RunSpec spec, Path baseScenario, PluginRegistry registry)
      throws IOException {
    return RunSession.of(scenario(spec, baseScenario), registry)
        .run(RunOutput.summaryOnly(false), () -> false, null).summary();
  }

  /**
   * The content hash of a run's scenario: 12 hex digits of SHA-256 over the resolved YAML
   * (comment lines dropped, so the path the file was read from does not matter) and the seed.
   *
   * @param scenario the run's scenario, seed set
   * @return 12 lower-case hex digits
   */
  public static String hash(Scenario scenario) {
    StringBuilder text = new StringBuilder();
    for (String line : ScenarioWriter.toYaml(scenario).split("\n")) {
      if (!line.startsWith("#")) {
        text.append(line).append('\n');
      }
    }
    text.append("seed=").append(scenario.seed()).append('\n');
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The directory name of a run: {@code <cell>-<seed>-<hash>}.
   *
   * @param spec     the run
   * @param scenario its scenario ({@link #scenario})
   * @return the name
   */
  public static String runName(RunSpec spec, Scenario scenario) {
    return spec.cellIndex() + "-" + spec.seed() + "-" + hash(scenario);
  }

  /**
   * Loads the scenario of every cell (seed of replication 0) and checks its plugin names.
   *
   * @param plan         the plan
   * @param baseScenario the sweep's scenario file
   * @param registry     plugins, for the name checks
   * @return one scenario per cell
   * @throws InputException naming the {@code --grid} option of a bad key or value
   */
  public static List<Scenario> cells(SweepPlan plan, Path baseScenario, PluginRegistry registry) {
    for (SweepGrid g : plan.grids()) {
      for (int i = 0; i < g.values().size(); i++) {
        List<String> overrides = new ArrayList<>(plan.baseOverrides());
        overrides.add(g.override(i));
        Scenario s;
        try {
          s = ScenarioLoader.load(baseScenario, overrides);
        } catch (InputException e) {
          throw InputException.argument("--grid " + g.key(), e.getMessage());
        }
        checkPlugins(s, registry, plan);
      }
    }
    List<Scenario> cells = new ArrayList<>();
    for (int c = 0; c < plan.cells(); c++) {
      try {
        cells.add(ScenarioLoader.load(baseScenario, plan.cellOverrides(c)));
      } catch (InputException e) {
        throw InputException.argument("--grid", "cell " + c + " " + plan.cellValues(c) + ": "
            + e.getMessage());
      }
    }
    return List.copyOf(cells);
  }

  /**
   * Runs a sweep into {@code outDir} (prepared by {@link SweepDirectory#prepare}), skipping
   * runs finished by an earlier sweep, and writes the manifest first and results.csv last.
   *
   * @param plan         the plan
   * @param baseScenario the sweep's scenario file
   * @param registry     plugins
   * @param outDir       the output directory
   * @param threads      pool size P
   * @param err          progress reports (stderr)
   * @return the summaries in plan order and what was run or reused
   * @throws IOException if an output file cannot be written
   */
  public static Outcome run(SweepPlan plan, Path baseScenario, PluginRegistry registry,
      Path outDir, int threads, PrintWriter err) throws IOException {
    List<Scenario> cells = cells(plan, baseScenario, registry);
    SweepDirectory.writeManifest(outDir, plan, baseScenario.toString());
    List<RunSpec> runs = plan.runs();
    RunSummary[] summaries = new RunSummary[runs.size()];
    List<Callable<Void>> todo = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunSpec spec = runs.get(i);
      Scenario s = cells.get(spec.cellIndex()).withSeed(spec.seed());
      Path dir = outDir.resolve(SweepDirectory.RUNS).resolve(runName(spec, s));
      summaries[i] = finished(dir, spec.seed());
      if (summaries[i] == null) {
        int index = i;
        todo.add(() -> {
          OutputDirectory.prepare(dir, true);
          Thread self = Thread.currentThread();
          summaries[index] = RunSession.of(s, registry)
              .run(RunOutput.directory(dir, false), self::isInterrupted, null).summary();
          return null;
        });
      }
    }
    int reused = runs.size() - todo.size();
    if (Progress.shown()) {
      err.println(String.format(Locale.ROOT, "sweep: %d cells x %d replications = %d runs; "
          + "%d already done, %d to run", plan.cells(), plan.replications(), runs.size(), reused,
          todo.size()));
      err.flush();
    }
    log().info(RunLog.SHOWN, "sweep of {}: {} cells x {} replications = {} runs; {} already done", baseScenario,
        plan.cells(), plan.replications(), runs.size(), reused);
    Progress progress = Progress.onStderr(err, "sweep", todo.size());
    Replications.inParallel(todo, threads, progress::step);
    List<RunSummary> all = Arrays.asList(summaries);
    ResultsCsv.write(outDir.resolve(ResultsCsv.FILE), plan, all);
    Provenance.write(outDir, baseScenario);
    log().info("sweep written to {}: {} runs, {} run now, {} read back", outDir, runs.size(),
        todo.size(), reused);
    return new Outcome(all, todo.size(), reused);
  }

  /** The summary of a finished run in {@code dir}, or null if there is none to trust. */
  private static RunSummary finished(Path dir, long seed) {
    Path file = dir.resolve(RunOutputs.SUMMARY_JSON);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      RunSummary s = RunSummary.read(file);
      return s.complete() && s.seed() == seed ? s : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static void checkPlugins(Scenario s, PluginRegistry registry, SweepPlan plan) {
    check(registry, ChannelModelProvider.class, s.radio().channel(), "radio.channel", plan);
    check(registry, AccuracyModelProvider.class, s.model().accuracy(), "model.accuracy", plan);
    check(registry, PolicyProvider.class, s.optimizer().policy(), "optimizer.policy", plan);
    check(registry, TrafficSourceProvider.class, s.traffic().source(), "traffic.source", plan);
  }

  private static void check(PluginRegistry registry, Class<? extends Provider<?>> kind,
      String name, String key, SweepPlan plan) {
    List<String> known = registry.names(kind);
    if (!known.contains(name.toLowerCase(Locale.ROOT))) {
      boolean gridded = plan.grids().stream().anyMatch(g -> g.key().equals(key));
      throw InputException.argument(gridded ? "--grid " + key : key, "unknown "
          + PluginRegistry.kindName(kind) + " '" + name + "'; known: " + String.join(", ", known));
    }
  }
}
