package io.fluidedge.cli;

import io.fluidedge.experiments.ResultsCsv;
import io.fluidedge.experiments.SweepDirectory;
import io.fluidedge.experiments.SweepGrid;
import io.fluidedge.experiments.SweepPlan;
import io.fluidedge.experiments.SweepRunner;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** Keys naming plugins; when a grid sets one, the base scenario's own value is not checked. */
  private static final List<String> PLUGIN_KEYS = List.of("radio.channel", "model.accuracy",
      "optimizer.policy");

  @Mixin
  private ScenarioOptions options;

  @Option(names = "--grid", required = true, paramLabel = "KEY=V1,V2,...",
      description = "A scenario key and its values, e.g. radio.bs-antennas=4,8,16 (repeatable; "
          + "cells are the cross product, the first grid outermost).")
  private List<String> grids;

  @Option(names = "--replications", required = true, paramLabel = "R",
      description = "Seeds per cell: seed, seed+1, ...")
  private int replications;

  @Option(names = "--parallel", paramLabel = "P",
      description = "Runs at a time (default: the number of processors).")
  private Integer parallel;

  @Option(names = "--out", defaultValue = "out/sweep", paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}); an earlier sweep's is resumed.")
  private Path out;

  @Option(names = "--force",
      description = "Start over in an earlier sweep's directory, or write into a non-empty one.")
  private boolean force;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = options.loadWithLocations();
    PluginRegistry registry = PluginLoading.registry(options.pluginDirs());
    List<SweepGrid> axes = grids.stream().map(SweepGrid::parse).toList();
    if (axes.stream().noneMatch(g -> PLUGIN_KEYS.contains(g.key()))) {
      PluginLoading.requireKnown(registry, loaded);
    }
    SweepPlan plan = SweepPlan.of(loaded.scenario(), options.overrides(), axes, replications);
    SweepRunner.cells(plan, options.scenarioFile(), registry);
    int threads = Parallelism.threads(parallel);
    SweepDirectory.prepare(out, force);
    PrintWriter err = spec.commandLine().getErr();
    SweepRunner.Outcome outcome = SweepRunner.run(plan, options.scenarioFile(), registry, out,
        threads, err);
    Path results = out.resolve(ResultsCsv.FILE);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(Files.readString(results));
    stdout.printf("%d runs: %d simulated, %d read back from an earlier sweep; results in %s%n",
        outcome.summaries().size(), outcome.executed(), outcome.reused(), results);
    return Main.OK;
  }
}
