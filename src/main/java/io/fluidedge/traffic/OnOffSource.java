package io.fluidedge.traffic;

import java.util.Objects;
import umontreal.ssj.rng.RandomStream;

/**
 * Bursty traffic: K independent on/off users (an interrupted Poisson process per user).
 *
 * <p>Each user alternates on and off periods of exponential length (means {@code onMeanS} and
 * {@code offMeanS}); while on it sends a Poisson stream at {@code peakRateHz}, while off nothing.
 * Each user starts in its stationary state (on with probability on/(on+off); by memorylessness
 * the residual period is again exponential), so the long-run per-user rate is
 * peak·on/(on+off) from time 0 on. Inter-arrival times are more variable than Poisson
 * (coefficient of variation &gt; 1). Users are merged in time order with a heap: O(K) memory,
 * O(log K) per request. All draws come from the caller's stream in a fixed order.
 */
public final class OnOffSource implements TrafficSource {

  private final RandomStream stream;
  private final double peakRateHz;
  private final double onRate;
  private final double offRate;
  private final double features;
  private final double tokens;
  private final double endS;
  private final double[] onEndS;
  private final UserHeap heap;
  private double lastS;
  private boolean done;

  /**
   * @param stream     the caller's seeded stream (drawn from; modified)
   * @param users      K &ge; 1
   * @param peakRateHz per-user arrival rate during on periods, requests/s (&gt; 0)
   * @param onMeanS    mean on period, s (&gt; 0)
   * @param offMeanS   mean off period, s (&gt; 0)
   * @param features   feature elements D of every request (&gt; 0)
   * @param tokens     tokens of every request (&gt; 0)
   * @param endS       horizon, s: requests arrive in [0, endS) (may be infinite)
   */
  public OnOffSource(RandomStream stream, int users, double peakRateHz, double onMeanS,
      double offMeanS, double features, double tokens, double endS) {
    this.stream = Objects.requireNonNull(stream, "stream");
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1: " + users);
    }
    positive("peak rate", peakRateHz);
    positive("mean on period", onMeanS);
    positive("mean off period", offMeanS);
    if (!(endS >= 0)) {
      throw new IllegalArgumentException("end must be >= 0: " + endS);
    }
    new Request(0, 0, features, tokens); // validates features and tokens
    this.peakRateHz = peakRateHz;
    this.onRate = 1.0 / onMeanS;
    this.offRate = 1.0 / offMeanS;
    this.features = features;
    this.tokens = tokens;
    this.endS = endS;
    this.onEndS = new double[users];
    double pOn = onMeanS / (onMeanS + offMeanS);
    double[] first = new double[users];
    for (int k = 0; k < users; k++) {
      double t = 0;
      if (stream.nextDouble() < pOn) {
        onEndS[k] = Exponential.next(stream, onRate);
      } else {
        t = Exponential.next(stream, offRate);
        onEndS[k] = t + Exponential.next(stream, onRate);
      }
      first[k] = arrivalAfter(k, t);
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
    heap.replaceTopKey(arrivalAfter(user, t));
    return new Request(t, user, features, tokens);
  }

  @Override
  public void close() {
    done = true;
  }

  /** User k's first arrival after time t (t inside an on period or at the start of one). */
  private double arrivalAfter(int k, double t) {
    while (true) {
      double candidate = t + Exponential.next(stream, peakRateHz);
      if (candidate < onEndS[k]) {
        return candidate;
      }
      t = onEndS[k] + Exponential.next(stream, offRate);
      onEndS[k] = t + Exponential.next(stream, onRate);
    }
  }

  private static void positive(String what, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be finite and > 0: " + v);
    }
  }
}
