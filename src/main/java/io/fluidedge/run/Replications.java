package io.fluidedge.run;

import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.stats.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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

  /** Where one run of a batch puts its outputs. */
  @FunctionalInterface
  public interface RunOutputs {
    /**
     * The output of the run of {@code scenario}.
     *
     * @param scenario the run's scenario (seed set)
     * @return its output
     * @throws IOException if its directory cannot be prepared
     */
    RunOutput of(Scenario scenario) throws IOException;
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
   * Runs scenarios (each with its own seed already set) in parallel, each through a
   * {@link RunSession} that keeps only its summary.
   *
   * @param scenarios the runs, in output order
   * @param outputs   where each run's outputs go (called on a worker thread, once per run; e.g.
   *                  {@code s -> RunOutput.summaryOnly(true)})
   * @param registry  plugins; only read, so it may be shared between threads
   * @param threads   pool size P (&ge; 1)
   * @param afterEach called (from a worker thread) after each run, e.g. to advance a progress bar
   * @return one summary per scenario, in the given order
   * @throws CancellationException if the calling thread was interrupted
   */
  public static List<RunSummary> run(List<Scenario> scenarios, RunOutputs outputs,
      PluginRegistry registry, int threads, Runnable afterEach) {
    List<Callable<RunSummary>> tasks = new ArrayList<>();
    for (Scenario s : scenarios) {
      tasks.add(() -> {
        Thread self = Thread.currentThread();
        RunOutcome outcome = RunSession.of(s, registry)
            .run(outputs.of(s), self::isInterrupted, null);
        if (self.isInterrupted()) {
          throw new CancellationException("run stopped: seed " + s.seed());
        }
        return outcome.summary();
      });
    }
    return inParallel(tasks, threads, afterEach);
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
}
