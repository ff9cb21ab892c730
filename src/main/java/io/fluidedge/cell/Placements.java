package io.fluidedge.cell;

import io.fluidedge.scenario.Placement;
import umontreal.ssj.rng.RandomStream;

/** Initial user positions of a class's {@link Placement}; the base station is at the origin. */
public final class Placements {

  private Placements() {}

  /**
   * A point uniform in area in the annulus r_min ≤ r ≤ r_max: r = √(r_min² + u·(r_max² − r_min²)),
   * angle 2π·u' (two uniforms, in that order).
   *
   * @param rng the stream drawn from (modified)
   * @return {x, y}, m
   */
  public static double[] inAnnulus(double rMinM, double rMaxM, RandomStream rng) {
    double r = Math.sqrt(rMinM * rMinM + rng.nextDouble() * (rMaxM * rMaxM - rMinM * rMinM));
    double theta = 2 * Math.PI * rng.nextDouble();
    return new double[] {r * Math.cos(theta), r * Math.sin(theta)};
  }

  /**
   * The positions of {@code count} users.
   *
   * @param p     the placement
   * @param count users of the class
   * @param rng   the placement stream (modified)
   * @return {@code [user][x, y]}, m
   */
  public static double[][] place(Placement p, int count, RandomStream rng) {
    double[][] out = new double[count][];
    for (int i = 0; i < count; i++) {
      out[i] = switch (p.kind()) {
        case ANNULUS -> inAnnulus(p.rMinM(), p.rMaxM(), rng);
        case RING -> {
          double theta = 2 * Math.PI * rng.nextDouble();
          yield new double[] {p.radiusM() * Math.cos(theta), p.radiusM() * Math.sin(theta)};
        }
        case POINTS -> new double[] {p.points().get(i).xM(), p.points().get(i).yM()};
      };
    }
    return out;
  }
}
