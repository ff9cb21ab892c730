package io.fluidedge.sim;

/**
 * One request on its way through the network: arrival, quantization at the device, uplink and
 * inference. Mutable; owned by the entity that currently holds it.
 */
final class Job {

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

  Job(long id, int user, double arrivalS, double features, double tokens, double cycles) {
    this.id = id;
    this.user = user;
    this.arrivalS = arrivalS;
    this.features = features;
    this.tokens = tokens;
    this.cycles = cycles;
  }
}
