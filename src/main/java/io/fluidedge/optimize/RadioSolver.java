package io.fluidedge.optimize;

import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.OptimizerSettings;

/**
 * The solver-dependent blocks of block coordinate descent: the receive combiners, the antenna
 * positions and the rates they give. The scenario's {@code optimizer.solver} picks one
 * implementation per solve: {@link FastSolver} (closed-form combiners, Schur-complement and
 * quasi-Newton position search) or {@link PaperSolver} (Riemannian combiners, full-evaluation
 * grid search). CPU shares and bits are solver-independent and stay in the descent itself.
 */
interface RadioSolver {

  /**
   * Positions and their rates after a block.
   *
   * @param positions the antenna layout
   * @param rates     R_k at that layout, bit/s/Hz
   */
  record Layout(Positions positions, double[] rates) {
  }

  /**
   * The solver the settings name.
   *
   * @param movable false when the plan fixes the positions (the position block never runs)
   */
  static RadioSolver of(Problem p, OptimizerSettings settings, boolean movable) {
    double gridM = settings.gridWavelengths() * p.panel().wavelengthM();
    return switch (settings.solver()) {
      case PAPER -> new PaperSolver(p, gridM);
      case FAST -> new FastSolver(p, gridM, settings.tolerance(), movable);
    };
  }

  /** The rates at the starting positions, after setting up the solver's state there. */
  double[] start(Positions positions);

  /**
   * The combiner block at fixed positions.
   *
   * @param current positions and rates before the block
   * @return the same positions with the rates after the block ({@code current} itself if the
   *         solver's combiners are closed-form)
   */
  Layout improveCombiners(Layout current);

  /**
   * The position block: a layout whose Φ = Σ_k a_k/R_k is at most the current one's.
   *
   * @param current   positions and rates before the block
   * @param bits      the users' bits (a_k = b_k·D_k/B)
   * @param minGain   the smallest decrease of Φ worth a move
   * @param firstCold true in the first iteration of a cold start (the global candidate pass)
   */
  Layout improvePositions(Layout current, int[] bits, double minGain, boolean firstCold);

  /** The explicit combiners' data (M × N each, interleaved row-major), or null if closed-form. */
  double[][] combinerData();
}
