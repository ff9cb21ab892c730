package io.fluidedge.spark;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.SweepOptions;
import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioWriter;
import io.fluidedge.stats.RunSummary;
import io.fluidedge.sweep.ResultsCsv;
import io.fluidedge.sweep.RunSpec;
import io.fluidedge.sweep.SweepDirectory;
import io.fluidedge.sweep.SweepPlan;
import io.fluidedge.sweep.SweepRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spark-submit --class io.fluidedge.spark.SparkSweep fluidedge-spark-sweep-*-all.jar
 * SCENARIO --grid key=v1,v2 ... --replications R [--out DIR] [--set k=v]...}: the
 * {@code fluidedge sweep} command with each run a Spark task.
 *
 * <p>The driver parses the same options as the local sweep, builds the same {@link SweepPlan},
 * checks every cell, prepares {@code --out} (an earlier sweep's directory is resumed: runs with a
 * complete summary.json are not run again) and sends the runs still to do, one task each unless
 * {@code --partitions}, to the executors with the scenario's text ({@link RemoteRun}). Executors
 * return each run's summary.json text; the driver writes {@code runs/<cell>-<seed>-<hash>/}
 * {@code scenario.yaml} and {@code summary.json} and then results.csv, through the core's own
 * writers, so the file is byte-identical to a local sweep's. {@code --out} is a path on the
 * driver's filesystem. Exit codes as {@code fluidedge}: 0 ok, 2 bad input, 1 internal error.
 */
@Command(name = "spark-sweep", mixinStandardHelpOptions = true,
    description = "Run a sweep's cells as Spark tasks; writes the same results.csv as "
        + "'fluidedge sweep'.")
public final class SparkSweep implements Callable<Integer> {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: internal error. */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code: bad input (scenario or command line). */
  public static final int BAD_INPUT = 2;

  @Mixin
  private SweepOptions options;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Spark partitions for the runs to do (default: one per run).")
  private Integer partitions;

  @Option(names = "--parallel", paramLabel = "P",
      description = "Ignored, so that a local sweep's arguments work unchanged: Spark runs as "
          + "many runs at once as its executors have task slots.")
  private Integer parallel;

  @Spec
  private CommandSpec spec;

  private final Supplier<JavaSparkContext> context;

  private SparkSweep(Supplier<JavaSparkContext> context) {
    this.context = context;
  }

