package io.fluidedge.optimize;

import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.OptimizerSettings;
import java.util.Arrays;

/**
 * Block coordinate descent on J (docs/model.md): CPU shares, bits, combiners, positions, one block at
 * a time, each block an exact or monotone minimiser, so J never increases. Stops when an
 * iteration lowers J by at most tolerance × (Σ latency terms + ρ·Σ|accuracy|), the size of J's
 * parts (J itself can sit near zero, where |ΔJ|/|J| never settles), or after the iteration cap.
 *
 * <p>Blocks a policy fixes are applied before the first loss is recorded (so the history is
 * monotone from its first entry). Solver {@code fast}: closed-form combiners; positions by
 * {@link FastPositions} (a Schur-complement candidate grid in the first iteration of a cold start,
 * otherwise a joint quasi-Newton search over all antennas, or per-antenna gradient-screened steps
 * on large or crowded panels), each move kept only if the exact rates confirm it. Solver
 * {@code paper}: Riemannian combiners and a full-evaluation grid search with the combiners held
 * fixed. The solver is a {@link RadioSolver} chosen once per solve.
 *
 * <p>A {@link StopRequest} ends the solve at the next iteration boundary (the paper solver also
 * checks between candidate evaluations), not converged.
 */
public final class BlockCoordinateDescent {

  /**
   * What a policy holds fixed.
   *
   * @param fixedPositions positions never moved, or null (positions optimised)
   * @param coldStart      initial positions when there is no warm start
   * @param fixedBits      bits for every user, or 0 (bits optimised)
   * @param equalCpu       true: f_k = F/K; false: KKT shares
   */
  public record Plan(Positions fixedPositions, Positions coldStart, int fixedBits, boolean equalCpu) {
  }

  private BlockCoordinateDescent() {
  }

  /**
   * Solves one problem.
   *
   * @param warm previous allocation to start from, or null (cold start); ignored when
   *             {@code settings.warmStart()} is false
   */
  public static Solution solve(Problem p, OptimizerSettings settings, Plan plan, Allocation warm) {
    return run(p, settings, plan, warm != null && settings.warmStart() ? warm : null);
  }

  /**
   * Solves one problem from the given allocation (a warm start whatever the settings say), or
   * cold from the plan's start when it is null.
   */
  static Solution run(Problem p, OptimizerSettings settings, Plan plan, Allocation warm) {
    long start = System.nanoTime();
    boolean useWarm = warm != null;
    Positions positions = plan.fixedPositions() != null ? plan.fixedPositions()
        : useWarm ? warm.positions() : plan.coldStart();
    int[] bits = plan.fixedBits() > 0 ? ResourceBlocks.fixedBits(p, plan.fixedBits())
        : useWarm ? warm.bits() : ResourceBlocks.fixedBits(p, settings.fixedBits());
    double[] cpu = plan.equalCpu() ? ResourceBlocks.equalShares(p)
        : useWarm ? warm.cpuHz() : ResourceBlocks.equalShares(p);
    boolean movable = plan.fixedPositions() == null;
    RadioSolver solver = RadioSolver.of(p, settings, movable);
    RadioSolver.Layout layout = new RadioSolver.Layout(positions, solver.start(positions));
    Loss loss = Loss.evaluate(p, layout.rates(), bits, cpu);
    // Grown on demand: the cap may be far above the iterations a solve actually takes.
    double[] history = new double[Math.min(settings.maxIterations(), 63) + 1];
    history[0] = loss.total();
    boolean converged = false;
    int it = 0;
    while (it < settings.maxIterations() && !converged && !StopRequest.requested()) {
      it++;
      double previous = loss.total();
      cpu = plan.equalCpu() ? ResourceBlocks.equalShares(p) : ResourceBlocks.cpuShares(p);
      bits = plan.fixedBits() > 0 ? bits : ResourceBlocks.bits(p, layout.rates());
      layout = solver.improveCombiners(layout);
      if (movable) {
        layout = solver.improvePositions(layout, bits, settings.tolerance() * scale(p, loss),
            !useWarm && it == 1);
      }
      loss = Loss.evaluate(p, layout.rates(), bits, cpu);
      if (it == history.length) {
        history = Arrays.copyOf(history, (int) Math.min(2L * it, Integer.MAX_VALUE - 8L));
      }
      history[it] = loss.total();
      converged = previous - loss.total() <= settings.tolerance() * scale(p, loss);
    }
    double wallMs = (System.nanoTime() - start) / 1e6;
    return new Solution(new Allocation(layout.positions(), bits, cpu), layout.rates(), loss,
        Arrays.copyOf(history, it + 1), it, converged, wallMs, solver.combinerData());
  }

  /**
   * The magnitude J's relative change is measured against: Σ|latency terms| + ρ·Σ|accuracy|. J
   * itself can sit near zero (latency and ρ·accuracy cancel), where |ΔJ|/|J| would never settle.
   */
  static double scale(Problem p, Loss loss) {
    double acc = 0;
    for (double a : loss.accuracy()) {
      acc += Math.abs(a);
    }
    return loss.latencyS() + p.sensitivity() * acc;
  }

  /** a_k = b_k·D_k/B, the weights of the position block's Φ = Σ_k a_k/R_k. */
  static double[] weights(Problem p, int[] bits) {
    double[] a = new double[bits.length];
    for (int k = 0; k < a.length; k++) {
      a[k] = bits[k] * p.features(k) / p.bandwidthHz();
    }
    return a;
  }
}
