package io.fluidedge.metrics;

import java.util.Arrays;

/**
 * The flow columns of windows.csv: per window of {@code windowS}, arrivals and completions (by
 * their event times), the time averages of the requests at the devices (waiting or sending) and
 * at the server (waiting or in service) and of the server's utilisation; with a deadline the
 * measured requests whose outcome was decided in the window (met, missed); with token metrics
 * the tokens, mean TTFT and TPOT and token-SLO attainment of the measured completions.
 *
 * <p>Events must come in non-decreasing time. Time averages integrate the piecewise-constant
 * counts between events, split at window boundaries {@code w·windowS}; the last window's
 * average is over its simulated part. Window w of an event at t is {@code floor(t / windowS)},
 * as for the latency columns.
 */
final class WindowFlows {

  private static final int ARRIVALS = 0;
  private static final int COMPLETIONS = 1;
  private static final int UPLINK_AREA = 2;
  private static final int SERVER_AREA = 3;
  private static final int BUSY_AREA = 4;
  private static final int MET = 5;
  private static final int MISSED = 6;
  private static final int TOKENS = 7;
  private static final int TTFT_SUM = 8;
  private static final int TTFT_N = 9;
  private static final int TPOT_SUM = 10;
  private static final int TPOT_N = 11;
  private static final int TOKEN_MET = 12;
  private static final int FIELDS = 13;

  private final double windowS;
  private final WindowIndex index;
  private final boolean deadline;
  private final TokenSlo tokenSlo;
  private double[] data = new double[FIELDS * 64];
  private long windows;
  private long current;
  private double currentEndS;
  private double lastS;
  /** Requests at the devices and at the server: whole numbers, kept as doubles for the areas. */
  private double uplink;
  private double server;
  private double utilisation;
  /** The open window's areas so far, not yet in {@code data}; whether any was added. */
  private double uplinkArea;
  private double serverArea;
  private double busyArea;
  private boolean areas;

  /**
   * @param windowS  window length, s
   * @param deadline whether the deadline columns are kept
   * @param tokenSlo the token objectives, or null for no token columns
   */
  WindowFlows(double windowS, boolean deadline, TokenSlo tokenSlo) {
    this.windowS = windowS;
    this.index = new WindowIndex(windowS);
    this.deadline = deadline;
    this.tokenSlo = tokenSlo;
    this.currentEndS = windowS;
  }

  /** The header columns appended to windows.csv. */
  String header() {
    return ",arrivals,completions,uplink_queue_mean,server_queue_mean,server_utilisation"
        + (deadline ? ",slo_met,slo_missed,slo_attainment,goodput_rps" : "")
        + (tokenSlo != null ? ",tokens,ttft_mean_s,tpot_mean_s,token_slo_attainment" : "");
  }

  void arrival(double timeS) {
    advance(timeS);
    uplink++;
    add(timeS, ARRIVALS, 1);
  }

  void uplinkDone(double timeS) {
    advance(timeS);
    uplink--;
    server++;
  }

  /** A request left the devices (uplink done NaN) or the server without completing. */
  void left(double timeS, boolean atServer) {
    advance(timeS);
    if (atServer) {
      server--;
    } else {
      uplink--;
    }
  }

  /** A request completed at {@code doneS}; its outcome counts when it is measured. */
  void completed(double doneS, boolean measured, boolean inTime) {
    advance(doneS);
    server--;
    add(doneS, COMPLETIONS, 1);
    if (measured) {
      outcome(doneS, inTime);
    }
  }

  /**
   * A measured completed request's tokens, TTFT, TPOT and token-SLO outcome, in the window of
   * its completion (after {@link #completed}; only with token metrics).
   */
  void tokens(RequestRecord r) {
    double t = r.doneS();
    add(t, TOKENS, r.decodeTokens());
    add(t, TTFT_SUM, r.ttftS());
    add(t, TTFT_N, 1);
    if (!Double.isNaN(r.tpotS())) {
      add(t, TPOT_SUM, r.tpotS());
      add(t, TPOT_N, 1);
    }
    add(t, TOKEN_MET, tokenSlo.met(r) ? 1 : 0);
  }

