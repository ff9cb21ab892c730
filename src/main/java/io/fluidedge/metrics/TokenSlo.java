package io.fluidedge.metrics;

/**
 * The token-level service objectives of an LLM-serving run; a recorder given one keeps token
 * metrics (time to first token, time per output token, attainment, goodput).
 *
 * @param ttftS time-to-first-token objective, s (&gt; 0)
 * @param tpotS time-per-output-token objective, s (&gt; 0)
 */
public record TokenSlo(double ttftS, double tpotS) {

  /** Validates both objectives. */
  public TokenSlo {
    if (!(ttftS > 0) || !(tpotS > 0) || Double.isInfinite(ttftS) || Double.isInfinite(tpotS)) {
      throw new IllegalArgumentException("SLOs must be finite and > 0: ttft " + ttftS
          + " s, tpot " + tpotS + " s");
    }
  }

  /**
   * Whether a completed request meets both objectives: TTFT ≤ ttft and TPOT ≤ tpot (a request of
   * one token has no TPOT and meets that objective).
   */
  public boolean met(RequestRecord r) {
    double tpot = r.tpotS();
    return r.ttftS() <= ttftS && (Double.isNaN(tpot) || tpot <= tpotS);
  }
}
