package io.fluidedge.traffic;

import java.util.Objects;
import umontreal.ssj.rng.RandomStream;

/**
 * Frame traffic: each user sends every 1/rate seconds, with its own phase and optional jitter.
 *
 * <p>User k's n-th request arrives at φ_k + n/rate + J_{k,n}, with the phase φ_k uniform on
 * [0, 1/rate) (drawn once per user at construction) and the jitter J_{k,n} uniform on
 * [0, jitterS), jitterS &le; 1/rate so a user's requests stay in order. Times are computed from n,
 * not accumulated, so they do not drift. With K users the merged inter-arrival times are less
 * variable than Poisson (coefficient of variation &lt; 1). O(K) memory.
 */
public final class PeriodicSource implements TrafficSource {

  private final RandomStream stream;
  private final double periodS;
  private final double jitterS;
  private final double features;
  private final double tokens;
  private final double endS;
  private final double[] phaseS;
  private final long[] frame;
  private final double[] lastOfUserS;
  private final UserHeap heap;
  private double lastS;
  private boolean done;

  /**
   * @param stream   the caller's seeded stream (drawn from; modified)
   * @param users    K &ge; 1
   * @param rateHz   frames per second per user (finite, &gt; 0)
   * @param jitterS  maximum jitter added to each frame time, s, in [0, 1/rate]
   * @param features feature elements D of every request (&gt; 0)
   * @param tokens   tokens of every request (&gt; 0)
   * @param endS     horizon, s: requests arrive in [0, endS) (may be infinite)
   */
  public PeriodicSource(RandomStream stream, int users, double rateHz, double jitterS,
      double features, double tokens, double endS) {
    this.stream = Objects.requireNonNull(stream, "stream");
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1: " + users);
    }
    if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
      throw new IllegalArgumentException("rate must be finite and > 0: " + rateHz);
    }
    this.periodS = 1.0 / rateHz;
    if (!(jitterS >= 0 && jitterS <= periodS)) {
      throw new IllegalArgumentException(
          "jitter must be in [0, 1/rate = " + periodS + "]: " + jitterS);
    }
    if (!(endS >= 0)) {
      throw new IllegalArgumentException("end must be >= 0: " + endS);
    }
    new Request(0, 0, features, tokens); // validates features and tokens
    this.jitterS = jitterS;
    this.features = features;
    this.tokens = tokens;
    this.endS = endS;
    this.phaseS = new double[users];
    this.frame = new long[users];
    this.lastOfUserS = new double[users];
    double[] first = new double[users];
    for (int k = 0; k < users; k++) {
      phaseS[k] = stream.nextDouble() * periodS;
      first[k] = frameTime(k);
      lastOfUserS[k] = first[k];
    }
    heap = new UserHeap(first);
  }

  @Override
  public Request next() {
    if (done) {
      return null;
    }
    int user = heap.top();
    double t = Math.max(lastS, heap.topKey());
    if (!(t < endS)) {
      done = true;
      return null;
    }
    lastS = t;
    frame[user]++;
    // Rounding could put a frame an ulp before the previous one when the jitter is near 1/rate.
    double next = Math.max(lastOfUserS[user], frameTime(user));
    lastOfUserS[user] = next;
    heap.replaceTopKey(next);
    return new Request(t, user, features, tokens);
  }

  @Override
  public void close() {
    done = true;
  }

  private double frameTime(int k) {
    double jitter = jitterS > 0 ? stream.nextDouble() * jitterS : 0.0;
    return phaseS[k] + frame[k] * periodS + jitter;
  }
}
