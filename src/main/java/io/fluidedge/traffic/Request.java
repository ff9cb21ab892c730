package io.fluidedge.traffic;

/**
 * One inference request: a user offloads {@code features} quantized feature elements at
 * {@code timeS}; the server then runs {@code tokens} times the per-request inference work.
 *
 * @param timeS    arrival time, s (finite, &ge; 0)
 * @param user     0-based user index
 * @param features feature elements D to quantize and offload (finite, &gt; 0)
 * @param tokens   multiplier of the inference work c·S (finite, &gt; 0; 1 for a plain request)
 */
public record Request(double timeS, int user, double features, double tokens) {

  /** Validates every component; the message names the bad value. */
  public Request {
    if (!(timeS >= 0) || Double.isInfinite(timeS)) {
      throw new IllegalArgumentException("time must be finite and >= 0: " + timeS);
    }
    if (user < 0) {
      throw new IllegalArgumentException("user must be >= 0: " + user);
    }
    if (!(features > 0) || Double.isInfinite(features)) {
      throw new IllegalArgumentException("features must be finite and > 0: " + features);
    }
    if (!(tokens > 0) || Double.isInfinite(tokens)) {
      throw new IllegalArgumentException("tokens must be finite and > 0: " + tokens);
    }
  }
}
