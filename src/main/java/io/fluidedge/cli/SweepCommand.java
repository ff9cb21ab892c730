package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.SweepOptions;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.run.WorkEstimate;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.SourceMap;
import io.fluidedge.sweep.ResultsCsv;
import io.fluidedge.sweep.SweepDirectory;
import io.fluidedge.sweep.SweepPlan;
import io.fluidedge.sweep.SweepRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sweep SCENARIO --grid key=v1,v2,... [--grid ...] --replications R [--parallel P]
 * [--out DIR]}: every cell of the grids' cross product on the same R seeds; one results.csv row
 * per cell and one run directory per run below runs/.
 *
 * <p>Re-running into an earlier sweep's directory (it holds sweep.json) resumes without
 * {@code --force}: finished runs are read back, not simulated again.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run the cross product of grids of scenario keys, R seeds per cell; resumable.")
public final class SweepCommand implements Callable<Integer> {

  @Mixin
  private SweepOptions options;

  @Option(names = "--parallel", paramLabel = "P",
      description = "Runs at a time (default: the number of processors).")
  private Integer parallel;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PluginRegistry registry = PluginLoading.registry(options.scenario().pluginDirs());
    SweepPlan plan = options.plan(registry);
    Path file = options.scenario().scenarioFile();
    // Every cell's trace is checked before the output folder exists, as compare does.
    SourceMap locations = options.scenario().loadWithLocations().locations();
    long maxRequests = options.allowLarge() ? Long.MAX_VALUE : (long) WorkEstimate.MAX_REQUESTS;
    for (Scenario cell : SweepRunner.cells(plan, file, registry)) {
      TracePrescan.Result trace = TracePrescan.scan(new LoadedScenario(cell, locations), registry,
          maxRequests);
      WorkEstimate.of(cell, trace != null ? trace.requests() : -1).check(options.allowLarge());
    }
    Path out = options.out();
    int threads = Parallelism.threads(parallel);
    SweepDirectory.check(out, options.force());
    Files.createDirectories(out);
    try (OutputLock lock = OutputLock.acquire(out, "sweep")) {
      SweepDirectory.prepare(out, options.force());
      return sweep(plan, file, registry, out, threads);
    }
  }

  /** Runs (or resumes) the sweep into the locked output directory and prints its results. */
  private int sweep(SweepPlan plan, Path file, PluginRegistry registry, Path out, int threads)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SweepRunner.Outcome outcome = SweepRunner.run(plan, file, registry, out, threads, err);
    Path results = out.resolve(ResultsCsv.FILE);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(Files.readString(results));
    stdout.printf("%d runs: %d simulated, %d read back from an earlier sweep; results in %s%n",
        outcome.summaries().size(), outcome.executed(), outcome.reused(), results);
    return CommandLines.OK;
  }
}
