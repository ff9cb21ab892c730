package io.fluidedge.radio;

import java.util.Arrays;

/**
 * Positions of the M base-station antennas on the panel, m. Immutable; {@link #with} returns a copy.
 */
public final class Positions {

  private final double[] x;
  private final double[] y;

  private Positions(double[] x, double[] y) {
    this.x = x;
    this.y = y;
  }

  /** Positions from coordinate arrays (copied). */
  public static Positions of(double[] x, double[] y) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("need equal, non-empty x and y: " + x.length + ", " + y.length);
    }
    for (int m = 0; m < x.length; m++) {
      if (!Double.isFinite(x[m]) || !Double.isFinite(y[m])) {
        throw new IllegalArgumentException("antenna " + m + " at non-finite (" + x[m] + ", " + y[m] + ")");
      }
    }
    return new Positions(x.clone(), y.clone());
  }

  /** Number of antennas M. */
  public int size() {
    return x.length;
  }

  /** x coordinate of antenna m, m. */
  public double x(int m) {
    return x[m];
  }

  /** y coordinate of antenna m, m. */
  public double y(int m) {
    return y[m];
  }

  /** A copy of the x coordinates, m. */
  public double[] xs() {
    return x.clone();
  }

  /** A copy of the y coordinates, m. */
  public double[] ys() {
    return y.clone();
  }

  /** A copy with antenna m moved to (newX, newY). */
  public Positions with(int m, double newX, double newY) {
    double[] nx = x.clone();
    double[] ny = y.clone();
    nx[m] = newX;
    ny[m] = newY;
    return new Positions(nx, ny);
  }

  /** Copies of the coordinates as rows {x, y}. */
  public double[][] toRows() {
    double[][] rows = new double[x.length][];
    for (int m = 0; m < x.length; m++) {
      rows[m] = new double[] {x[m], y[m]};
    }
    return rows;
  }

  /** Smallest distance from (px, py) to any antenna other than {@code skip}, m (+∞ if none). */
  public double distanceToOthers(int skip, double px, double py) {
    double best = Double.POSITIVE_INFINITY;
    for (int n = 0; n < x.length; n++) {
      if (n != skip) {
        best = Math.min(best, Math.hypot(px - x[n], py - y[n]));
      }
    }
    return best;
  }

  /** Smallest pairwise distance, m (+∞ for one antenna). */
  public double minSpacing() {
    double best = Double.POSITIVE_INFINITY;
    for (int m = 0; m < x.length; m++) {
      for (int n = m + 1; n < x.length; n++) {
        best = Math.min(best, Math.hypot(x[m] - x[n], y[m] - y[n]));
      }
    }
    return best;
  }

  /**
   * True if every antenna is in the panel and all pairs are at least D_min apart, allowing a
   * relative slack of 1e-9 for rounding.
   */
  public boolean feasibleOn(Panel panel) {
    double slack = 1e-9 * panel.wavelengthM();
    for (int m = 0; m < x.length; m++) {
      if (x[m] < -slack || y[m] < -slack || x[m] > panel.sideM() + slack || y[m] > panel.sideM() + slack) {
        return false;
      }
    }
    return minSpacing() >= panel.minSpacingM() - slack;
  }

  /** Largest distance any antenna moves between this layout and {@code other}, m. */
  public double maxMove(Positions other) {
    double best = 0;
    for (int m = 0; m < x.length; m++) {
      best = Math.max(best, Math.hypot(x[m] - other.x[m], y[m] - other.y[m]));
    }
    return best;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Positions p && Arrays.equals(x, p.x) && Arrays.equals(y, p.y);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int m = 0; m < x.length; m++) {
      sb.append(m == 0 ? "" : ", ").append(String.format("(%.4f, %.4f)", x[m], y[m]));
    }
    return sb.append(']').toString();
  }
}
