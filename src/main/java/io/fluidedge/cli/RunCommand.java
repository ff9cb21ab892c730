package io.fluidedge.cli;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.Formats;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioWriter;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.sim.Recording;
import io.fluidedge.sim.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run SCENARIO [--out DIR] [--seed N] [--set k=v]... [--force]}: simulates a scenario and
 * writes the DESIGN §4 outputs (summary.json, windows.csv, blocks.csv, latency.hlog, plots/,
 * optional requests.csv.gz and trace.json) plus the fully resolved scenario.yaml. Entity plugins
 * named in the scenario's {@code plugins:} section add their summary.json sections (under their
 * names) and blocks.csv columns.
 *
 * <p>Every input is checked before the output directory is touched: the scenario, the plugin
 * names, the output directory (refused if it is a file, or non-empty without {@code --force})
 * and the traffic source, a trace being read once to the run's end ({@link TracePrescan}). A run
 * that fails later removes the output directory if it created it and nothing was written.
 *
 * <p>SIGINT and SIGTERM stop the run at the next event boundary: a shutdown hook raises the stop
 * flag and waits (up to a minute) for the outputs of the time simulated so far to be written,
 * with {@code "complete": false} in summary.json. Every file is written atomically. The line
 * {@code started: ...} on stdout marks the start of the simulation.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Simulate a scenario and write summary.json, windows.csv, blocks.csv, "
        + "latency.hlog and plots.")
public final class RunCommand implements Callable<Integer> {

  @Mixin
  private ScenarioOptions options;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: the scenario's output.dir).")
  private Path out;

