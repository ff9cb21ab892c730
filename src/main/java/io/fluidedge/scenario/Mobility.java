package io.fluidedge.scenario;

import java.util.Objects;

/**
 * How a class's users move; positions are updated at block boundaries.
 *
 * @param kind        static | constant-velocity | random-waypoint
 * @param speedMps    speed, m/s (constant-velocity)
 * @param headingDeg  direction of travel, degrees counter-clockwise from +x (constant-velocity)
 * @param speedMinMps smallest leg speed, m/s (random-waypoint)
 * @param speedMaxMps largest leg speed, m/s (random-waypoint)
 * @param pauseS      pause at each waypoint, s (random-waypoint)
 */
public record Mobility(Kind kind, double speedMps, double headingDeg, double speedMinMps,
    double speedMaxMps, double pauseS) {

  /** Users that do not move. */
  public static final Mobility STATIC = new Mobility(Kind.STATIC, 0, 0, 0, 0, 0);

  /** Validates speeds and the pause. */
  public Mobility {
    Objects.requireNonNull(kind, "kind");
    if (!(speedMps >= 0 && speedMps <= 1e3)) {
      throw new IllegalArgumentException("speed-mps must be in [0, 1000]: " + speedMps);
    }
    if (!Double.isFinite(headingDeg)) {
      throw new IllegalArgumentException("heading-deg must be finite: " + headingDeg);
    }
    if (kind == Kind.RANDOM_WAYPOINT
        && !(speedMinMps > 0 && speedMaxMps >= speedMinMps && speedMaxMps <= 1e3)) {
      throw new IllegalArgumentException("need 0 < speed-min-mps <= speed-max-mps <= 1000: "
          + speedMinMps + ", " + speedMaxMps);
    }
    if (!(pauseS >= 0) || Double.isInfinite(pauseS)) {
      throw new IllegalArgumentException("pause-s must be finite and >= 0: " + pauseS);
    }
  }

  /** The largest speed this mobility reaches, m/s. */
  public double maxSpeedMps() {
    return switch (kind) {
      case STATIC -> 0;
      case CONSTANT_VELOCITY -> speedMps;
      case RANDOM_WAYPOINT -> speedMaxMps;
    };
  }

  /** Mobility kinds. */
  public enum Kind {
    /** The user stays where it was placed. */
    STATIC,
    /** Straight line at a fixed speed and heading. */
    CONSTANT_VELOCITY,
    /** Legs to uniform waypoints in the cell at a uniform speed, with a pause at each. */
    RANDOM_WAYPOINT
  }
}
