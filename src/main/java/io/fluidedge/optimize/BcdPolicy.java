package io.fluidedge.optimize;

import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.OptimizerSettings;
import java.util.Objects;
import umontreal.ssj.rng.RandomStream;

/**
 * The built-in policies: block coordinate descent with some blocks held fixed.
 *
 * <ul>
 *   <li>joint: every block optimised, cold start from a well-spread layout;
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

  /** A policy with an explicit plan. */
  public BcdPolicy(OptimizerSettings settings, BlockCoordinateDescent.Plan plan) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** joint: all blocks free. */
  public static BcdPolicy joint(OptimizerSettings settings, Panel panel, int antennas) {
    return new BcdPolicy(settings, new BlockCoordinateDescent.Plan(null,
        Layouts.spread(panel, antennas), 0, false));
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

  @Override
  public Solution solve(Problem problem, Allocation warm) {
    return BlockCoordinateDescent.solve(problem, settings, plan, warm);
  }
}
