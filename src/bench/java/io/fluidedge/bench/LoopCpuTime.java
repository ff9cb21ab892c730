package io.fluidedge.bench;

import io.fluidedge.metrics.RunListener;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.run.Progress;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.UserClasses;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.sim.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Thread CPU time of the event loop alone ({@link NetworkSimulation#run}: the first solve, every
 * event and its recording into a {@link RunRecorder}), without the scenario load, the output
 * files and JVM start-up: the figure to set beside {@link BareTandemQueue}'s event loop. The
 * listener is the one the {@code run} command builds (the recorder, then a progress watcher of
 * block starts); requests.csv.gz, the event log and token metrics are off. The first
 * {@code WARMUP} runs are not counted; prints every counted run and the median, in seconds.
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}): {@code java -cp
 * target/benchmarks.jar io.fluidedge.bench.LoopCpuTime WARMUP RUNS SCENARIO [--listener L]
 * [--set key=value]...} (other {@code run} options are ignored, so a {@code run} command line can
 * be pasted). {@code --listener recorder} leaves out the progress watcher, {@code --listener
 * none} the recording too (the simulation alone, its request records still built).
 */
public final class LoopCpuTime {

  /** A listener that keeps nothing (and asks for no stage records), for {@code --listener none}. */
  private static final RunListener NONE = new RunListener() {
    @Override
    public boolean keepsStageRecords() {
      return false;
    }
  };

  private LoopCpuTime() {
  }

  /**
   * Runs the scenario's event loop WARMUP + RUNS times and prints its thread CPU seconds.
   *
   * @param args WARMUP RUNS SCENARIO, then {@code --set key=value} overrides
   * @throws IOException if the spool directory cannot be made
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: LoopCpuTime WARMUP RUNS SCENARIO [--set key=value]...");
      System.exit(2);
    }
    int warmup = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    List<String> overrides = new ArrayList<>();
    String listen = "run";
    for (int i = 3; i < args.length; i++) {
      if (args[i].equals("--set") && i + 1 < args.length) {
        overrides.add(args[++i]);
      } else if (args[i].equals("--listener") && i + 1 < args.length) {
        listen = args[++i];
      }
    }
    if (!List.of("run", "recorder", "none").contains(listen)) {
      System.err.println("--listener must be run, recorder or none: " + listen);
      System.exit(2);
    }
    Scenario scenario = ScenarioLoader.load(Path.of(args[2]), overrides);
    PluginRegistry registry = PluginRegistry.load();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] seconds = new double[runs];
    for (int i = 0; i < warmup + runs; i++) {
      Path spool = Files.createTempDirectory("loop-cpu-");
      RunResult result;
      long cpu;
      try (RunRecorder rec = new RunRecorder(scenario.radio().users(),
          scenario.output().windowS(), false, false, spool, null, scenario.warmupS(),
          scenario.slo().deadlineS())) {
        UserClasses classes = scenario.userClasses();
        if (classes.declared()) {
          rec.groupUsers(IntStream.range(0, classes.users()).mapToObj(classes::className)
              .toList());
        }
        RunListener progress = Progress.simulated(new PrintWriter(new StringWriter()), "run",
            scenario.durationS(), false, 1e9).blockTimes();
        Components components = Components.of(scenario, registry);
        long t0 = threads.getCurrentThreadCpuTime();
        RunListener listener = switch (listen) {
          case "recorder" -> rec;
          case "none" -> NONE;
          default -> RunListener.tee(rec, progress);
        };
        result = NetworkSimulation.run(scenario, components, listener, () -> false);
        cpu = threads.getCurrentThreadCpuTime() - t0;
      } finally {
        Files.deleteIfExists(spool);
      }
      if (i >= warmup) {
        seconds[i - warmup] = cpu / 1e9;
        System.out.printf(Locale.ROOT, "run %d: %.3f s thread CPU in the event loop (%d events, "
            + "%d requests completed)%n", i - warmup + 1, seconds[i - warmup], result.events(),
            result.completed());
      }
    }
    Arrays.sort(seconds);
    System.out.printf(Locale.ROOT, "median %.3f s thread CPU over %d runs%n",
        runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2, runs);
  }
}