  /** A measured request's deadline outcome became known at {@code timeS}. */
  void outcome(double timeS, boolean inTime) {
    add(timeS, inTime ? MET : MISSED, 1);
  }

  void serverLoad(double timeS, double newUtilisation) {
    advance(timeS);
    utilisation = newUtilisation;
  }

  /** Integrates up to the end of the run. */
  void finish(double simulatedS) {
    advance(simulatedS);
    flushAreas();
  }

  /**
   * The appended fields of window {@code w} (starting with a comma), with the window's simulated
   * length {@code lengthS}.
   */
  String row(long w, double lengthS) {
    double[] f = new double[FIELDS];
    if (w < windows) {
      System.arraycopy(data, (int) (w * FIELDS), f, 0, FIELDS);
    }
    if (w == current && areas) {
      f[UPLINK_AREA] += uplinkArea;
      f[SERVER_AREA] += serverArea;
      f[BUSY_AREA] += busyArea;
    }
    StringBuilder sb = new StringBuilder(96);
    sb.append(',').append((long) f[ARRIVALS]).append(',').append((long) f[COMPLETIONS])
        .append(',').append(Formats.decimal(f[UPLINK_AREA] / lengthS))
        .append(',').append(Formats.decimal(f[SERVER_AREA] / lengthS))
        .append(',').append(Formats.decimal(f[BUSY_AREA] / lengthS));
    if (deadline) {
      double decided = f[MET] + f[MISSED];
      sb.append(',').append((long) f[MET]).append(',').append((long) f[MISSED])
          .append(',').append(Formats.decimal(decided > 0 ? f[MET] / decided : Double.NaN))
          .append(',').append(Formats.decimal(f[MET] / lengthS));
    }
    if (tokenSlo != null) {
      sb.append(',').append((long) f[TOKENS])
          .append(',').append(Formats.decimal(f[TTFT_N] > 0 ? f[TTFT_SUM] / f[TTFT_N] : Double.NaN))
          .append(',').append(Formats.decimal(f[TPOT_N] > 0 ? f[TPOT_SUM] / f[TPOT_N] : Double.NaN))
          .append(',').append(Formats.decimal(f[TTFT_N] > 0 ? f[TOKEN_MET] / f[TTFT_N]
              : Double.NaN));
    }
    return sb.toString();
  }

  /**
   * Integrates the counts up to {@code timeS}. The open window's areas are summed in fields and
   * stored when it closes: the same additions in the same order as summing into the window's
   * slot directly, so the same bits.
   */
  private void advance(double timeS) {
    while (timeS > currentEndS) {
      integrate(currentEndS - lastS);
      flushAreas();
      lastS = currentEndS;
      current++;
      currentEndS = (current + 1) * windowS;
    }
    if (timeS > lastS) {
      integrate(timeS - lastS);
      lastS = timeS;
    }
  }

  private void integrate(double dt) {
    if (dt > 0 && (uplink != 0 || server != 0 || utilisation != 0)) {
      uplinkArea += uplink * dt;
      serverArea += server * dt;
      busyArea += utilisation * dt;
      areas = true;
    }
  }

  /** Stores the open window's areas in its slot (once it has any) and starts them again. */
  private void flushAreas() {
    if (areas) {
      int at = slot(current);
      data[at + UPLINK_AREA] += uplinkArea;
      data[at + SERVER_AREA] += serverArea;
      data[at + BUSY_AREA] += busyArea;
      uplinkArea = 0;
      serverArea = 0;
      busyArea = 0;
      areas = false;
    }
  }

  private void add(double timeS, int field, double value) {
    int at = slot(index.of(timeS)); // before reading data: slot may grow it
    data[at + field] += value;
  }

  private int slot(long w) {
    if (w >= windows) {
      long need = (w + 1) * FIELDS;
      if (need > data.length) {
        data = Arrays.copyOf(data, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8,
            2L * data.length)));
      }
      windows = w + 1;
    }
    return (int) (w * FIELDS);
  }
}
