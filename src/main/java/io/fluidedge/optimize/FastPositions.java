package io.fluidedge.optimize;

import io.fluidedge.link.LayoutPotential;
import io.fluidedge.link.SchurRates;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.radio.Positions;
import java.util.Arrays;

/**
 * The position block of the fast solver over the iterations of one solve. The first iteration of
 * a cold start searches the candidate grid antenna by antenna ({@link PositionSearch#improve}).
 * Every other pass (all of a warm start, whose previous positions are the starting basin) is, on
 * panels of at most {@value #JOINT_MAX_ANTENNAS} antennas, the joint quasi-Newton search of
 * {@link LayoutSearch}, handed over to the per-antenna steps of
 * {@link PositionSearch#improveScreened} when it is blocked by D_min (or declines, at very high
 * SNR); on larger panels, the per-antenna steps alone. A pass that settled is not repeated while
 * the weights stay the same and nothing moved.
 */
final class FastPositions {

  /**
   * Panels with more antennas skip the joint search: each of its evaluations costs O(M²·KN), and
   * on a crowded panel it is soon blocked by D_min anyway. Measured on the SolverBench problems
   * (warm starts, gauss-markov): at K = 8, M = 16 the joint search first lowers the mean loss by
   * 2.8 % at the same solve time; at K = 8, M = 32 by 0.4 % at 30 % more time.
   */
  static final int JOINT_MAX_ANTENNAS = 16;

  /**
   * On panels of more than {@value #JOINT_MAX_ANTENNAS} antennas the state is recomputed from
   * scratch between passes once it has taken this many rank updates per antenna (on smaller
   * ones after every pass that moved an antenna, as before). Each update adds rounding of order
   * ε·cond(Q), and the rates it gives only choose candidates (every pass is confirmed by the
   * exact rates), while a refresh costs O(M³ + M²·KN), at M = 64 as much as a dozen steps.
   * Measured on the SolverBench warm solves: 4 instead of 1 gives the same losses (to 1e-15 on
   * the same problems) and saves about 7 % of a warm solve at K = 16, N = 2, M = 32;
   * SchurRatesTest holds the kept state to 1e-9 of a recomputed one after 2M–3M moves.
   */
  static final int REFRESH_COMMITS_PER_ANTENNA = 4;

  private final Problem problem;
  private final double gridM;
  private final PositionSearch search;
  private LayoutSearch layout;
  private LayoutPotential potential;
  private SchurRates state;
  private double[] settledFor;

  FastPositions(Problem problem, double gridM, double tolerance) {
    this.problem = problem;
    this.gridM = gridM;
    search = new PositionSearch(problem.panel(), gridM, problem.users(), tolerance);
  }

  /**
   * One pass of the block.
   *
   * @param from    the current positions
   * @param a       weights a_k = b_k·D_k/B
   * @param minGain the smallest decrease of Φ worth a move
   * @param grid    true for the candidate grid (the first iteration of a cold start)
   * @return the new positions (equal to {@code from} if nothing moved)
   */
  Positions improve(Positions from, double[] a, double minGain, boolean grid) {
    if (Arrays.equals(a, settledFor)) {
      return from; // the last pass settled with these very weights, and nothing moved since
    }
    settledFor = null;
    if (grid) {
      SchurRates s = state(from);
      search.improve(s, a, true);
      return s.positions();
    }
    Positions moved = from;
    boolean settled = false;
    boolean perAntenna = true;
    if (from.size() <= JOINT_MAX_ANTENNAS) {
      if (layout == null) {
        layout = new LayoutSearch(problem.panel(), gridM, potential(), problem.users(),
            from.size());
      }
      double[] x = from.xs();
      double[] y = from.ys();
      LayoutSearch.Outcome outcome = layout.run(x, y, a, minGain);
      moved = Positions.of(x, y);
      settled = outcome == LayoutSearch.Outcome.SETTLED;
      perAntenna = outcome == LayoutSearch.Outcome.BLOCKED
          || outcome == LayoutSearch.Outcome.DECLINED;
    }
    if (perAntenna) {
      SchurRates s = state(moved);
      settled = search.improveScreened(s, a, minGain);
      moved = s.positions();
    }
    if (settled) {
      settledFor = a.clone();
    }
    return moved;
  }

  /**
   * The exact rates at the given positions ({@link UplinkRates#rates(io.fluidedge.radio.Channel,
   * Positions)}), reusing the rows of the search that produced them: the joint search's
   * evaluator keeps the rows and Q of the layout it last saw, the rank-update state its rows.
   */
  double[] rates(Positions at) {
    if (at.size() > JOINT_MAX_ANTENNAS) {
      if (state == null) {
        state = newState(at); // the first pass needs it anyway
        double[] fresh = state.refreshedRates(); // computed from scratch, as the exact rates
        if (fresh != null) {
          return fresh;
        }
      }
      return state.positions().equals(at) ? state.exactRates()
          : UplinkRates.rates(problem.channel(), at);
    }
    return potential().rates(at.xs(), at.ys());
  }

  private LayoutPotential potential() {
    if (potential == null) {
      potential = new LayoutPotential(problem.channel());
    }
    return potential;
  }

  /** The caller discarded the last move: the next pass must run. */
  void unsettle() {
    settledFor = null;
  }

  /**
   * The rank-update state at the given positions: rebuilt from scratch (O(M³)) if they are not
   * its own, or as {@link #REFRESH_COMMITS_PER_ANTENNA} says.
   */
  private SchurRates state(Positions at) {
    if (state == null) {
      state = newState(at);
    } else if (!state.positions().equals(at)) {
      state.moveAll(at.xs(), at.ys());
    } else if (at.size() > JOINT_MAX_ANTENNAS
        ? state.commitsSinceRefresh() >= REFRESH_COMMITS_PER_ANTENNA * at.size()
        : state.movedSinceRefresh()) {
      state.refresh();
    }
    return state;
  }

  /**
   * A rank-update state; on panels of more than {@value #JOINT_MAX_ANTENNAS} antennas, where the
   * screened steps do all the work, one that keeps X = HᴴQ⁻¹H across its moves.
   */
  private SchurRates newState(Positions at) {
    return new SchurRates(problem.channel(), at, at.size() > JOINT_MAX_ANTENNAS);
  }
}
