package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.metrics.Formats;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.traffic.TraceReader;
import io.fluidedge.traffic.TraceStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fluidedge validate FILE... [--users K] [--plugins DIR]...}: checks scenarios
 * ({@code .yaml}, {@code .yml}) and traces ({@code .csv}, {@code .csv.gz}), printing
 * {@code FILE: ok (...)} or the error with file:line:column. Exit 0 when every file is good, 2
 * otherwise.
 *
 * <p>A scenario gets the checks {@code run} makes before its clock starts: the file, the plugins
 * it names and their settings, and the trace it replays (read to the run's end).
 *
 * <p>A trace is read to its end with the traffic settings (column names, user assignment, time
 * scale, on-bad-row), the feature size and the users K of the scenario given beside it, e.g.
 * {@code validate traces/llm.csv scenarios/llm-trace.yaml}: once with each scenario given, or
 * with the defaults of {@link ScenarioLoader#defaults()} when none is; {@code --users} overrides
 * K.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a scenario (.yaml/.yml) or a trace (.csv/.csv.gz); "
        + "errors name file:line:column and the key.")
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or trace files.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--users", paramLabel = "K",
      description = "Traces: user indices must be < K (default: the default scenario's users).")
  private Integer users;

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Directory of plugin jars to load (repeatable).")
  private List<Path> pluginDirs = new ArrayList<>();

  private PluginRegistry registry;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (users != null && users < 1) {
      throw InputException.argument("--users", "must be >= 1: " + users);
    }
    int code = CommandLines.OK;
    List<Scenario> scenarios = new ArrayList<>();
    List<Path> traces = new ArrayList<>();
    for (Path file : files) {
      try {
        if (isScenario(file)) {
          LoadedScenario loaded = ScenarioLoader.loadWithLocations(file, List.of());
          out.println(file + ": ok (" + validateScenario(loaded) + ")");
          scenarios.add(loaded.scenario());
        } else if (isTrace(file)) {
          traces.add(file);
        } else {
          throw new InputException(file.toString(), 0, 0, null, "unknown file type; expected a "
              + "scenario (.yaml, .yml) or a trace (.csv, .csv.gz)");
        }
      } catch (InputException e) {
        CommandLines.printInputError(err, e);
        code = CommandLines.BAD_INPUT;
      }
    }
    for (Path trace : traces) {
      for (Scenario s : scenarios.isEmpty() ? List.of(ScenarioLoader.defaults()) : scenarios) {
        try {
          out.println(trace + ": ok (" + validateTrace(trace, s) + (scenarios.isEmpty() ? ""
              : ", with the settings of " + s.source()) + ")");
        } catch (InputException e) {
          CommandLines.printInputError(err, scenarios.isEmpty() && e.rule().contains("column")
              ? new InputException(e.file(), e.line(), e.column(), e.field(), e.rule()
                  + " (the default column names; to check the trace with a scenario's column "
                  + "mapping, give both: fluidedge validate TRACE SCENARIO)") : e);
          code = CommandLines.BAD_INPUT;
        }
      }
    }
    return code;
  }

  private static String lowerName(Path file) {
    return file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isScenario(Path file) {
    String name = lowerName(file);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isTrace(Path file) {
    String name = lowerName(file);
    return name.endsWith(".csv") || name.endsWith(".csv.gz");
  }

  /**
   * Checks a scenario as {@code run} does before its clock starts: the file, the plugins it names
   * and their settings, and its trace (read to the run's end), if it replays one.
   */
  private String validateScenario(LoadedScenario loaded) {
    if (registry == null) {
      registry = PluginLoading.registry(pluginDirs);
    }
    PluginLoading.requireKnown(registry, loaded);
    TracePrescan.Result trace = TracePrescan.scan(loaded, registry);
    return describe(loaded.scenario()) + (trace == null ? "" : String.format(Locale.ROOT,
        ", trace %s: %d requests, %d rejected", trace.file(), trace.requests(), trace.rejected()));
  }

  /**
   * Reads a whole trace with a scenario's traffic settings, K and D and returns
   * {@code "N requests, T s, R rejected"}, T being the time from the first to the last request;
   * throws {@link InputException} at the first bad row.
   */
  String validateTrace(Path file, Scenario scenario) {
    int k = users == null ? scenario.radio().users() : users;
    TraceStats stats;
    try (TraceReader reader = TraceReader.open(file, scenario.traffic(), k,
        scenario.model().featureElements())) {
      stats = TraceStats.of(reader, 0);
    }
    return String.format(Locale.ROOT, "%d requests, %s s, %d rejected", stats.count(),
        Formats.decimal(stats.durationS()), stats.rejectedRows());
  }

  /** The summary printed for a good scenario. */
  static String describe(Scenario s) {
    Radio r = s.radio();
    return String.format(Locale.ROOT,
        "scenario '%s', K=%d, N=%d, M=%d, L=%d, %d blocks of %s s, policy %s/%s, traffic %s",
        s.name(), r.users(), r.userAntennas(), r.bsAntennas(), r.paths(), s.blocks(),
        s.coherenceS(), s.optimizer().policy(),
        s.optimizer().solver().name().toLowerCase(Locale.ROOT), s.traffic().source());
  }
}