  /** Runs the sweep under spark-submit (or, without a master, on {@code local[*]}) and exits. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try (LazyContext sc = new LazyContext()) {
      code = execute(sc, out, err, args);
    }
    System.exit(code);
  }

  /**
   * Runs the command line on a Spark context, asked for only once the sweep has runs to do.
   *
   * @param context the context (not stopped here)
   * @param out     results.csv and the closing line
   * @param err     progress and errors
   * @param args    the arguments after the jar in spark-submit
   * @return the exit code: 0 ok, 2 bad input, 1 internal error
   */
  public static int execute(Supplier<JavaSparkContext> context, PrintWriter out, PrintWriter err,
      String... args) {
    CommandLine cli = CommandLines.of(new SparkSweep(context), out, err);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  @Override
  public Integer call() throws Exception {
    PluginRegistry registry = PluginLoading.registry(options.scenario().pluginDirs());
    SweepPlan plan = options.plan(registry);
    Path file = options.scenario().scenarioFile();
    List<Scenario> cells = SweepRunner.cells(plan, file, registry);
    Path out = options.out();
    if (partitions != null && partitions < 1) {
      throw InputException.argument("--partitions", "must be >= 1: " + partitions);
    }
    // The output folder is locked like a local sweep's: a second sweep (local or Spark) on it
    // is refused, naming this one, for as long as this one runs.
    SweepDirectory.check(out, options.force());
    Files.createDirectories(out);
    try (OutputLock lock = OutputLock.acquire(out, "sweep")) {
      SweepDirectory.prepare(out, options.force());
      SweepDirectory.writeManifest(out, plan, file.toString());
      return sweep(plan, file, cells, out);
    }
  }

  /** Runs what is not yet done on Spark into the locked {@code out} and writes results.csv. */
  private int sweep(SweepPlan plan, Path file, List<Scenario> cells, Path out) throws IOException {
    List<RunSpec> runs = plan.runs();
    List<Path> dirs = new ArrayList<>();
    String[] summaries = new String[runs.size()];
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunSpec run = runs.get(i);
      Scenario s = cells.get(run.cellIndex()).withSeed(run.seed());
      Path dir = out.resolve(SweepDirectory.RUNS).resolve(SweepRunner.runName(run, s));
      dirs.add(dir);
      summaries[i] = finished(dir, run.seed());
      if (summaries[i] == null) {
        todo.add(i);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(String.format(Locale.ROOT, "spark sweep: %d cells x %d replications = %d runs; "
            + "%d already done, %d to run", plan.cells(), plan.replications(), runs.size(),
        runs.size() - todo.size(), todo.size()));
    err.flush();

    if (!todo.isEmpty()) {
      RemoteRun task = new RemoteRun(Files.readString(file, StandardCharsets.UTF_8),
          file.toAbsolutePath().normalize().toString(),
          options.scenario().pluginDirs().stream().map(d -> d.toAbsolutePath().normalize().toString())
              .toList());
      List<RunSpec> pending = todo.stream().map(runs::get).toList();
      int slices = partitions != null ? Math.min(partitions, pending.size()) : pending.size();
      JavaSparkContext sc = context.get();
      sc.setJobDescription("fluidedge sweep " + file.getFileName() + ": " + pending.size()
          + " runs");
      List<String> texts = sc.parallelize(pending, slices).map(task).collect();
      for (int k = 0; k < todo.size(); k++) {
        int i = todo.get(k);
        RunSpec run = runs.get(i);
        Scenario s = cells.get(run.cellIndex()).withSeed(run.seed());
        Path dir = dirs.get(i);
        OutputDirectory.prepare(dir, true);
        AtomicFiles.writeString(dir.resolve(SweepRunner.SCENARIO_YAML), ScenarioWriter.toYaml(s));
        // Written last, as by a local run: its presence marks the run finished.
        AtomicFiles.writeString(dir.resolve(RunOutputs.SUMMARY_JSON), texts.get(k));
        summaries[i] = texts.get(k);
      }
    }

    List<RunSummary> all = new ArrayList<>();
    for (String json : summaries) {
      all.add(RunSummary.fromSummaryJson(json));
    }
    Path results = out.resolve(ResultsCsv.FILE);
    ResultsCsv.write(results, plan, all);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(Files.readString(results, StandardCharsets.UTF_8));
    stdout.printf("%d runs: %d on Spark, %d read back from an earlier sweep; results in %s%n",
        runs.size(), todo.size(), runs.size() - todo.size(), results);
    return OK;
  }

  /** The summary.json text of a finished run in {@code dir}, or null if there is none to trust. */
  private static String finished(Path dir, long seed) {
    Path file = dir.resolve(RunOutputs.SUMMARY_JSON);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      RunSummary s = RunSummary.fromSummaryJson(json);
      return s.complete() && s.seed() == seed ? json : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The spark-submit context, created on first use (so {@code --help}, bad input and a fully
   * resumed sweep start no Spark) and stopped on close. Without a master (run outside
   * spark-submit) it runs on {@code local[*]}.
   */
  private static final class LazyContext implements Supplier<JavaSparkContext>, AutoCloseable {

    private JavaSparkContext sc;

    @Override
    public synchronized JavaSparkContext get() {
      if (sc == null) {
        SparkConf conf = new SparkConf().setAppName("fluidedge-sweep")
            .setIfMissing("spark.master", "local[*]");
        sc = new JavaSparkContext(conf);
      }
      return sc;
    }

    @Override
    public synchronized void close() {
      if (sc != null) {
        sc.close();
      }
    }
  }
}
