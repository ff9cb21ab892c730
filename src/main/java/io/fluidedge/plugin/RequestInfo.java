package io.fluidedge.plugin;

/**
 * One request as an {@link EntityPlugin} sees it at an event. Times not reached yet are NaN: at
 * arrival only {@code arrivalS} is set, at uplink done the uplink times, at inference done all.
 *
 * @param id              request id, 0, 1, 2, ... in arrival order
 * @param user            0-based user index
 * @param arrivalS        arrival time, s
 * @param features        D, feature elements offloaded
 * @param tokens          tokens (multiply the inference work)
 * @param bits            b, bits per feature element (fixed at arrival, 1..32)
 * @param cycles          server work c·S·tokens, cycles
 * @param uplinkStartS    start of transmission, s (NaN before)
 * @param uplinkDoneS     end of transmission, s (NaN before)
 * @param inferenceStartS start of service at the server, s (NaN before)
 * @param doneS           end of inference, s (NaN before)
 */
public record RequestInfo(long id, int user, double arrivalS, double features, double tokens,
    int bits, double cycles, double uplinkStartS, double uplinkDoneS, double inferenceStartS,
    double doneS) {

  /** Uplink payload b·D, bits. */
  public double payloadBits() {
    return bits * features;
  }

  /** End-to-end latency (queueing, offload and inference), s; NaN before inference is done. */
  public double latencyS() {
    return doneS - arrivalS;
  }
}
