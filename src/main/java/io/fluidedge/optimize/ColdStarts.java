package io.fluidedge.optimize;

import io.fluidedge.link.SchurRates;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.Streams;
import java.util.Arrays;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * The joint policy's cold solve with the fast solver: block coordinate descent from several
 * starts, the best result kept, then improved by global single-antenna moves on J with bits
 * re-chosen ({@link EnvelopeMoves}) and polished until no single-antenna probe
 * ({@link StepProbe}) gains more than the tolerance.
 *
 * <p>Starts, in this order:
 * <ol>
 *   <li>the well-spread layout (the plain cold solve);
 *   <li>each baseline's end point, kept as it is and also continued with every block free. A
 *       baseline is a restriction of the joint problem (some blocks held fixed), so its end point
 *       is a feasible joint allocation, and the result's loss is at most every baseline's loss on
 *       the same problem: by construction, not by luck of the local search. A baseline whose
 *       descent is the joint plan's own ({@link #sameAsJoint}) reuses the first start's result;
 *   <li>{@code optimizer.starts} restarts of an iterated local search: {@value #KICKED} antennas
 *       of the best layout so far move to random feasible points and from there to their best
 *       grid points on J with re-chosen bits, and the BCD continues from that layout. Measured
 *       against 32 random starts with a full descent each (JointStartsTest), the random kick
 *       plus the grid placement finds better basins per unit of time than cold restarts.
 * </ol>
 *
 * <p>The returned history is the winning path's: a start's own history (a baseline's followed by
 * its continuation), then each polish-and-continue round's starting loss and iterations. Every
 * entry is an exact evaluation, and the sequence is non-increasing.
 */
final class ColdStarts {

  /** Antennas relocated per restart of the iterated local search. */
  static final int KICKED = 2;
  /** Polish-and-continue rounds at most (each ends with a continued BCD solve). */
  private static final int POLISH_ROUNDS = 4;
  /** Rounds of global envelope moves at most (each ends with a continued BCD solve). */
  private static final int ENVELOPE_ROUNDS = 4;

  private ColdStarts() {
  }

  /**
   * Solves one problem cold from all starts.
   *
   * @param joint     the joint plan (nothing fixed; its cold start is the first start)
   * @param baselines plans of the baselines whose end points to include
   */
  static Solution solve(Problem p, OptimizerSettings settings, BlockCoordinateDescent.Plan joint,
      List<BlockCoordinateDescent.Plan> baselines) {
    long start = System.nanoTime();
    Solution own = BlockCoordinateDescent.run(p, settings, joint, null);
    Solution best = own;
    for (BlockCoordinateDescent.Plan baseline : baselines) {
      Solution end = sameAsJoint(p, joint, baseline) ? own
          : BlockCoordinateDescent.run(p, settings, baseline, null);
      best = better(best, end);
      Solution continued = chain(end,
          BlockCoordinateDescent.run(p, settings, joint, end.allocation()), false);
      if (continued != null && continued.loss().total() < end.loss().total()) {
        best = better(best, continued);
      }
    }
    EnvelopeMoves moves = envelopeMoves(p, settings); // one grid of channel rows for both
    best = restarts(p, settings, joint, best, settings.starts(), moves);
    best = polish(p, settings, joint, best, moves);
    return withWall(best, (System.nanoTime() - start) / 1e6);
  }

  /**
   * True when the baseline's descent is the joint plan's own, step for step: it holds only the
   * CPU shares at F/K, and those are the KKT shares (every user with the same c_k·S_k). CPU
   * shares enter neither the rates nor the bits, so the positions, bits and losses of the two
   * descents are equal, and the joint plan's cold solve is the baseline's end point without
   * running it again.
   */
  static boolean sameAsJoint(Problem p, BlockCoordinateDescent.Plan joint,
      BlockCoordinateDescent.Plan baseline) {
    return baseline.equalCpu() && !joint.equalCpu() && baseline.fixedBits() == joint.fixedBits()
        && baseline.fixedPositions() == null && joint.fixedPositions() == null
        && baseline.coldStart().equals(joint.coldStart())
        && Arrays.equals(ResourceBlocks.cpuShares(p), ResourceBlocks.equalShares(p));
  }

  /**
   * Iterated local search: {@code count} times, relocate {@value #KICKED} antennas of the best
   * layout so far, each to a uniform random feasible point and then to its best grid point by
   * {@link EnvelopeMoves} (the others held), and continue the descent from there with the bits
   * those rates call for; keep the result if its loss is lower. The draws come from a stream of
   * fixed seed, so a solve depends only on its problem.
   */
  static Solution restarts(Problem p, OptimizerSettings settings,
      BlockCoordinateDescent.Plan joint, Solution from, int count, EnvelopeMoves moves) {
    RandomStream rng = Streams.of(0, "cold-start-kicks");
    Solution best = from;
    int antennas = p.antennas();
    double side = p.panel().sideM();
    int[] kicked = new int[Math.min(KICKED, antennas)];
    for (int restart = 0; restart < count && !StopRequest.requested(); restart++) {
      Positions layout = best.allocation().positions();
      for (int moved = 0; moved < kicked.length; moved++) {
        int m = (int) (rng.nextDouble() * antennas);
        kicked[moved] = m;
        for (int attempt = 0; attempt < 100; attempt++) {
          double x = rng.nextDouble() * side;
          double y = rng.nextDouble() * side;
          if (layout.distanceToOthers(m, x, y) >= p.panel().minSpacingM()) {
            layout = layout.with(m, x, y);
            break;
          }
        }
      }
      SchurRates state = new SchurRates(p.channel(), layout);
      for (int m : kicked) {
        moves.place(state, m);
      }
      best = better(best, continueFrom(p, settings, joint, state, best.allocation()));
    }
    return best;
  }

  /**
   * Global single-antenna moves on J with bits re-chosen ({@link EnvelopeMoves}), each pass
   * followed by the descent, while that lowers the loss; then probes the layout and, while a
   * probe move gains more than half the tolerance, moves there and continues the descent.
   */
  static Solution polish(Problem p, OptimizerSettings settings, BlockCoordinateDescent.Plan joint,
      Solution from, EnvelopeMoves moves) {
    Solution best = from;
    for (int round = 0; round < ENVELOPE_ROUNDS && !StopRequest.requested(); round++) {
      double minGain = 0.5 * settings.tolerance() * BlockCoordinateDescent.scale(p, best.loss());
      SchurRates state = new SchurRates(p.channel(), best.allocation().positions());
      if (!moves.pass(state, minGain)) {
        break;
      }
      Solution chained = chain(best, continueFrom(p, settings, joint, state, best.allocation()),
          true);
      if (chained == null || !(chained.loss().total() < best.loss().total())) {
        break;
      }
      best = chained;
    }
    for (int round = 0; round < POLISH_ROUNDS; round++) {
      Allocation at = best.allocation();
      double minGain = 0.5 * settings.tolerance() * BlockCoordinateDescent.scale(p, best.loss());
      SchurRates state = new SchurRates(p.channel(), at.positions());
      if (!StepProbe.polish(state, p.panel(), BlockCoordinateDescent.weights(p, at.bits()),
          minGain)) {
        break;
      }
      Solution next = BlockCoordinateDescent.run(p, settings, joint,
          new Allocation(state.positions(), at.bits(), at.cpuHz()));
      Solution chained = chain(best, next, true);
      if (chained == null || !(next.loss().total() < best.loss().total())) {
        break; // the exact rates disagree with the rank updates (rounding): keep what we had
      }
      best = chained;
    }
    return best;
  }

  private static EnvelopeMoves envelopeMoves(Problem p, OptimizerSettings settings) {
    return new EnvelopeMoves(p, settings.gridWavelengths() * p.panel().wavelengthM());
  }

  /** The descent, all blocks free, from the state's layout with the bits its exact rates call for. */
  private static Solution continueFrom(Problem p, OptimizerSettings settings,
      BlockCoordinateDescent.Plan joint, SchurRates state, Allocation previous) {
    int[] bits = ResourceBlocks.bits(p, state.exactRates());
    return BlockCoordinateDescent.run(p, settings, joint,
        new Allocation(state.positions(), bits, previous.cpuHz()));
  }

  private static Solution better(Solution a, Solution b) {
    return b.loss().total() < a.loss().total() ? b : a;
  }

  /**
   * The path of {@code first} followed by {@code then}; {@code then}'s starting loss is kept when
   * it starts from a new allocation ({@code moved}), dropped when it re-evaluates first's end.
   * Null if the joined history would rise anywhere: at extreme SNR two evaluations of the same
   * layout by different rate kernels can differ in the fourth digit, and a path that seems to
   * climb is not offered.
   */
  private static Solution chain(Solution first, Solution then, boolean moved) {
    double[] a = first.lossHistory();
    double[] b = then.lossHistory();
    int skip = moved ? 0 : 1;
    double[] h = new double[a.length + b.length - skip];
    System.arraycopy(a, 0, h, 0, a.length);
    System.arraycopy(b, skip, h, a.length, b.length - skip);
    for (int i = a.length; i < h.length; i++) {
      if (h[i] > h[i - 1]) {
        return null;
      }
    }
    return new Solution(then.allocation(), then.rates(), then.loss(), h, h.length - 1,
        then.converged(), first.wallMs() + then.wallMs(), then.combiners());
  }

  private static Solution withWall(Solution s, double wallMs) {
    return new Solution(s.allocation(), s.rates(), s.loss(), s.lossHistory(), s.iterations(),
        s.converged(), wallMs, s.combiners());
  }
}
