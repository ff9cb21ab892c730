package io.fluidedge.run;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.OptimizerSettings.Solver;
import io.fluidedge.scenario.Scenario;
import java.util.Locale;

/**
 * The size of a run before its clock starts: coherence blocks, expected requests, output bytes
 * and a rough wall time, refused beyond {@link #MAX_BLOCKS}, {@link #MAX_REQUESTS} or
 * {@link #MAX_OUTPUT_BYTES} unless the user allows large work ({@code --allow-large}).
 *
 * <p>Expected requests: users × traffic.rate-hz × duration-s for Poisson traffic, the prescanned
 * row count for a trace, unknown (0) for plugin sources. Output bytes: one blocks.csv row per block
 * (about 24 bytes per number), one windows.csv row per window, and with requests-csv about 80
 * bytes per request. The time is rough (within a factor of about 2 of a run through
 * {@code bin/fluidedge}, which compiles with C1 alone; the full JIT is quicker on long runs): a
 * per-block cost plus 0.25 µs per simulated event (three events per request). Per block: for a
 * policy that keeps the antennas where they are ({@code fpa}, {@code random-fa}) 50 µs; for one
 * that searches positions with the fast solver 5 µs per (BS antenna × user antenna) pair
 * (K=4 N=2 M=8: 0.33 ms, K=64 N=1 M=64: 14 ms measured); with the paper solver 60 ms per BS
 * antenna. Measured through the launcher on the 2-core development machine
 * (docs/performance.md, "The work estimate").
 *
 * @param blocks      coherence blocks
 * @param requests    expected requests (0 when unknown)
 * @param outputBytes expected bytes of the output files
 * @param wallS       rough wall-clock time, s
 */
public record WorkEstimate(long blocks, double requests, double outputBytes, double wallS) {

  /** Most coherence blocks a run may have without {@code --allow-large}. */
  public static final double MAX_BLOCKS = 1e6;
  /** Most expected requests a run may have without {@code --allow-large}. */
  public static final double MAX_REQUESTS = 1e8;
  /** Most expected output bytes a run may write without {@code --allow-large}. */
  public static final double MAX_OUTPUT_BYTES = 1e10;

  /** Fast solver, s per block per (BS antenna × user antenna), M·K·N of them. */
  private static final double FAST_BLOCK_S_PER_ANTENNA_PAIR = 5e-6;
  private static final double PAPER_BLOCK_S_PER_ANTENNA = 0.06;
  /** A block of a policy that does not move the antennas (fpa, random-fa), s. */
  private static final double FIXED_POSITIONS_BLOCK_S = 5e-5;
  private static final double EVENT_S = 2.5e-7;
  private static final double BYTES_PER_NUMBER = 24;
  private static final double BYTES_PER_REQUEST_ROW = 80;

  /**
   * Estimates a scenario's run.
   *
   * @param scenario      the resolved scenario
   * @param traceRequests requests a trace replays (from its prescan), or -1 when the traffic is
   *                      not a trace
   * @return the estimate
   */
  public static WorkEstimate of(Scenario scenario, long traceRequests) {
    long blocks = scenario.blocks();
    int users = scenario.radio().users();
    double requests = traceRequests >= 0 ? traceRequests
        : scenario.traffic().source().equalsIgnoreCase("poisson")
            ? users * scenario.traffic().rateHz() * scenario.durationS() : 0;
    double windows = Math.ceil(scenario.durationS() / scenario.output().windowS());
    double bytes = blocks * BYTES_PER_NUMBER * (5 + 2.0 * users + 3.0 * users
        + 2.0 * scenario.radio().bsAntennas()) + windows * BYTES_PER_NUMBER * 8
        + (scenario.output().requestsCsv() ? requests * BYTES_PER_REQUEST_ROW : 0);
    int m = scenario.radio().bsAntennas();
    String policy = scenario.optimizer().policy();
    boolean fixed = policy.equalsIgnoreCase("fpa") || policy.equalsIgnoreCase("random-fa");
    double perBlock = fixed ? FIXED_POSITIONS_BLOCK_S
        : scenario.optimizer().solver() == Solver.PAPER ? m * PAPER_BLOCK_S_PER_ANTENNA
        : m * (double) users * scenario.radio().userAntennas() * FAST_BLOCK_S_PER_ANTENNA_PAIR;
    double wall = blocks * perBlock + (3 * requests + blocks) * EVENT_S;
    return new WorkEstimate(blocks, requests, bytes, wall);
  }

  /** True when a limit is exceeded. */
  public boolean large() {
    return blocks > MAX_BLOCKS || requests > MAX_REQUESTS || outputBytes > MAX_OUTPUT_BYTES;
  }

  /**
   * Refuses a large run unless allowed.
   *
   * @param allowLarge the user's {@code --allow-large}
   * @throws InputException naming the estimate, the limit exceeded and how to override
   */
  public void check(boolean allowLarge) {
    if (allowLarge || !large()) {
      return;
    }
    String limit = blocks > MAX_BLOCKS ? "at most " + (long) MAX_BLOCKS + " blocks"
        : requests > MAX_REQUESTS ? "at most " + (long) MAX_REQUESTS + " requests"
        : "at most " + (long) (MAX_OUTPUT_BYTES / 1e9) + " GB of output";
    throw InputException.argument("--allow-large", "the run is too large (" + limit + "): "
        + describe() + "; check duration-s, coherence-s and the traffic rate, or pass "
        + "--allow-large to run it anyway");
  }

  /** The estimate in words, e.g. {@code 1000 blocks, 800 requests, 0.1 MB, about 4 s}. */
  public String describe() {
    return String.format(Locale.ROOT, "%d blocks, %.3g requests expected, %s of output, "
        + "about %s", blocks, requests, bytes(outputBytes), duration(wallS));
  }

  private static String bytes(double b) {
    return b >= 1e9 ? String.format(Locale.ROOT, "%.3g GB", b / 1e9)
        : String.format(Locale.ROOT, "%.3g MB", b / 1e6);
  }

  private static String duration(double s) {
    return s >= 3600 ? String.format(Locale.ROOT, "%.3g h", s / 3600)
        : String.format(Locale.ROOT, "%.3g s", s);
  }
}
