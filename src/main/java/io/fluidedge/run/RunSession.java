package io.fluidedge.run;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.EventLog;
import io.fluidedge.metrics.Logging;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.metrics.RunLog;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.metrics.TokenSlo;
import io.fluidedge.plots.Figure;
import io.fluidedge.plots.Folders;
import io.fluidedge.plots.PlotFormat;
import io.fluidedge.plots.RunPlotData;
import io.fluidedge.plots.RunPlots;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.report.Report;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.UserClasses;
import io.fluidedge.scenario.ScenarioWriter;
import io.fluidedge.scenario.Server;
import io.fluidedge.scenario.SourceMap;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.sim.RunResult;
import io.fluidedge.stats.LatencyCurves;
import io.fluidedge.stats.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.logging.log4j.Logger;

/**
 * One run of one scenario, from its plugins to its outputs: the only place a run is assembled.
 * {@code run}, {@code compare}, {@code sweep}, {@code reproduce} (where it simulates) and the
 * Spark runner all come here, so a run's summary.json is the same bytes whichever command ran it
 * (wall-clock fields aside).
 *
 * <p>A run: the components from the plugin registry (channel model, accuracy model, policy,
 * traffic source, entity plugins), the simulation into a {@link RunRecorder}, then
 * summary.json with the run's {@code traffic} and {@code engine} sections, one section per
 * entity plugin (under its name) and last the {@code provenance} section ({@link Provenance}), and the output files ({@link RunOutput}). A run stopped early
 * (the stop flag) writes the same files with {@code "complete": false}; so does a run whose
 * policy rejected its input (e.g. an external agent's invalid action), after which the
 * rejection is raised as an {@link InputException} naming the block and the field.
 */
public final class RunSession {

  /** The last section of summary.json: where the run came from ({@link Provenance}). */
  public static final String PROVENANCE = "provenance";

  /** The logger, once Log4j is ready ({@link Logging}). */
  private static Logger log() {
    return Logging.logger(RunSession.class);
  }

  private final LoadedScenario loaded;
  private final PluginRegistry registry;