  @Option(names = "--force", description = "Overwrite the outputs in a non-empty output directory.")
  private boolean force;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = options.loadWithLocations();
    Scenario scenario = loaded.scenario();
    PluginRegistry registry = PluginLoading.registry(options.pluginDirs());
    PluginLoading.requireKnown(registry, loaded);
    Path dir = out != null ? out : Path.of(scenario.output().dir());
    OutputDirectory.check(dir, force);
    PrintWriter stdout = spec.commandLine().getOut();
    TracePrescan.Result trace = TracePrescan.scan(loaded);
    if (trace != null) {
      stdout.printf(Locale.ROOT, "trace %s checked: %d requests to replay, %d bad rows skipped%n",
          trace.file(), trace.requests(), trace.rejected());
      if (trace.firstRejection() != null) {
        spec.commandLine().getErr().println("warning: first skipped row: "
            + trace.firstRejection());
      }
    }
    boolean created = !Files.exists(dir);
    OutputDirectory.prepare(dir, force);
    try {
      simulate(loaded, registry, dir, trace, stdout);
    } catch (Exception | Error e) {
      if (created) {
        deleteIfEmpty(dir);
      }
      throw e;
    }
    return Main.OK;
  }

  /**
   * Runs the simulation into {@code dir} under a shutdown hook that turns SIGINT/SIGTERM into a
   * stop at the next event boundary and holds the JVM until the outputs are written.
   */
  private void simulate(LoadedScenario loaded, PluginRegistry registry, Path dir,
      TracePrescan.Result trace, PrintWriter stdout) throws IOException {
    Scenario scenario = loaded.scenario();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch written = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.set(true);
      try {
        written.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "fluidedge-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (RunRecorder recorder = new RunRecorder(scenario.radio().users(),
        scenario.output().windowS(), scenario.output().requestsCsv(),
        scenario.output().traceJson(), dir)) {
      Components components = Components.of(scenario, registry);
      stdout.printf(Locale.ROOT, "started: %s s of '%s' (seed %d) into %s; SIGINT or SIGTERM "
          + "stops early and keeps the outputs%n", Formats.decimal(scenario.durationS()),
          scenario.name(), scenario.seed(), dir);
      stdout.flush();
      RunResult result = NetworkSimulation.run(scenario, components, Recording.of(recorder),
          stop::get);
      Map<String, Object> traffic = new LinkedHashMap<>();
      traffic.put("rejected_rows", result.rejectedRows());
      if (trace != null && trace.firstRejection() != null) {
        traffic.put("first_rejected_row", trace.firstRejection());
      }
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("events", result.events());
      run.put("run_wall_ms", result.wallMs());
      run.put("optimizer_wall_ms", result.optimizerWallMs());
      RunInfo info = RunInfo.of(scenario.name(), scenario.seed(), result.complete(),
          result.simulatedS(), result.inFlight())
          .withSection("traffic", traffic)
          .withSection("engine", run);
      info = withPluginSections(info, components, loaded);
      AtomicFiles.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario));
      RunOutputs.write(dir, info, recorder, scenario.output().plots());
      writePluginFiles(dir, components);
      report(stdout, dir, result, recorder);
    } finally {
      written.countDown();
      if (!stop.get()) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The JVM is already stopping; the hook is running and will return.
        }
      }
    }
  }

  /** Removes a directory this run created if the run failed before writing anything into it. */
  private static void deleteIfEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(dir);
      }
    } catch (IOException e) {
      // Best effort: the failure being reported matters more than an empty directory.
    }
  }

  /** Each entity plugin's summary, as a section under its name (empty summaries add none). */
  private static RunInfo withPluginSections(RunInfo info, Components components,
      LoadedScenario loaded) {
    RunInfo out = info;
    for (Map.Entry<String, EntityPlugin> e : components.entities().entrySet()) {
      Map<String, Object> section = e.getValue().summary();
      if (section == null || section.isEmpty()) {
        continue;
      }
      String name = e.getKey();
      String clash = "summary.json already has a key '" + name
          + "'; this entity plugin's section would replace it";
      if (out.sections().containsKey(name)) {
        throw loaded.locations().keyError("plugins." + name, clash);
      }
      try {
        out = out.withSection(name, section);
      } catch (IllegalArgumentException reserved) {
        throw loaded.locations().keyError("plugins." + name, clash);
      }
    }
    return out;
  }

  /** Each entity plugin's extra files ({@link EntityPlugin#outputFiles}), written atomically. */
  private static void writePluginFiles(Path dir, Components components) throws IOException {
    Set<String> taken = new HashSet<>(CORE_OUTPUTS);
    for (Map.Entry<String, EntityPlugin> e : components.entities().entrySet()) {
      for (Map.Entry<String, String> f : e.getValue().outputFiles().entrySet()) {
        checkPluginFile(e.getKey(), f.getKey(), taken);
        AtomicFiles.writeString(dir.resolve(f.getKey()), f.getValue());
      }
    }
  }

  /** The names of the core's own outputs, which plugin files may not take. */
  static final List<String> CORE_OUTPUTS = List.of("summary.json", "windows.csv", "blocks.csv",
      "latency.hlog", "scenario.yaml", "requests.csv.gz", "trace.json", "plots");

  /**
   * Checks a plugin's output file name and adds it to {@code taken} (modified).
   *
   * @throws IllegalStateException for a name with a directory part or other characters than
   *                               letters, digits, '.', '_' and '-', a leading '.', or a name
   *                               already taken (a core output or another plugin's file)
   */
  static void checkPluginFile(String plugin, String file, Set<String> taken) {
    if (!file.matches("[A-Za-z0-9._-]+") || file.startsWith(".") || !taken.add(file)) {
      throw new IllegalStateException("entity plugin '" + plugin
          + "' may not write an output file named '" + file + "'");
    }
  }

  private static void report(PrintWriter out, Path dir, RunResult r, RunRecorder rec) {
    var latency = rec.latency();
    out.printf(Locale.ROOT, "%s %.3f s simulated in %.2f s wall (%.1f simulated s per wall s): "
            + "%d events, %d blocks, optimizer %.0f%% of wall time%n",
        r.complete() ? "completed" : "stopped early:", r.simulatedS(), r.wallMs() / 1000,
        r.simulatedS() / Math.max(r.wallMs() / 1000, 1e-9), r.events(), r.blocks(),
        100 * r.optimizerTimeShare());
    out.printf(Locale.ROOT, "requests: %d arrived, %d completed, %d in flight, %d dropped%n",
        r.arrived(), r.completed(), r.inFlight(), r.dropped());
    if (latency.count() > 0) {
      out.printf(Locale.ROOT, "latency: mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms; "
          + "mean PSNR %.1f dB%n", 1e3 * latency.meanS(), 1e3 * latency.p50S(),
          1e3 * latency.p99S(), 1e3 * latency.maxS(), rec.psnrDbMean());
    }
    out.printf(Locale.ROOT, "outputs in %s%n", dir);
  }
}
