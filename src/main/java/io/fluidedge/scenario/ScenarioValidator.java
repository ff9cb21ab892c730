package io.fluidedge.scenario;

import io.fluidedge.scenario.SourceMap.Location;
import io.fluidedge.scenario.SourceMap.Origin;

/**
 * Physical feasibility checks that involve several keys, run by the loader before the records are
 * built. Each error points at the key most likely at fault: one set by {@code --set}, then one set
 * in the file, then (saying so) a default.
 *
 * <p>Checks: K·N ≤ M; the panel holds M antennas at least D_min apart (square grid of spacing
 * D_min: (⌊A/D_min⌋ + 1)² positions; unlimited when D_min = 0); coherence-s ≤ duration-s;
 * output.window-s ≤ duration-s. Single-key ranges are left to the record constructors, except the
 * counts K, N, M, L, whose shared message would not say which one is wrong.
 */
final class ScenarioValidator {

  private ScenarioValidator() {}

  static void validate(Values v) {
    SourceMap at = v.locations();
    for (String key : new String[] {"radio.users", "radio.user-antennas", "radio.bs-antennas",
        "radio.paths"}) {
      int n = v.integer(key);
      if (n < 1) {
        throw at.error(key, "must be >= 1, got " + n);
      }
    }
    int users = v.integer("radio.users");
    int userAntennas = v.integer("radio.user-antennas");
    int bsAntennas = v.integer("radio.bs-antennas");
    if ((long) users * userAntennas > bsAntennas) {
      String key = pick(at, "radio.bs-antennas", "radio.users", "radio.user-antennas");
      throw at.error(key, "users x user-antennas = " + users + " x " + userAntennas + " = "
          + (long) users * userAntennas + " exceeds bs-antennas = " + bsAntennas
          + " (each user's streams need their own receive antennas)");
    }
    checkPanel(v, at, bsAntennas);
    double duration = v.real("duration-s");
    double coherence = v.real("coherence-s");
    if (sane(duration) && sane(coherence) && coherence > duration) {
      throw at.error(pick(at, "coherence-s", "duration-s"),
          "coherence-s = " + coherence + " exceeds duration-s = " + duration);
    }
    double window = v.real("output.window-s");
    if (sane(duration) && sane(window) && window > duration) {
      throw at.error(pick(at, "output.window-s", "duration-s"),
          "output.window-s = " + window + " exceeds duration-s = " + duration);
    }
  }

  private static void checkPanel(Values v, SourceMap at, int bsAntennas) {
    double panel = v.real("radio.panel-wavelengths");
    double spacing = v.real("radio.min-spacing-wavelengths");
    if (!sane(panel) || !(spacing > 0) || Double.isInfinite(spacing)) {
      return; // D_min = 0 holds any number; bad single values are the records' to report
    }
    double fit = maxAntennas(panel, spacing);
    if (bsAntennas > fit) {
      String key = pick(at, "radio.bs-antennas", "radio.panel-wavelengths",
          "radio.min-spacing-wavelengths");
      throw at.error(key, "panel of " + panel + " wavelengths holds at most " + (long) fit
          + " antennas at min spacing " + spacing + " wavelengths; bs-antennas = " + bsAntennas);
    }
  }

  /**
   * How many antennas a square panel of side {@code panel} holds on a square grid of spacing
   * {@code spacing} (both in wavelengths): (⌊A/D⌋ + 1)², +∞ for D = 0.
   */
  static double maxAntennas(double panel, double spacing) {
    if (spacing == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double perSide = Math.floor(panel / spacing + 1e-9) + 1;
    return perSide * perSide;
  }

  private static boolean sane(double x) {
    return x > 0 && !Double.isInfinite(x);
  }

  /** The first of {@code keys} set by an option, else by the file, else the first. */
  private static String pick(SourceMap at, String... keys) {
    for (Origin origin : new Origin[] {Origin.OPTION, Origin.FILE}) {
      for (String key : keys) {
        if (at.key(key).map(Location::origin).orElse(Origin.DEFAULTS) == origin) {
          return key;
        }
      }
    }
    return keys[0];
  }
}
