package io.fluidedge.radio;

import umontreal.ssj.rng.RandomStream;

/** Antenna layouts on a panel: fixed-position (diagonal), well-spread grid and random feasible. */
public final class Layouts {

  private static final int RANDOM_ATTEMPTS = 10_000;

  private Layouts() {
  }

  /**
   * Fixed-position antennas (FPA): M antennas equidistant on the panel diagonal from (0, 0) to
   * (A, A), spacing A·√2/(M−1); one antenna sits at the centre.
   *
   * @throws IllegalArgumentException if the diagonal spacing is below D_min
   */
  public static Positions diagonal(Panel panel, int antennas) {
    double[] x = new double[antennas];
    double[] y = new double[antennas];
    if (antennas == 1) {
      x[0] = y[0] = panel.sideM() / 2;
      return Positions.of(x, y);
    }
    double spacing = panel.sideM() * Math.sqrt(2) / (antennas - 1);
    if (spacing < panel.minSpacingM() * (1 - 1e-12)) {
      throw new IllegalArgumentException(String.format(
          "fpa: %d antennas on the diagonal are %.3g wavelengths apart, below the minimum %.3g;"
              + " at most %d fit", antennas, spacing / panel.wavelengthM(),
          panel.minSpacingM() / panel.wavelengthM(), maxOnDiagonal(panel)));
    }
    for (int m = 0; m < antennas; m++) {
      x[m] = y[m] = panel.sideM() * m / (antennas - 1);
    }
    return Positions.of(x, y);
  }

  /** Most antennas the diagonal holds at D_min apart. */
  public static int maxOnDiagonal(Panel panel) {
    if (panel.minSpacingM() == 0) {
      return Integer.MAX_VALUE;
    }
    return (int) Math.floor(panel.sideM() * Math.sqrt(2) / panel.minSpacingM() + 1e-9) + 1;
  }

  /**
   * A well-spread initial layout: a c × r grid (c = ⌈√M⌉, r = ⌈M/c⌉) spanning the whole panel,
   * filled row by row; the cold-start point of the position block.
   *
   * @throws IllegalArgumentException if the grid spacing is below D_min
   */
  public static Positions spread(Panel panel, int antennas) {
    int cols = (int) Math.ceil(Math.sqrt(antennas));
    int rows = (int) Math.ceil(antennas / (double) cols);
    double dx = cols > 1 ? panel.sideM() / (cols - 1) : 0;
    double dy = rows > 1 ? panel.sideM() / (rows - 1) : 0;
    double[] x = new double[antennas];
    double[] y = new double[antennas];
    for (int m = 0; m < antennas; m++) {
      x[m] = cols > 1 ? (m % cols) * dx : panel.sideM() / 2;
      y[m] = rows > 1 ? (m / cols) * dy : panel.sideM() / 2;
    }
    Positions p = Positions.of(x, y);
    if (!p.feasibleOn(panel)) {
      throw new IllegalArgumentException("panel too small to spread " + antennas
          + " antennas at the minimum spacing");
    }
    return p;
  }

  /**
   * Random feasible positions: antennas placed one by one uniformly on the panel, each at least
   * D_min from those already placed (sequential rejection sampling; restarts on a dead end).
   *
   * @param rng the positions stream (modified: draws are consumed)
   * @throws IllegalArgumentException if no feasible layout was found
   */
  public static Positions random(Panel panel, int antennas, RandomStream rng) {
    double[] x = new double[antennas];
    double[] y = new double[antennas];
    for (int restart = 0; restart < 100; restart++) {
      int placed = 0;
      for (int attempt = 0; attempt < RANDOM_ATTEMPTS && placed < antennas; attempt++) {
        double px = rng.nextDouble() * panel.sideM();
        double py = rng.nextDouble() * panel.sideM();
        boolean ok = true;
        for (int n = 0; n < placed && ok; n++) {
          ok = Math.hypot(px - x[n], py - y[n]) >= panel.minSpacingM();
        }
        if (ok) {
          x[placed] = px;
          y[placed] = py;
          placed++;
        }
      }
      if (placed == antennas) {
        return Positions.of(x, y);
      }
    }
    throw new IllegalArgumentException("no random feasible layout of " + antennas + " antennas found");
  }
}
