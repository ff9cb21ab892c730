package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Optimizer settings (scenario section {@code optimizer}).
 *
 * @param policy          joint | fpa | random-fa | fixed-bits | equal-cpu | a policy plugin name
 * @param solver          fast (closed-form combiner) or paper (Riemannian combiner)
 * @param maxIterations   BCD iteration cap (≥ 1)
 * @param tolerance       stop when |ΔJ| / |J| falls below this (&gt; 0)
 * @param fixedBits       bits used by the fixed-bits policy
 * @param warmStart       start each block's solve from the previous block's allocation
 * @param controlDelayS   signalling and compute delay before a new allocation applies, s
 * @param antennaSpeedMps antenna travel speed, m/s (infinite: instantaneous moves)
 * @param gridWavelengths candidate-grid spacing δ for the position block, in wavelengths
 * @param starts          restarts of a cold joint solve (fast solver) from its best layout with
 *                        two antennas moved to random feasible points, on top of the well-spread
 *                        layout and the baselines' end points (0..1000)
 */
public record OptimizerSettings(
    String policy,
    Solver solver,
    int maxIterations,
    double tolerance,
    int fixedBits,
    boolean warmStart,
    double controlDelayS,
    double antennaSpeedMps,
    double gridWavelengths,
    int starts) {

  /** The default of {@code optimizer.starts}. */
  public static final int DEFAULT_STARTS = 24;

  public OptimizerSettings {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(solver, "solver");
    if (maxIterations < 1) {
      throw new IllegalArgumentException("max-iterations must be >= 1: " + maxIterations);
    }
    Radio.positive("tolerance", tolerance);
    if (fixedBits < 1 || fixedBits > 32) {
      throw new IllegalArgumentException("fixed-bits must be in 1..32: " + fixedBits);
    }
    if (!(controlDelayS >= 0) || Double.isInfinite(controlDelayS)) {
      throw new IllegalArgumentException("control-delay-s must be >= 0 and finite: " + controlDelayS);
    }
    if (!(antennaSpeedMps > 0)) {
      throw new IllegalArgumentException("antenna-speed-mps must be positive (.inf allowed): "
          + antennaSpeedMps);
    }
    Radio.positive("grid-wavelengths", gridWavelengths);
    if (starts < 0 || starts > 1000) {
      throw new IllegalArgumentException("starts must be in 0..1000: " + starts);
    }
  }

  /** Settings with the default number of extra cold starts ({@value #DEFAULT_STARTS}). */
  public OptimizerSettings(String policy, Solver solver, int maxIterations, double tolerance,
      int fixedBits, boolean warmStart, double controlDelayS, double antennaSpeedMps,
      double gridWavelengths) {
    this(policy, solver, maxIterations, tolerance, fixedBits, warmStart, controlDelayS,
        antennaSpeedMps, gridWavelengths, DEFAULT_STARTS);
  }

  /** A copy with another policy name. */
  public OptimizerSettings withPolicy(String newPolicy) {
    return new OptimizerSettings(newPolicy, solver, maxIterations, tolerance, fixedBits, warmStart,
        controlDelayS, antennaSpeedMps, gridWavelengths, starts);
  }

  /** A copy with another number of extra cold starts. */
  public OptimizerSettings withStarts(int newStarts) {
    return new OptimizerSettings(policy, solver, maxIterations, tolerance, fixedBits, warmStart,
        controlDelayS, antennaSpeedMps, gridWavelengths, newStarts);
  }

  /** Combiner and position solver. */
  public enum Solver {
    /** Closed-form combiner, Schur-complement candidate search and gradient refinement. */
    FAST,
    /** Riemannian combiner on the oblique manifold, grid search with the combiner held fixed. */
    PAPER
  }
}
