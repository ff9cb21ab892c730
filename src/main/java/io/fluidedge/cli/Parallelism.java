package io.fluidedge.cli;

import io.fluidedge.scenario.InputException;

/** The {@code --parallel P} option of the commands that run many simulations. */
final class Parallelism {

  private Parallelism() {
  }

  /**
   * The pool size: {@code parallel} if given, else the number of processors.
   *
   * @throws InputException naming {@code --parallel} if it is below 1
   */
  static int threads(Integer parallel) {
    if (parallel == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (parallel < 1) {
      throw InputException.argument("--parallel", "must be >= 1: " + parallel);
    }
    return parallel;
  }
}
