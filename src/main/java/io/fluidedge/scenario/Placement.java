package io.fluidedge.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Where a class's users start, around the base station at the origin.
 *
 * @param kind    annulus (uniform in area between the radii) | ring (uniform angle at one
 *                radius) | points (explicit coordinates, one per user)
 * @param rMinM   inner radius (annulus), m
 * @param rMaxM   outer radius (annulus), m
 * @param radiusM radius (ring), m
 * @param points  coordinates (points), one per user of the class
 */
public record Placement(Kind kind, double rMinM, double rMaxM, double radiusM, List<Point> points) {

  /** Validates the radii and copies the points. */
  public Placement {
    Objects.requireNonNull(kind, "kind");
    points = List.copyOf(points);
    if (kind == Kind.ANNULUS && !(rMinM >= 0 && rMaxM > rMinM && rMaxM <= 1e5)) {
      throw new IllegalArgumentException("need 0 <= r-min-m < r-max-m <= 1e5: " + rMinM + ", "
          + rMaxM);
    }
    if (kind == Kind.RING && !(radiusM >= 0 && radiusM <= 1e5)) {
      throw new IllegalArgumentException("radius-m must be in [0, 1e5]: " + radiusM);
    }
    if (kind == Kind.POINTS && points.isEmpty()) {
      throw new IllegalArgumentException("points-m needs one [x, y] per user");
    }
  }

  /** Uniform placement in the annulus r_min..r_max. */
  public static Placement annulus(double rMinM, double rMaxM) {
    return new Placement(Kind.ANNULUS, rMinM, rMaxM, 0, List.of());
  }

  /** A point on the ground plane, m (the base station at the origin). */
  public record Point(double xM, double yM) {
    /** Rejects non-finite coordinates. */
    public Point {
      if (!Double.isFinite(xM) || !Double.isFinite(yM) || Math.abs(xM) > 1e5 || Math.abs(yM) > 1e5) {
        throw new IllegalArgumentException("coordinates must be finite and within 1e5 m: " + xM
            + ", " + yM);
      }
    }
  }

  /** Placement kinds. */
  public enum Kind {
    /** Uniform in area between r-min-m and r-max-m. */
    ANNULUS,
    /** Uniform angle at radius-m. */
    RING,
    /** Explicit coordinates. */
    POINTS
  }
}
