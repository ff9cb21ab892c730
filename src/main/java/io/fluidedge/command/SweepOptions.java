package io.fluidedge.command;

import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.sweep.SweepGrid;
import io.fluidedge.sweep.SweepPlan;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line of a sweep, whoever runs it ({@code fluidedge sweep} locally, or a cluster
 * runner): the scenario options, repeatable {@code --grid KEY=V1,V2,...}, {@code --replications},
 * {@code --out} and {@code --force}. Use as a picocli {@code @Mixin}.
 */
public final class SweepOptions {

  /** Keys naming plugins; when a grid sets one, the base scenario's own value is not checked. */
  private static final List<String> PLUGIN_KEYS = List.of("radio.channel", "model.accuracy",
      "optimizer.policy", "traffic.source");

  @Mixin
  private ScenarioOptions scenario;

  @Option(names = "--grid", required = true, paramLabel = "KEY=V1,V2,...",
      description = "A scenario key and its values, e.g. radio.bs-antennas=4,8,16 (repeatable; "
          + "cells are the cross product, the first grid outermost).")
  private List<String> grids;

  @Option(names = "--replications", required = true, paramLabel = "R",
      description = "Seeds per cell: seed, seed+1, ...")
  private int replications;

  @Option(names = "--out", defaultValue = "out/sweep", paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}); an earlier sweep's is resumed.")
  private Path out;

  @Option(names = "--force",
      description = "Start over in an earlier sweep's directory, or write into a non-empty one.")
  private boolean force;

  /** The scenario file, {@code --seed}, {@code --set} and {@code --plugins}. */
  public ScenarioOptions scenario() {
    return scenario;
  }

  /** The output directory. */
  public Path out() {
    return out;
  }

  /** Whether {@code --force} was given. */
  public boolean force() {
    return force;
  }

  /**
   * Loads the scenario and plans the sweep: grids parsed, the base scenario's plugin names checked
   * against the registry unless a grid sets one of them.
   */
  public SweepPlan plan(PluginRegistry registry) {
    LoadedScenario loaded = scenario.loadWithLocations();
    List<SweepGrid> axes = grids.stream().map(SweepGrid::parse).toList();
    if (axes.stream().noneMatch(g -> PLUGIN_KEYS.contains(g.key()))) {
      PluginLoading.requireKnown(registry, loaded);
    }
    return SweepPlan.of(loaded.scenario(), scenario.overrides(), axes, replications);
  }
}
