package io.fluidedge.experiments;

import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioWriter;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.sim.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Independent simulation runs on a fixed thread pool, with common random numbers across policies
 * and grid cells.
 *
 * <p>Replication {@code i} uses seed {@code base + i}. Every run has its own simulator, recorder
 * and policy instance, so runs share nothing mutable; results are collected by task index, so
 * what a caller writes never depends on the number of threads.
 */
public final class Replications {

  private Replications() {
  }

  /**
   * The seeds of {@code replications} replications: {@code base, base + 1, …}.
   *
   * @param base         the scenario's seed
   * @param replications R (&ge; 1)
   * @return R seeds
   */
  public static List<Long> seeds(long base, int replications) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1: " + replications);
    }
    List<Long> seeds = new ArrayList<>(replications);
    for (int i = 0; i < replications; i++) {
      seeds.add(base + i);
    }
    return List.copyOf(seeds);
  }

  /**
   * Runs scenarios (each with its own seed already set) in parallel.
   *
   * @param scenarios the runs, in output order
   * @param registry  plugins; only read, so it may be shared between threads
   * @param threads   pool size P (&ge; 1)
   * @param curves    keep window percentiles and the histogram of each run
   * @param afterEach called (from a worker thread) after each run, e.g. to advance a progress bar
   * @return one summary per scenario, in the given order
   */
  public static List<RunSummary> run(List<Scenario> scenarios, PluginRegistry registry,
      int threads, boolean curves, Runnable afterEach) {
    List<Callable<RunSummary>> tasks = new ArrayList<>();
    for (Scenario s : scenarios) {
      tasks.add(() -> simulate(s, registry, null, curves));
    }
    return inParallel(tasks, threads, afterEach);
  }

  /**
   * Simulates one run. With {@code dir} the run's files are written there as by {@code run}
   * (summary.json last, scenario.yaml, windows.csv, blocks.csv, latency.hlog; no plots);
   * without, the recorder spools to a temporary directory that is deleted afterwards.
   *
   * @param scenario the scenario, its seed set
   * @param registry plugins
   * @param dir      an existing directory for the run's files, or null for none
   * @param curves   attach {@link LatencyCurves} to the summary
   * @return the run's summary, parsed from its summary.json text
   * @throws IOException           if an output or spool file cannot be written
   * @throws CancellationException if the thread was interrupted (the run stopped early)
   */
  public static RunSummary simulate(Scenario scenario, PluginRegistry registry, Path dir,
      boolean curves) throws IOException {
    Path spool = dir != null ? dir : Files.createTempDirectory("fluidedge-run-");
    try (RunRecorder rec = new RunRecorder(scenario.radio().users(), scenario.output().windowS(),
        dir != null && scenario.output().requestsCsv(), false, spool)) {
      Thread self = Thread.currentThread();
      RunResult result = NetworkSimulation.run(scenario, registry, rec, self::isInterrupted);
      if (self.isInterrupted()) {
        throw new CancellationException("run stopped: seed " + scenario.seed());
      }
      RunInfo info = info(scenario, result);
      String json;
      if (dir != null) {
        AtomicFiles.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario));
        RunOutputs.write(dir, info, rec, false);
        json = Files.readString(dir.resolve(RunOutputs.SUMMARY_JSON));
      } else {
        rec.finish(result.simulatedS());
        json = RunOutputs.summaryJson(info, rec);
      }
      RunSummary summary = RunSummary.fromSummaryJson(json);
      return curves ? summary.withCurves(LatencyCurves.of(rec)) : summary;
    } finally {
      if (dir == null) {
        deleteTree(spool);
      }
    }
  }

  /**
   * Runs tasks on a fixed pool of {@code threads} threads and returns their results in task
   * order. The first failure cancels (interrupts) the remaining tasks and is rethrown: runtime
   * exceptions and errors as they are, an {@link IOException} as {@link UncheckedIOException}.
   *
   * @param tasks     the tasks
   * @param threads   pool size (&ge; 1; capped at the number of tasks)
   * @param afterEach called after each successful task, or null
   * @param <T>       result type
   * @return the results, index i for task i
   */
  public static <T> List<T> inParallel(List<? extends Callable<T>> tasks, int threads,
      Runnable afterEach) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    if (tasks.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()),
        daemonThreads());
    try {
      CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
      Object[] results = new Object[tasks.size()];
      for (int i = 0; i < tasks.size(); i++) {
        int index = i;
        Callable<T> task = tasks.get(i);
        done.submit(() -> {
          results[index] = task.call();
          if (afterEach != null) {
            afterEach.run();
          }
          return index;
        });
      }
      for (int i = 0; i < tasks.size(); i++) {
        Future<Integer> f = done.take();
        try {
          f.get();
        } catch (ExecutionException e) {
          pool.shutdownNow();
          throw rethrow(e.getCause());
        }
      }
      pool.shutdown();
      @SuppressWarnings("unchecked")
      List<T> list = (List<T>) Arrays.asList(results);
      return Collections.unmodifiableList(list);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for runs");
    } finally {
      pool.shutdownNow();
    }
  }

  private static RunInfo info(Scenario scenario, RunResult result) {
    Map<String, Object> traffic = new LinkedHashMap<>();
    traffic.put("rejected_rows", result.rejectedRows());
    Map<String, Object> engine = new LinkedHashMap<>();
    engine.put("events", result.events());
    engine.put("run_wall_ms", result.wallMs());
    engine.put("optimizer_wall_ms", result.optimizerWallMs());
    return RunInfo.of(scenario.name(), scenario.seed(), result.complete(), result.simulatedS(),
        result.inFlight()).withSection("traffic", traffic).withSection("engine", engine);
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    if (cause instanceof IOException io) {
      return new UncheckedIOException(io.getMessage(), io);
    }
    return new IllegalStateException(cause.getMessage(), cause);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "fluidedge-run-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: a temporary spool directory left behind holds no results.
    }
  }
}
