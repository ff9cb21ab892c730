package io.fluidedge.sim;

/**
 * One request on its way through the network: arrival, quantization at the device, uplink and
 * inference. Mutable; owned by the entity that currently holds it.
 */
final class Job {

  /** Waiting at its device. */
  static final int UPLINK_QUEUE = 0;
  /** Being transmitted. */
  static final int SENDING = 1;
  /** Waiting at the server. */
  static final int SERVER_QUEUE = 2;
  /** In inference. */
  static final int SERVING = 3;

  final long id;
  final int user;
  final double arrivalS;
  final double features;
  final double tokens;
  /** Server work c·S·tokens, cycles. */
  final double cycles;
  /** Bits per feature element, fixed at arrival. */
  int bits;
  /** Uplink payload b·D, bits. */
  double payloadBits;
  double uplinkStartS;
  double uplinkDoneS;
  double inferenceStartS;
  /** LLM serving: prompt tokens P (0 outside the llm discipline). */
  int prefillTokens;
  /** LLM serving: tokens T to generate (0 outside the llm discipline). */
  int decodeTokens;
  /** LLM serving: prompt tokens not yet prefilled. */
  int prefillLeft;
  /** LLM serving: tokens generated so far. */
  int generated;
  /** LLM serving: this iteration's work, prompt tokens (&gt; 0), one decode step (−1) or none (0). */
  int step;
  /** Where the request is: {@link #UPLINK_QUEUE}, {@link #SENDING}, {@link #SERVER_QUEUE}, {@link #SERVING}. */
  int stage;
  /** Absolute deadline, arrival + slo.deadline-s, s (+∞: none). */
  double deadlineS = Double.POSITIVE_INFINITY;
  /** The pending removal at the deadline (slo.drop-expired), or null. */
  Expiry expiry;
  /** LLM serving: arrival of the first generated token at the user, s (NaN before). */
  double firstTokenS = Double.NaN;

  Job(long id, int user, double arrivalS, double features, double tokens, double cycles) {
    this.id = id;
    this.user = user;
    this.arrivalS = arrivalS;
    this.features = features;
    this.tokens = tokens;
    this.cycles = cycles;
  }
}
