package io.fluidedge.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent tasks (one per channel draw and configuration) on a fixed thread pool and
 * returns their results indexed by task, so that whatever reduces them in order gets the same
 * answer for any number of threads.
 */
public final class Draws {

  private Draws() {
  }

  /**
   * Evaluates {@code task} for 0, 1, …, count − 1 on {@code threads} threads.
   *
   * @param count   number of tasks
   * @param threads pool size (≥ 1)
   * @param task    the work for index i; must not share mutable state with other indices
   * @return the results, element i from task i
   * @throws RuntimeException the first (lowest-index) task failure, rethrown as is when it is
   *                          unchecked; remaining tasks are cancelled
   */
  public static <T> List<T> map(int count, int threads, IntFunction<T> task) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      List<Future<T>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.apply(index)));
      }
      List<T> results = new ArrayList<>(count);
      for (Future<T> f : futures) {
        results.add(get(f));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for draws", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "reproduce-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
