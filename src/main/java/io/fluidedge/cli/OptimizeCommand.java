package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.ScenarioOptions;
import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.optimize.Policy;
import io.fluidedge.cell.CellUsers;
import io.fluidedge.cell.UserLink;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fluidedge optimize SCENARIO [--json] [--dump-channel]}: solves one static problem.
 *
 * <p>The channel is the first draw of the scenario's channel model from the named stream
 * {@link Streams#CHANNEL} of the scenario seed (the channel of the first block of {@code run} on
 * the same seed); the policy is a fresh instance from the plugin registry, solved cold (no warm
 * start). {@code --json} prints the contract object of docs/formats.md ({@link OptimizeJson});
 * otherwise a readable report ({@link OptimizeReport}).
 */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = "Solve one static problem (the scenario's first channel draw): loss per "
        + "iteration and the final allocation.")
public final class OptimizeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ScenarioOptions options;

  @Option(names = "--json", description = "Print one JSON object (docs/formats.md) instead of tables.")
  private boolean json;

  @Option(names = "--dump-channel",
      description = "Include the channel draw (angles, gains, powers) so rates can be rebuilt.")
  private boolean dumpChannel;

  /** Loads, solves and prints; returns 0 (bad input surfaces as an InputException). */
  @Override
  public Integer call() {
    LoadedScenario loaded = options.loadWithLocations();
    PluginRegistry registry = PluginLoading.registry(options.pluginDirs());
    PluginLoading.requireKnown(registry, loaded);
    StaticSolve run = solve(registry, loaded.scenario());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(OptimizeJson.text(run, dumpChannel));
    } else {
      OptimizeReport.print(out, run, dumpChannel);
    }
    out.flush();
    return CommandLines.OK;
  }

  /**
   * The static problem of a scenario, solved cold by a fresh instance of its policy.
   *
   * @param registry where the channel model, accuracy model and policy come from
   * @param s        the scenario (its seed selects the channel draw)
   */
  static StaticSolve solve(PluginRegistry registry, Scenario s) {
    Channel channel = registry.channelModel(s).draw(Streams.of(s.seed(), Streams.CHANNEL));
    AccuracyModel accuracy = registry.accuracyModel(s);
    CellUsers cell = CellUsers.of(s);
    Problem problem = Problem.of(s, channel, accuracy, cell.profiles());
    Policy policy = registry.policy(s);
    Solution solution = policy.solve(problem, null);
    List<UserLink> links = new ArrayList<>();
    for (int k = 0; cell.spatial() && k < cell.users(); k++) {
      links.add(cell.link(k));
    }
    return new StaticSolve(s, s.optimizer().policy().toLowerCase(Locale.ROOT), problem, solution,
        links);
  }
}
