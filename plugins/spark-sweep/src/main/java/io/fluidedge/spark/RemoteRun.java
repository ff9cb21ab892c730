package io.fluidedge.spark;

import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.run.RunOutput;
import io.fluidedge.run.RunSession;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.sweep.RunSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;

/**
 * The work of one Spark task: simulates one {@link RunSpec} with the core and returns the run's
 * {@code summary.json} text, the same text a local sweep writes and reads back.
 *
 * <p>The task carries the base scenario as YAML text read on the driver, so executors need no
 * copy of the scenario file. The text is loaded under the driver's absolute path of the file,
 * so a relative {@code traffic.trace} resolves to the same absolute path on every executor (it
 * must be readable there, e.g. on a shared filesystem). Plugins are the built-ins, anything on
 * the executor's class path (spark-submit {@code --jars}) and the jars in {@code pluginDirs},
 * which must exist at the same paths on every executor; the registry is built once per JVM.
 *
 * @param scenarioYaml the base scenario file's text
 * @param sourceName   the name the text is loaded under: the file's absolute path on the driver
 * @param pluginDirs   the {@code --plugins} directories, as paths on the executors
 */
public record RemoteRun(String scenarioYaml, String sourceName, List<String> pluginDirs)
    implements Function<RunSpec, String> {

  private static final long serialVersionUID = 1L;
  private static final Map<List<String>, PluginRegistry> REGISTRIES = new ConcurrentHashMap<>();

  /** Copies the plugin directories. */
  public RemoteRun {
    pluginDirs = List.copyOf(pluginDirs);
  }

  /**
   * The scenario of a run: the base text loaded with the spec's overrides, seed replaced (what
   * {@code SweepRunner.scenario} does with the file).
   *
   * @param spec the run
   * @return the resolved scenario
   * @throws io.fluidedge.scenario.InputException if an override is bad
   */
  public Scenario scenario(RunSpec spec) {
    return ScenarioLoader.load(scenarioYaml, sourceName, spec.overrides()).withSeed(spec.seed());
  }

  /**
   * Simulates the run through the core's run session, keeping only its summary.
   *
   * @param spec the run
   * @return its summary.json text
   * @throws IOException if the run's spool files cannot be written
   */
  @Override
  public String call(RunSpec spec) throws IOException {
    Scenario scenario = scenario(spec);
    PluginRegistry registry = REGISTRIES.computeIfAbsent(pluginDirs,
        dirs -> PluginLoading.registry(dirs.stream().map(Path::of).toList()));
    return RunSession.of(scenario, registry).run(RunOutput.summaryOnly(false), () -> false, null)
        .summaryJson();
  }
}
