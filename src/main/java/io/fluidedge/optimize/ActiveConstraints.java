package io.fluidedge.optimize;

import io.fluidedge.radio.Panel;

/**
 * The position steps' projection onto the constraints an antenna sits on: without it an antenna on
 * a panel edge, or touching a neighbour's D_min disk, keeps being offered a step it cannot take
 * however short.
 */
final class ActiveConstraints {

  private ActiveConstraints() {
  }

  /**
   * Drops from antenna m's displacement (d[at], d[at + 1]) the parts that would leave the panel at
   * an edge it sits on, or run into a neighbour whose D_min disk it touches (within 1 %).
   *
   * @param x antenna x coordinates, m
   * @param y antenna y coordinates, m
   * @param d displacements (modified at {@code at} and {@code at + 1})
   */
  static void project(Panel panel, double[] x, double[] y, int m, double[] d, int at) {
    double dx = d[at];
    double dy = d[at + 1];
    double edge = panel.sideM() * 1e-12;
    if (x[m] <= edge && dx < 0 || x[m] >= panel.sideM() - edge && dx > 0) {
      dx = 0;
    }
    if (y[m] <= edge && dy < 0 || y[m] >= panel.sideM() - edge && dy > 0) {
      dy = 0;
    }
    double touch = panel.minSpacingM() * 1.01;
    double touch2 = touch * touch;
    for (int n = 0; n < x.length; n++) {
      double ex = x[n] - x[m];
      double ey = y[n] - y[m];
      double d2 = ex * ex + ey * ey;
      if (n != m && d2 > 0 && d2 < touch2) {
        double toward = dx * ex + dy * ey; // d·(r_n − r_m)
        if (toward > 0) {
          dx -= toward * ex / d2;
          dy -= toward * ey / d2;
        }
      }
    }
    d[at] = dx;
    d[at + 1] = dy;
  }
}
