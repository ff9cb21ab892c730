package io.fluidedge.optimize;

import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.OptimizerSettings.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import umontreal.ssj.rng.RandomStream;

/**
 * The built-in policies: block coordinate descent with some blocks held fixed.
 *
 * <ul>
 *   <li>joint: every block optimised; a cold solve with the fast solver starts from a well-spread
 *       layout and from every baseline's end point, restarts {@code optimizer.starts} times from
 *       perturbed layouts, and keeps the best ({@link ColdStarts}), so it never ends above a
 *       baseline;
 *   <li>fpa: antennas equidistant on the panel diagonal, never moved;
 *   <li>random-fa: random feasible positions drawn once per run from the positions stream, fixed;
 *   <li>fixed-bits: every user sends {@code optimizer.fixed-bits} bits;
 *   <li>equal-cpu: f_k = F/K.
 * </ul>
 * All other blocks are still optimised in each baseline.
 */
public final class BcdPolicy implements Policy {

  private final OptimizerSettings settings;
  private final BlockCoordinateDescent.Plan plan;
  private final List<BlockCoordinateDescent.Plan> baselines;

  /** A policy with an explicit plan and a single cold start. */
  public BcdPolicy(OptimizerSettings settings, BlockCoordinateDescent.Plan plan) {
    this(settings, plan, List.of());
  }

  private BcdPolicy(OptimizerSettings settings, BlockCoordinateDescent.Plan plan,
      List<BlockCoordinateDescent.Plan> baselines) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.baselines = List.copyOf(baselines);
  }

  /**
   * joint: all blocks free, its cold solves starting from the end points of fpa, fixed-bits and
   * equal-cpu (random-fa's layout comes from the scenario's positions stream: see
   * {@link #joint(OptimizerSettings, Panel, int, RandomStream)}).
   */
  public static BcdPolicy joint(OptimizerSettings settings, Panel panel, int antennas) {
    return joint(settings, panel, antennas, null);
  }

  /**
   * joint: all blocks free. Its cold solves also start from the end points of the other built-in
   * policies and restart {@code settings.starts()} times ({@link ColdStarts}).
   *
   * @param positionsStream the scenario's positions stream, fresh: its first layout is random-fa's
   *                        (the same draw); null, or a panel too crowded for a random
   *                        feasible layout, leaves the random-fa start out
   */
  public static BcdPolicy joint(OptimizerSettings settings, Panel panel, int antennas,
      RandomStream positionsStream) {
    List<BlockCoordinateDescent.Plan> baselines = new ArrayList<>();
    if (antennas <= Layouts.maxOnDiagonal(panel)) { // fpa exists only where the diagonal holds M
      baselines.add(fpa(settings, panel, antennas).plan);
    }
    if (positionsStream != null) {
      try {
        baselines.add(randomFa(settings, panel, antennas, positionsStream).plan);
      } catch (IllegalArgumentException crowded) {
        // A panel nearly full at D_min may hold M antennas that random placement cannot find:
        // random-fa does not exist there, so there is no start to take from it.
      }
    }
    baselines.add(fixedBits(settings, panel, antennas).plan);
    baselines.add(equalCpu(settings, panel, antennas).plan);
    return new BcdPolicy(settings, new BlockCoordinateDescent.Plan(null,
        Layouts.spread(panel, antennas), 0, false), baselines);
  }

  /** fpa: positions fixed on the panel diagonal. */
  public static BcdPolicy fpa(OptimizerSettings settings, Panel panel, int antennas) {
    Positions diagonal = Layouts.diagonal(panel, antennas);
    return new BcdPolicy(settings, new BlockCoordinateDescent.Plan(diagonal, diagonal, 0, false));
  }

  /** random-fa: positions fixed at a random feasible layout. */
  public static BcdPolicy randomFa(OptimizerSettings settings, Panel panel, int antennas,
      RandomStream positionsStream) {
    Positions random = Layouts.random(panel, antennas, positionsStream);
    return new BcdPolicy(settings, new BlockCoordinateDescent.Plan(random, random, 0, false));
  }

  /** fixed-bits: every user's bits fixed at {@code settings.fixedBits()}. */
  public static BcdPolicy fixedBits(OptimizerSettings settings, Panel panel, int antennas) {
    return new BcdPolicy(settings, new BlockCoordinateDescent.Plan(null,
        Layouts.spread(panel, antennas), settings.fixedBits(), false));
  }

  /** equal-cpu: f_k = F/K. */
  public static BcdPolicy equalCpu(OptimizerSettings settings, Panel panel, int antennas) {
    return new BcdPolicy(settings, new BlockCoordinateDescent.Plan(null,
        Layouts.spread(panel, antennas), 0, true));
  }

  /** What this policy holds fixed. */
  public BlockCoordinateDescent.Plan plan() {
    return plan;
  }

  /**
   * Solves with the plan; a cold solve (no warm start, or warm starts off) of the joint policy
   * with the fast solver runs all of its starts ({@link ColdStarts}). The paper solver keeps one
   * start: each of its solves costs hundreds of milliseconds.
   */
  @Override
  public Solution solve(Problem problem, Allocation warm) {
    boolean cold = warm == null || !settings.warmStart();
    if (cold && settings.solver() == Solver.FAST && !baselines.isEmpty()) {
      return ColdStarts.solve(problem, settings, plan, baselines);
    }
    return BlockCoordinateDescent.solve(problem, settings, plan, warm);
  }
}