  private RunSession(LoadedScenario loaded, PluginRegistry registry) {
    this.loaded = Objects.requireNonNull(loaded, "loaded");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * A session for a scenario loaded from a file, whose key locations name the line of a bad
   * plugin section.
   *
   * @param loaded   the resolved scenario (seed set) and where its keys were written
   * @param registry the command's plugin registry (built-ins and {@code --plugins})
   * @return the session
   */
  public static RunSession of(LoadedScenario loaded, PluginRegistry registry) {
    return new RunSession(loaded, registry);
  }

  /**
   * A session for a scenario built in code (a policy or seed replaced, a grid cell).
   *
   * @param scenario the resolved scenario, seed set
   * @param registry the plugin registry
   * @return the session
   */
  public static RunSession of(Scenario scenario, PluginRegistry registry) {
    return new RunSession(new LoadedScenario(scenario, SourceMap.unlocated(scenario.source())),
        registry);
  }

  /** The scenario this session runs. */
  public Scenario scenario() {
    return loaded.scenario();
  }

  /**
   * Runs the scenario and writes its outputs.
   *
   * @param output  where the outputs go
   * @param stop    polled during the run; true stops it at the next event boundary
   * @param started called once the components are built, just before the clock starts (e.g.
   *                to print a start line); may be null
   * @return the run's result and summary
   * @throws IOException if an output or spool file cannot be written
   * @throws io.fluidedge.scenario.InputException for a plugin that rejects its configuration, an
   *                                              unreadable trace, or a plugin section whose
   *                                              name clashes with a summary.json key
   */
  public RunOutcome run(RunOutput output, BooleanSupplier stop, Runnable started)
      throws IOException {
    return run(output, stop, started, null);
  }

  /**
   * Runs the scenario and writes its outputs, telling {@code watcher} every request and block
   * record after the recorder (e.g. a progress display that follows the simulated time).
   *
   * @param output  where the outputs go
   * @param stop    polled during the run; true stops it at the next event boundary
   * @param started called just before the clock starts; may be null
   * @param watcher told every record after the outputs; may be null
   * @return the run's result and summary
   * @throws IOException if an output or spool file cannot be written
   */
  public RunOutcome run(RunOutput output, BooleanSupplier stop, Runnable started,
      RunListener watcher) throws IOException {
    Scenario scenario = loaded.scenario();
    Path dir = output.dir();
    Path spoolRoot = dir != null ? null : OutputLock.currentSpool();
    Path spool = dir != null ? dir : spoolRoot != null
        ? Files.createTempDirectory(spoolRoot, "run-") : Files.createTempDirectory("fluidedge-run-");
    boolean eventLog = dir != null && scenario.output().eventLog();
    try (RunRecorder rec = new RunRecorder(scenario.radio().users(), scenario.output().windowS(),
        dir != null && scenario.output().requestsCsv(), scenario.output().traceJson(), spool,
        tokenSlo(scenario), scenario.warmupS(), scenario.slo().deadlineS());
        EventLog events = eventLog ? EventLog.create(spool) : null) {
      UserClasses classes = scenario.userClasses();
      if (classes.declared()) {
        rec.groupUsers(java.util.stream.IntStream.range(0, classes.users())
            .mapToObj(classes::className).toList());
      }
      Components components = Components.of(scenario, registry);
      RunListener listener = events == null ? rec : RunListener.tee(rec, events);
      if (watcher != null) {
        listener = RunListener.tee(listener, watcher);
      }
      log().info("run '{}' seed {}: {} s simulated in {} blocks, policy {}{}", scenario.name(),
          scenario.seed(), scenario.durationS(), scenario.blocks(),
          scenario.optimizer().policy(), events == null ? "" : ", event log on");
      if (started != null) {
        started.run();
      }
      RunResult result = NetworkSimulation.run(scenario, components, listener, stop);
      log().info("run '{}' seed {} {} at {} s: {} events, {} requests arrived, {} completed, {} "
          + "dropped, {} ms wall", scenario.name(), scenario.seed(),
          result.complete() ? "finished" : "stopped early", result.simulatedS(), result.events(),
          result.arrived(), result.completed(), result.dropped(), Math.round(result.wallMs()));
      RunInfo info = withPluginSections(info(scenario, result), components)
          .withAccuracy(components.accuracy().metric())
          .withSection(PROVENANCE, Provenance.of(scenarioFile(scenario)));
      String json;
      if (dir != null) {
        AtomicFiles.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario));
        // Before RunOutputs, which writes summary.json last to mark a complete directory.
        writePluginFiles(dir, components);
        if (events != null) {
          events.moveTo(dir);
        }
        List<List<Figure>> drawn = new ArrayList<>(1);
        RunOutputs.write(dir, info, rec, output.plots() && scenario.output().plots()
            ? (d, r) -> drawn.add(RunPlots.write(d.resolve(RunOutputs.PLOTS_DIR),
                RunPlotData.of(r, scenario.name(), scenario.seed()),
                PlotFormat.of(scenario.output().plotFormats()))) : null);
        json = Files.readString(dir.resolve(RunOutputs.SUMMARY_JSON));
        if (output.plots() && scenario.output().plots()) {
          writeReport(dir, drawn.isEmpty() ? null : drawn.get(0));
        }
        log().info("outputs written to {}", dir);
      } else {
        rec.finish(result.simulatedS());
        json = RunOutputs.summaryJson(info, rec);
      }
      RunSummary summary = RunSummary.fromSummaryJson(json);
      if (output.curves()) {
        summary = summary.withCurves(LatencyCurves.of(rec));
      }
      if (result.failure() != null) {
        throw stopped(result, dir);
      }
      return new RunOutcome(result, json, summary);
    } finally {
      if (dir == null) {
        deleteTree(spool);
      }
    }
  }

  /** The scenario's file, or null for a scenario built without one. */
  private static Path scenarioFile(Scenario scenario) {
    try {
      return Path.of(scenario.source());
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /**
   * Writes report.html from the run's files and the figures just drawn from its data (the same
   * figures `plot` reads back from those files). A report that cannot be drawn (e.g. from a run
   * stopped before its first block) is a warning: the run's own outputs and exit stand.
   */
  private static void writeReport(Path dir, List<Figure> figures) throws IOException {
    try {
      Report.write(dir, Folders.Kind.RUN, figures);
    } catch (RuntimeException e) {
      log().warn("report.html not written: {}", e.toString());
    }
  }

  /** The token objectives of an LLM-serving run, null for the other disciplines. */
  private static TokenSlo tokenSlo(Scenario scenario) {
    if (scenario.server().discipline() != Server.Discipline.LLM) {
      return null;
    }
    return new TokenSlo(scenario.server().llm().sloTtftS(), scenario.server().llm().sloTpotS());
  }

  /**
   * The policy's rejection, told where the run stopped and that its outputs so far were written
   * (an {@link InputException}: the command exits with code 2).
   */
  private static InputException stopped(RunResult result, Path dir) {
    InputException e = result.failure();
    String where = String.format(java.util.Locale.ROOT, "%s (the run stopped at %s s%s)",
        e.rule(), io.fluidedge.metrics.Formats.decimal(result.simulatedS()),
        dir == null ? "" : "; its outputs so far are in " + dir + " with \"complete\": false");
    return new InputException(e.file(), e.line(), e.column(), e.field(), where);
  }

  private static RunInfo info(Scenario scenario, RunResult result) {
    Map<String, Object> traffic = new LinkedHashMap<>();
    traffic.put("rejected_rows", result.rejectedRows());
    if (result.firstRejection() != null) {
      traffic.put("first_rejected_row", result.firstRejection());
    }
    Map<String, Object> engine = new LinkedHashMap<>();
    engine.put("events", result.events());
    engine.put("run_wall_ms", result.wallMs());
    engine.put("optimizer_wall_ms", result.optimizerWallMs());
    return RunInfo.of(scenario.name(), scenario.seed(), result.complete(), result.simulatedS(),
        result.inFlight()).withSection("traffic", traffic).withSection("engine", engine);
  }

  /** Each entity plugin's summary, as a section under its name (empty summaries add none). */
  private RunInfo withPluginSections(RunInfo info, Components components) {
    RunInfo out = info;
    for (Map.Entry<String, EntityPlugin> e : components.entities().entrySet()) {
      Map<String, Object> section = e.getValue().summary();
      if (section == null || section.isEmpty()) {
        continue;
      }
      String name = e.getKey();
      String clash = "summary.json already has a key '" + name
          + "'; this entity plugin's section would replace it";
      if (out.sections().containsKey(name) || name.equals(PROVENANCE)) {
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
  static final List<String> CORE_OUTPUTS = List.of(RunOutputs.SUMMARY_JSON,
      RunOutputs.WINDOWS_CSV, RunOutputs.BLOCKS_CSV, RunOutputs.LATENCY_HLOG,
      RunOutputs.REQUESTS_CSV_GZ, RunOutputs.TRACE_JSON, RunOutputs.PLOTS_DIR, "scenario.yaml",
      EventLog.FILE, RunLog.FILE);

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

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: a temporary spool directory left behind holds no results.
    }
  }
}
