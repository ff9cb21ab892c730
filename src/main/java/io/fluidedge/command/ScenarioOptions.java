package io.fluidedge.command;

import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options shared by every command that loads a scenario: the positional {@code SCENARIO} file,
 * {@code --seed}, repeatable {@code --set key.path=value} and repeatable {@code --plugins DIR}.
 * Use as a picocli {@code @Mixin}.
 */
public final class ScenarioOptions {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
  private Path scenario;

  @Option(names = "--seed", paramLabel = "N",
      description = "Master seed (overrides the scenario's seed, after any --set).")
  private Long seed;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a scenario key, e.g. radio.bs-antennas=16 (repeatable).")
  private List<String> overrides = new ArrayList<>();

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Directory of plugin jars to load (repeatable).")
  private List<Path> pluginDirs = new ArrayList<>();

  /** The scenario file given on the command line. */
  public Path scenarioFile() {
    return scenario;
  }

  /** The {@code --seed} value, or null when not given. */
  public Long seed() {
    return seed;
  }

  /** The {@code --set} strings, in command-line order. */
  public List<String> overrides() {
    return List.copyOf(overrides);
  }

  /** The {@code --plugins} directories, in command-line order. */
  public List<Path> pluginDirs() {
    return List.copyOf(pluginDirs);
  }

  /**
   * Loads the scenario file, applies {@code --set} then {@code --seed}.
   *
   * @throws io.fluidedge.scenario.InputException for a missing file or any bad key or value
   */
  public Scenario load() {
    return loadWithLocations().scenario();
  }

  /** Like {@link #load()}, also returning where each key was written. */
  public LoadedScenario loadWithLocations() {
    LoadedScenario loaded = ScenarioLoader.loadWithLocations(scenario, overrides);
    if (seed == null) {
      return loaded;
    }
    return new LoadedScenario(loaded.scenario().withSeed(seed), loaded.locations());
  }
}
