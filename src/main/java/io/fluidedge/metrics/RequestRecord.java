package io.fluidedge.metrics;

/**
 * One request as a run emits it: to the output writer ({@link RunRecorder}), to entity plugins
 * and to every other {@link RunListener}. The same record type serves every stage: at arrival
 * only the arrival fields are set and the later times are NaN; at uplink done the uplink times
 * are set; at inference done all are.
 *
 * <p>Times are simulated seconds and the times reached must be ordered
 * {@code arrivalS ≤ uplinkStartS ≤ uplinkDoneS ≤ inferenceStartS ≤ doneS}; a time not reached is
 * NaN and so are all after it.
 *
 * @param id              request id (&ge; 0), 0, 1, 2, ... in arrival order within a run
 * @param user            0-based user index (a dropped request may name a user outside [0, K))
 * @param arrivalS        arrival at the user device, s (&ge; 0)
 * @param uplinkStartS    start of its uplink transmission (after queueing), s, or NaN
 * @param uplinkDoneS     end of its uplink transmission, s, or NaN
 * @param inferenceStartS start of its inference at the server (after queueing), s, or NaN
 * @param doneS           inference completion, s, or NaN
 * @param bits            quantization bits per feature element, fixed at arrival (&ge; 0; 0 for
 *                        a request dropped before it was quantized)
 * @param psnrDb          accuracy of the quantized features, dB (finite; NaN only with 0 bits)
 * @param features        feature elements D offloaded (&ge; 0)
 * @param tokens          inference work multiplier (&ge; 0)
 * @param cycles          server work c·S·tokens, cycles (&ge; 0)
 * @param prefillTokens   LLM serving: prompt tokens P (&ge; 0; 0 outside the llm discipline)
 * @param decodeTokens    LLM serving: tokens T to generate (&ge; 0; 0 outside the llm
 *                        discipline)
 * @param firstTokenS     LLM serving: arrival of the first generated token at the user, s, or
 *                        NaN (not reached, or not LLM serving); between inference start and done
 */
public record RequestRecord(long id, int user, double arrivalS, double uplinkStartS,
    double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb,
    double features, double tokens, double cycles, int prefillTokens, int decodeTokens,
    double firstTokenS) {

  /** Validates ranges and the time order; the message names the bad value. */
  public RequestRecord {
    if (id < 0) {
      throw new IllegalArgumentException("request id must be >= 0: " + id);
    }
    if (user < 0) {
      throw new IllegalArgumentException("request " + id + ": user must be >= 0: " + user);
    }
    if (!(arrivalS >= 0) || Double.isInfinite(arrivalS)) {
      throw new IllegalArgumentException("request " + id + ": arrival must be finite and >= 0: "
          + arrivalS + " s");
    }
    if (!(after(arrivalS, uplinkStartS) && after(uplinkStartS, uplinkDoneS)
        && after(uplinkDoneS, inferenceStartS) && after(inferenceStartS, doneS))) {
      throw new IllegalArgumentException("request " + id + ": times must satisfy arrival <= "
          + "uplink start <= uplink done <= inference start <= done (NaN once not reached): "
          + arrivalS + ", " + uplinkStartS + ", " + uplinkDoneS + ", " + inferenceStartS + ", "
          + doneS + " s");
    }
    if (bits < 0) {
      throw new IllegalArgumentException("request " + id + ": bits must be >= 0: " + bits);
    }
    if (!Double.isFinite(psnrDb) && !(bits == 0 && Double.isNaN(psnrDb))) {
      throw new IllegalArgumentException("request " + id + ": psnr must be finite: " + psnrDb
          + " dB");
    }
    if (!(features >= 0) || !(tokens >= 0) || !(cycles >= 0) || Double.isInfinite(features)
        || Double.isInfinite(tokens) || Double.isInfinite(cycles)) {
      throw new IllegalArgumentException("request " + id + ": features, tokens and cycles must "
          + "be finite and >= 0: " + features + ", " + tokens + ", " + cycles);
    }
    if (prefillTokens < 0 || decodeTokens < 0) {
      throw new IllegalArgumentException("request " + id + ": prefill and decode tokens must be "
          + ">= 0: " + prefillTokens + ", " + decodeTokens);
    }
    if (!Double.isNaN(firstTokenS) && !(firstTokenS >= inferenceStartS
        && (Double.isNaN(doneS) || firstTokenS <= doneS) && Double.isFinite(firstTokenS))) {
      throw new IllegalArgumentException("request " + id + ": first token must be NaN or "
          + "between inference start and done: " + inferenceStartS + ", " + firstTokenS + ", "
          + doneS + " s");
    }
  }

  /** A request outside LLM serving: no prefill or decode tokens, no first-token time. */
  public RequestRecord(long id, int user, double arrivalS, double uplinkStartS,
      double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb,
      double features, double tokens, double cycles) {
    this(id, user, arrivalS, uplinkStartS, uplinkDoneS, inferenceStartS, doneS, bits, psnrDb,
        features, tokens, cycles, 0, 0, Double.NaN);
  }

  /** Time to first token, {@code firstTokenS − arrivalS}, s; NaN before it or outside LLM serving. */
  public double ttftS() {
    return firstTokenS - arrivalS;
  }

  /**
   * Time per output token after the first, {@code (doneS − firstTokenS) / (T − 1)}, s; NaN for
   * T ≤ 1, before completion or outside LLM serving.
   */
  public double tpotS() {
    return decodeTokens > 1 ? (doneS - firstTokenS) / (decodeTokens - 1) : Double.NaN;
  }

  /** Whether the inference finished ({@code doneS} is set). */
  public boolean completed() {
    return !Double.isNaN(doneS);
  }

  /** End-to-end latency (queueing + offload + inference), {@code doneS − arrivalS}, s; NaN before. */
  public double latencyS() {
    return doneS - arrivalS;
  }

  /** Uplink service time including rate changes, {@code uplinkDoneS − uplinkStartS}, s. */
  public double uplinkS() {
    return uplinkDoneS - uplinkStartS;
  }

  /** Server service time, {@code doneS − inferenceStartS}, s. */
  public double serverS() {
    return doneS - inferenceStartS;
  }

  /** Uplink payload b·D, bits. */
  public double payloadBits() {
    return bits * features;
  }

  /** {@code t} is NaN, or finite and not before a reached {@code previous}. */
  private static boolean after(double previous, double t) {
    return Double.isNaN(t) || (!Double.isNaN(previous) && t >= previous && t < Double.POSITIVE_INFINITY);
  }
}
