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
 * output.window-s ≤ duration-s and at most {@value #MAX_WINDOWS} windows; at most
 * {@value #MAX_GRID_STEPS} candidate-grid steps per panel side; feature-max ≠ 0 with the PSNR
 * accuracy model; control-delay-s ≤ duration-s and an antenna speed that crosses the panel's
 * diagonal within 9e9 s ({@link #checkTiming}); and plausibility ranges ({@link #checkRanges}) that keep every derived number
 * finite. Other single-key rules are left to the record constructors, except the counts K, N, M,
 * L, whose shared message would not say which one is wrong.
 */
final class ScenarioValidator {

  /** Most latency windows a run may have. */
  static final double MAX_WINDOWS = 1e7;

  /** Most candidate-grid steps per panel side. */
  static final double MAX_GRID_STEPS = 1000;

  /** Key, minimum, maximum, and why the bound exists. */
  private static final Object[][] RANGES = {
      {"duration-s", 0.0, 9e9, "latencies are recorded in integer nanoseconds: 292 years at most"},
      {"radio.carrier-hz", 1e3, 1e15, "wavelengths from 300 km to 0.3 um"},
      {"radio.bandwidth-hz", 1.0, 1e12, "1 Hz to 1 THz"},
      {"radio.snr-db", -100.0, 200.0, "transmit power 1e-10 to 1e20 times the noise"},
      {"radio.bs-antennas", 1.0, 1024.0, "the optimizer works on M x M matrices"},
      {"radio.paths", 1.0, 1024.0, "every channel evaluation sums over the paths"},
      {"model.parameters", 0.0, 1e15, "a model of up to 1e15 parameters"},
      {"model.cycles-per-parameter", 0.0, 1e9, "up to 1e9 cycles per parameter"},
      {"model.feature-elements", 0.0, 1e12, "as for a trace's features column"},
      {"model.sensitivity", 0.0, 1e6, "up to 1e6 s of latency per dB"},
      {"server.cpu-hz", 1.0, 1e21, "1 cycle/s to 1e21 cycles/s"},
      {"traffic.rate-hz", 0.0, 1e9, "up to 1e9 requests/s per user"},
      {"optimizer.max-iterations", 1.0, 1e6, "each block's solve runs at most this many BCD "
          + "iterations"},
  };

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
    checkRanges(v, at);
    if (sane(duration) && sane(window) && duration / window > MAX_WINDOWS) {
      throw at.error(pick(at, "output.window-s", "duration-s"), "duration-s / output.window-s = "
          + duration / window + " windows; at most " + MAX_WINDOWS
          + " (each window's statistics are kept in memory)");
    }
    double grid = v.real("optimizer.grid-wavelengths");
    double panel = v.real("radio.panel-wavelengths");
    if (sane(grid) && sane(panel) && panel / grid > MAX_GRID_STEPS) {
      throw at.error(pick(at, "optimizer.grid-wavelengths", "radio.panel-wavelengths"),
          "panel-wavelengths / grid-wavelengths = " + panel / grid + " candidate steps per side; "
          + "at most " + MAX_GRID_STEPS + " (the position block evaluates every grid point)");
    }
    checkTiming(v, at, duration);
    if (v.text("model.accuracy").equalsIgnoreCase("psnr") && v.real("model.feature-max") == 0) {
      throw at.error("model.feature-max", "must not be 0 with accuracy psnr (PSNR's peak is "
          + "feature-max squared)");
    }
    if (v.text("server.discipline").equalsIgnoreCase("llm")) {
      checkLlm(v, at);
    }
  }

  /**
   * The llm discipline reads a request's prompt tokens as features / features-per-token, so that
   * must be set; and the KV cache must hold at least one token.
   */
  private static void checkLlm(Values v, SourceMap at) {
    if (!(v.real("traffic.features-per-token") > 0)) {
      throw at.error("traffic.features-per-token", "must be > 0 with server.discipline llm "
          + "(a request's prompt tokens are its features / features-per-token)");
    }
    double perToken = 2.0 * v.integer("server.llm.layers") * v.integer("server.llm.hidden-size")
        * v.real("server.llm.bytes-per-value");
    double memory = v.real("server.llm.kv-memory-bytes");
    if (perToken > 0 && memory > 0 && memory < perToken) {
      throw at.error(pick(at, "server.llm.kv-memory-bytes", "server.llm.layers",
          "server.llm.hidden-size", "server.llm.bytes-per-value"), "the KV cache holds no token: "
          + "kv-memory-bytes = " + memory + " < 2 x layers x hidden-size x bytes-per-value = "
          + perToken);
    }
  }

  /**
   * Plausibility ranges: far wider than any physical use, narrow enough that every derived
   * quantity (λ, transmit power, offload and inference times, latencies in integer nanoseconds,
   * matrix sizes) stays a finite double of sane size. Values outside the records' own rules
   * (NaN, negative, infinite) are left to the records, whose messages say so.
   */
  private static void checkRanges(Values v, SourceMap at) {
    for (Object[] r : RANGES) {
      String key = (String) r[0];
      double min = (Double) r[1];
      double max = (Double) r[2];
      double x = key.equals("radio.bs-antennas") || key.equals("radio.paths")
          || key.equals("optimizer.max-iterations") ? v.integer(key) : v.real(key);
      boolean recordsJudge = key.equals("radio.snr-db") ? !Double.isFinite(x) : !sane(x);
      if (!recordsJudge && (x < min || x > max)) {
        throw at.error(key, "must be in [" + number(min) + ", " + number(max) + "], got "
            + number(x) + " (" + r[3] + ")");
      }
    }
  }

  /**
   * A decision must be able to take effect within the run: a control delay longer than the run
   * would only schedule events past its end; an antenna so slow that crossing the panel's
   * diagonal takes longer than the longest run (9e9 s) gives times the event list cannot hold.
   * (Slower moves that merely end after the run are not scheduled by the simulation.)
   */
  private static void checkTiming(Values v, SourceMap at, double duration) {
    if (!sane(duration)) {
      return;
    }
    double delay = v.real("optimizer.control-delay-s");
    if (delay >= 0 && !Double.isInfinite(delay) && delay > duration) {
      throw at.error(pick(at, "optimizer.control-delay-s", "duration-s"),
          "optimizer.control-delay-s = " + delay + " exceeds duration-s = " + duration
          + " (no decision could take effect within the run)");
    }
    double speed = v.real("optimizer.antenna-speed-mps");
    double carrier = v.real("radio.carrier-hz");
    double panel = v.real("radio.panel-wavelengths");
    if (!(speed > 0) || Double.isInfinite(speed) || !sane(carrier) || !sane(panel)) {
      return;
    }
    double diagonalM = Math.sqrt(2) * panel * Radio.C0 / carrier;
    double crossingS = diagonalM / speed;
    double maxS = (Double) RANGES[0][2];
    if (!(crossingS <= maxS)) {
      throw at.error("optimizer.antenna-speed-mps", "an antenna at " + speed + " m/s needs "
          + crossingS + " s to cross the panel's diagonal of " + diagonalM + " m; at most "
          + number(maxS) + " s (the longest run), so at least " + diagonalM / maxS
          + " m/s (or .inf for instantaneous moves)");
    }
  }

  /**
   * The plausibility range of a key, or null when it has none.
   *
   * @param key a dotted scenario key
   * @return {@code {min, max}} or null
   */
  static double[] range(String key) {
    for (Object[] r : RANGES) {
      if (r[0].equals(key)) {
        return new double[] {(Double) r[1], (Double) r[2]};
      }
    }
    return null;
  }

  private static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e7 ? Long.toString((long) x) : Double.toString(x);
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
    // fpa puts the antennas on the diagonal, which holds fewer: ⌊A·√2/D⌋ + 1.
    long onDiagonal = (long) Math.floor(panel * Math.sqrt(2) / spacing + 1e-9) + 1;
    if (v.text("optimizer.policy").equalsIgnoreCase("fpa") && bsAntennas > onDiagonal) {
      String key = pick(at, "radio.bs-antennas", "radio.panel-wavelengths",
          "radio.min-spacing-wavelengths", "optimizer.policy");
      throw at.error(key, "fpa places the bs-antennas = " + bsAntennas + " antennas on the "
          + "diagonal of a panel of " + panel + " wavelengths, which holds at most " + onDiagonal
          + " at min spacing " + spacing + " wavelengths");
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
