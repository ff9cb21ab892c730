package io.fluidedge.optimize;

/**
 * A resource-allocation policy: chooses positions, bits and CPU shares for one coherence block.
 * Implementations are created per run and may keep state across blocks (not thread-safe).
 */
public interface Policy {

  /**
   * Solves one block's problem.
   *
   * @param problem the block's problem
   * @param warm    the allocation in force (the previous block's), or null on the first block
   */
  Solution solve(Problem problem, Allocation warm);
}
