package io.fluidedge.cell;

import io.fluidedge.scenario.Mobility;
import umontreal.ssj.rng.RandomStream;

/**
 * One user's position over time under its {@link Mobility}; the run advances it at block
 * boundaries.
 *
 * <ul>
 *   <li>static: never moves;
 *   <li>constant-velocity: x(t) = x₀ + v·t·(cos h, sin h) (it may leave the cell);
 *   <li>random-waypoint: legs in a straight line to a waypoint drawn uniformly in area in an
 *       annulus r_min..r_max (the class's or the cell's), at a speed uniform in [v_min, v_max] drawn per leg, with a
 *       pause at each waypoint. The cell's disc is convex, so every leg stays within r_max (it may cross the inner disc).
 * </ul>
 * Not thread-safe; one instance per user.
 */
public final class Walker {

  private final Mobility mobility;
  private final double rMinM;
  private final double rMaxM;
  private final RandomStream rng;
  private double x;
  private double y;
  private double targetX;
  private double targetY;
  private double legSpeed;
  private double pauseLeftS;

  /**
   * @param mobility how the user moves
   * @param startX   initial x, m
   * @param startY   initial y, m
   * @param rMinM    inner radius of the waypoint annulus, m
   * @param rMaxM    outer radius, m
   * @param rng      the mobility stream (random-waypoint draws from it; modified)
   */
  public Walker(Mobility mobility, double startX, double startY, double rMinM, double rMaxM,
      RandomStream rng) {
    this.mobility = mobility;
    this.x = startX;
    this.y = startY;
    this.rMinM = rMinM;
    this.rMaxM = rMaxM;
    this.rng = rng;
    if (mobility.kind() == Mobility.Kind.RANDOM_WAYPOINT) {
      newLeg();
    }
  }

  /** Current x, m. */
  public double x() {
    return x;
  }

  /** Current y, m. */
  public double y() {
    return y;
  }

  /** Current speed, m/s (0 while pausing or static). */
  public double speedMps() {
    return switch (mobility.kind()) {
      case STATIC -> 0;
      case CONSTANT_VELOCITY -> mobility.speedMps();
      case RANDOM_WAYPOINT -> pauseLeftS > 0 ? 0 : legSpeed;
    };
  }

  /**
   * Moves the user forward by {@code dtS} seconds.
   *
   * @param dtS elapsed time, s (≥ 0)
   */
  public void advance(double dtS) {
    switch (mobility.kind()) {
      case STATIC -> { }
      case CONSTANT_VELOCITY -> {
        double h = Math.toRadians(mobility.headingDeg());
        x += mobility.speedMps() * dtS * Math.cos(h);
        y += mobility.speedMps() * dtS * Math.sin(h);
      }
      case RANDOM_WAYPOINT -> walk(dtS);
    }
  }

  private void walk(double dtS) {
    double left = dtS;
    for (int guard = 0; left > 0 && guard < 1_000_000; guard++) {
      if (pauseLeftS > 0) {
        double p = Math.min(pauseLeftS, left);
        pauseLeftS -= p;
        left -= p;
        if (pauseLeftS > 0) {
          return;
        }
        newLeg();
        continue;
      }
      double dx = targetX - x;
      double dy = targetY - y;
      double dist = Math.hypot(dx, dy);
      double reach = legSpeed * left;
      if (reach < dist) {
        x += dx / dist * reach;
        y += dy / dist * reach;
        return;
      }
      x = targetX;
      y = targetY;
      left -= dist / legSpeed;
      pauseLeftS = mobility.pauseS();
      if (pauseLeftS == 0) {
        newLeg();
      }
    }
  }

  private void newLeg() {
    double[] p = Placements.inAnnulus(rMinM, rMaxM, rng);
    targetX = p[0];
    targetY = p[1];
    legSpeed = mobility.speedMinMps()
        + (mobility.speedMaxMps() - mobility.speedMinMps()) * rng.nextDouble();
  }
}
