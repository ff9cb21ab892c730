package io.fluidedge.optimize;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The run's stop request (SIGINT/SIGTERM), visible to the solvers so that a long block ends
 * between candidate evaluations or iterations instead of holding the run until it finishes.
 *
 * <p>Per thread: a simulation runs on one thread, and independent runs on parallel threads each
 * see their own request. Outside {@link #during} nothing is ever requested. A solve that sees a
 * request returns the best allocation it has so far, not converged; the simulation then counts
 * the block as not applied.
 */
public final class StopRequest {

  private static final BooleanSupplier NEVER = () -> false;
  private static final ThreadLocal<BooleanSupplier> CURRENT = ThreadLocal.withInitial(() -> NEVER);

  private StopRequest() {
  }

  /**
   * Runs {@code work} on this thread with {@code stop} as its stop request.
   *
   * @param stop polled by the solvers; true asks them to return early
   * @param work the work (e.g. a simulation)
   * @return what {@code work} returns
   */
  public static <T> T during(BooleanSupplier stop, Supplier<T> work) {
    BooleanSupplier previous = CURRENT.get();
    CURRENT.set(stop);
    try {
      return work.get();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** True when this thread's work has been asked to stop. */
  public static boolean requested() {
    return CURRENT.get().getAsBoolean();
  }
}
