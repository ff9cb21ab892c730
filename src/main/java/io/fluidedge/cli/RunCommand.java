package io.fluidedge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.command.CommandLines;
import io.fluidedge.command.ScenarioOptions;
import io.fluidedge.inference.AccuracyMetric;
import io.fluidedge.metrics.Formats;
import io.fluidedge.metrics.Logging;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.metrics.RunLog;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.run.Progress;
import io.fluidedge.run.RunOutcome;
import io.fluidedge.run.RunOutput;
import io.fluidedge.run.RunSession;
import io.fluidedge.run.WorkEstimate;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.sim.RunResult;
import io.fluidedge.stats.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run SCENARIO [--out DIR] [--seed N] [--set k=v]... [--force]}: simulates a scenario and
 * writes the outputs of docs/formats.md (summary.json, windows.csv, blocks.csv, latency.hlog, plots/,
 * optional requests.csv.gz and trace.json) plus the fully resolved scenario.yaml. Entity plugins
 * named in the scenario's {@code plugins:} section add their summary.json sections (under their
 * names) and blocks.csv columns.
 *
 * <p>Every input is checked before the output directory is touched: the scenario, the plugin
 * names, the output directory (given with {@code --out}: refused if it is a file, or non-empty
 * without {@code --force}; else chosen so that no earlier run is overwritten)
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

  /** Least wall time between two plain progress lines of a run (stderr not a terminal), s. */
  private static final double PLAIN_PROGRESS_GAP_S = 10;

  /** The logger, once Log4j is ready ({@link Logging}). */
  private static Logger log() {
    return Logging.logger(RunCommand.class);
  }

  @Mixin
  private ScenarioOptions options;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: the scenario's output.dir if it sets one, else "
          + "out/<scenario file name>; taken, a fresh numbered folder beside it).")
  private Path out;

  @Option(names = "--force", description = "Overwrite the outputs in a non-empty output directory.")
  private boolean force;

  @Option(names = "--allow-large", description = "Run even when the work estimate exceeds "
      + "its limits (blocks, requests, output bytes).")
  private boolean allowLarge;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = options.loadWithLocations();
    Scenario scenario = loaded.scenario();
    PluginRegistry registry = PluginLoading.registry(options.pluginDirs());
    PluginLoading.requireKnown(registry, loaded);
    Path dir = out != null ? out : defaultDir(loaded);
    OutputDirectory.check(dir, force);
    PrintWriter stdout = spec.commandLine().getOut();
    TracePrescan.Result trace = TracePrescan.scan(loaded, registry,
        allowLarge ? Long.MAX_VALUE : (long) WorkEstimate.MAX_REQUESTS);
    WorkEstimate estimate = WorkEstimate.of(scenario, trace != null ? trace.requests() : -1);
    estimate.check(allowLarge);
    FullJit jit = FullJit.current();
    if (jit.restarts(estimate)) {
      stdout.flush();
      try {
        return jit.restart(spec.root().commandLine().getParseResult().originalArgs());
      } catch (IOException e) {
        warn("note: cannot start a JVM with the full JIT (" + e.getMessage() + "); the run "
            + "goes on with the quick compiler");
      }
    }
    if (trace != null) {
      stdout.printf(Locale.ROOT, "trace %s checked: %d requests to replay, %d bad rows skipped%n",
          trace.file(), trace.requests(), trace.rejected());
      log().info(RunLog.SHOWN, "trace {} checked: {} requests to replay, {} bad rows skipped",
          trace.file(), trace.requests(), trace.rejected());
      if (trace.firstRejection() != null) {
        warn("warning: first skipped row: " + trace.firstRejection());
        log().warn(RunLog.SHOWN, "first skipped row: {}", trace.firstRejection());
      }
      String beyond = RunWarnings.traceBeyond(trace, scenario.durationS());
      if (beyond != null) {
        warn(beyond);
      }
    }
    stdout.println("estimate: " + estimate.describe());
    String jitNote = jit.note(estimate);
    if (jitNote != null) {
      warn(jitNote);
    }
    boolean created = !Files.exists(dir);
    try (OutputLock lock = OutputDirectory.open(dir, force, "run")) {
      log().info("run of {} (scenario '{}', seed {}) into {}", options.scenarioFile(),
          scenario.name(), scenario.seed(), dir);
      log().info(RunLog.SHOWN, "estimate: {}", estimate.describe());
      if (jit.restarted()) {
        log().info("restarted with the full JIT for {} expected requests (bin/fluidedge starts "
            + "runs with the quick compiler alone)",
            String.format(Locale.ROOT, "%.3g", estimate.requests()));
      }
      simulate(loaded, registry, dir, stdout);
    } catch (Exception | Error e) {
      if (created) {
        deleteIfEmpty(dir);
      }
      throw e;
    }
    return CommandLines.OK;
  }

  /**
   * Runs the session into {@code dir} under a shutdown hook that turns SIGINT/SIGTERM into a
   * stop at the next event boundary and holds the JVM until the outputs are written.
   */
  private void simulate(LoadedScenario loaded, PluginRegistry registry, Path dir,
      PrintWriter stdout) throws IOException {
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
    Progress progress = Progress.simulated(spec.commandLine().getErr(), "run",
        scenario.durationS(), System.console() != null, PLAIN_PROGRESS_GAP_S);
    try {
      RunOutcome outcome = RunSession.of(loaded, registry).run(RunOutput.directory(dir, true),
          stop::get, () -> {
            stdout.printf(Locale.ROOT, "started: %s s of '%s' (seed %d) into %s; SIGINT or "
                + "SIGTERM stops early and keeps the outputs%n",
                Formats.decimal(scenario.durationS()), scenario.name(), scenario.seed(), dir);
            stdout.flush();
          }, Progress.shown() ? progress.blockTimes() : null);
      progress.finish();
      report(stdout, dir, outcome.result(), outcome.summary(), outcome.summaryJson());
      RunWarnings.overloads(outcome.result()).forEach(this::warn);
    } finally {
      progress.finish();
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

  /**
   * The output folder without {@code --out}: the scenario's {@code output.dir} when the scenario
   * (or {@code --set}) gives one, else {@code out/<scenario file name without .yaml>}; when that
   * holds an earlier run's files, the first of {@code <dir>-2}, {@code <dir>-3}, ... that is free
   * (with {@code --force}, the folder itself), so running a scenario twice never overwrites.
   */
  private Path defaultDir(LoadedScenario loaded) throws IOException {
    Scenario scenario = loaded.scenario();
    Path base;
    if (loaded.locations().isUserSet("output.dir")) {
      base = Path.of(scenario.output().dir());
    } else {
      String name = Path.of(scenario.source()).getFileName().toString();
      base = Path.of("out", name.replaceFirst("\\.(yaml|yml)$", ""));
    }
    return force ? base : OutputDirectory.free(base);
  }

  /**
   * Removes a directory this run created if the run failed before writing anything into it
   * (its lock file and manifest aside).
   */
  private static void deleteIfEmpty(Path dir) {
    try {
      if (OutputDirectory.isEmpty(dir)) {
        Files.deleteIfExists(dir.resolve(RunLog.FILE));
        Files.deleteIfExists(dir.resolve(OutputLock.MANIFEST_FILE));
        Files.deleteIfExists(dir.resolve(OutputLock.LOCK_FILE));
        Files.delete(dir);
      }
    } catch (IOException e) {
      // Best effort: the failure being reported matters more than an empty directory.
    }
  }

  private static void report(PrintWriter out, Path dir, RunResult r, RunSummary summary,
      String json) {
    out.printf(Locale.ROOT, "%s %.3f s simulated in %.2f s wall (%.1f simulated s per wall s): "
            + "%d events, %d blocks, optimizer %.0f%% of wall time%n",
        r.complete() ? "completed" : "stopped early:", r.simulatedS(), r.wallMs() / 1000,
        r.simulatedS() / Math.max(r.wallMs() / 1000, 1e-9), r.events(), r.blocks(),
        100 * r.optimizerTimeShare());
    out.printf(Locale.ROOT, "requests: %d arrived, %d completed, %d in flight, %d dropped%s%n",
        r.arrived(), r.completed(), r.inFlight(), r.dropped(),
        r.expired() > 0 ? ", " + r.expired() + " expired" : "");
    if (summary.completed() > 0) {
      AccuracyMetric metric = accuracyMetric(json);
      out.printf(Locale.ROOT, "latency: mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms; "
          + "mean %s %s%n", 1e3 * summary.latencyMeanS(), 1e3 * summary.latencyP50S(),
          1e3 * summary.latencyP99S(), 1e3 * summary.latencyMaxS(), metric.name(),
          metric.withUnit(String.format(Locale.ROOT, "%.1f", summary.psnrDbMean())));
    }
    TokenReport.print(out, json, r.wallMs());
    TokenReport.printDeadline(out, json);
    out.printf(Locale.ROOT, "outputs in %s%n", dir);
  }

  /** The accuracy metric summary.json names (PSNR in dB when it names none). */
  private static AccuracyMetric accuracyMetric(String json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      JsonNode name = root.get("accuracy_metric");
      JsonNode unit = root.get("accuracy_unit");
      return name == null || unit == null ? AccuracyMetric.PSNR
          : new AccuracyMetric(name.asText(), unit.asText());
    } catch (JsonProcessingException e) {
      return AccuracyMetric.PSNR;
    }
  }

  /** Prints a warning or note on stderr, unless only errors are to be shown ({@code -q}). */
  private void warn(String line) {
    if (Logging.warningsShown()) {
      spec.commandLine().getErr().println(line);
    }
  }
}
