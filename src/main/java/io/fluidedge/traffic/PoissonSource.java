package io.fluidedge.traffic;

import java.util.Objects;
import umontreal.ssj.rng.RandomStream;

/**
 * K users, each a Poisson process of rate λ requests/s, over [0, endS).
 *
 * <p>Generated lazily as the superposition: one Poisson process of rate K·λ whose arrivals pick a
 * user uniformly at random; by the splitting property each user's arrivals are then independent
 * Poisson processes of rate λ. Gaps are drawn by inversion from the caller's stream (one uniform
 * for the gap, one for the user, in that order), so a seeded stream gives the same requests.
 * Constant memory. Rate 0 produces no requests.
 */
public final class PoissonSource implements TrafficSource {

  private final RandomStream stream;
  private final int users;
  private final double totalRateHz;
  private final double features;
  private final double[] cumulativeRateHz;
  private final double[] userFeatures;
  private final double tokens;
  private final double endS;
  private double timeS;
  private boolean done;

  /**
   * @param stream   the caller's seeded stream (drawn from; modified)
   * @param users    K &ge; 1
   * @param rateHz   λ, per-user arrival rate, requests/s (finite, &ge; 0)
   * @param features feature elements D of every request (&gt; 0)
   * @param tokens   tokens of every request (&gt; 0)
   * @param endS     horizon, s: requests arrive in [0, endS) (may be infinite)
   */
  public PoissonSource(RandomStream stream, int users, double rateHz, double features,
      double tokens, double endS) {
    this.stream = Objects.requireNonNull(stream, "stream");
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1: " + users);
    }
    if (!(rateHz >= 0) || Double.isInfinite(rateHz)) {
      throw new IllegalArgumentException("rate must be finite and >= 0: " + rateHz);
    }
    if (!(endS >= 0)) {
      throw new IllegalArgumentException("end must be >= 0: " + endS);
    }
    new Request(0, 0, features, tokens); // validates features and tokens
    this.users = users;
    this.totalRateHz = users * rateHz;
    this.features = features;
    this.cumulativeRateHz = null;
    this.userFeatures = null;
    this.tokens = tokens;
    this.endS = endS;
    this.done = rateHz == 0;
  }

  /**
   * Users with their own rates and feature sizes (user classes). Equal rates and sizes give
   * exactly the requests of the uniform constructor; otherwise an arrival of the superposed
   * process of rate Σ λ_k picks user k with probability λ_k / Σ λ_j (inversion of one uniform).
   *
   * @param stream   the caller's seeded stream (modified)
   * @param rateHz   λ_k per user, requests/s (finite, ≥ 0; copied)
   * @param features D_k per user (&gt; 0; copied)
   * @param endS     horizon, s
   */
  public PoissonSource(RandomStream stream, double[] rateHz, double[] features, double endS) {
    this.stream = Objects.requireNonNull(stream, "stream");
    if (rateHz.length < 1 || features.length != rateHz.length) {
      throw new IllegalArgumentException("need one rate and one feature size per user: "
          + rateHz.length + ", " + features.length);
    }
    if (!(endS >= 0)) {
      throw new IllegalArgumentException("end must be >= 0: " + endS);
    }
    double[] cumulative = new double[rateHz.length];
    double sum = 0;
    for (int k = 0; k < rateHz.length; k++) {
      if (!(rateHz[k] >= 0) || Double.isInfinite(rateHz[k])) {
        throw new IllegalArgumentException("rate of user " + k + " must be finite and >= 0: "
            + rateHz[k]);
      }
      new Request(0, 0, features[k], 1.0);
      sum += rateHz[k];
      cumulative[k] = sum;
    }
    boolean uniform = true;
    for (int k = 1; k < rateHz.length; k++) {
      uniform &= rateHz[k] == rateHz[0] && features[k] == features[0];
    }
    this.users = rateHz.length;
    this.totalRateHz = uniform ? users * rateHz[0] : sum;
    this.features = features[0];
    this.cumulativeRateHz = uniform ? null : cumulative;
    this.userFeatures = uniform ? null : features.clone();
    this.tokens = 1.0;
    this.endS = endS;
    this.done = sum == 0;
  }

  /** Requests with one token each: the scenario's {@code traffic.source: poisson}. */
  public PoissonSource(RandomStream stream, int users, double rateHz, double features,
      double endS) {
    this(stream, users, rateHz, features, 1.0, endS);
  }

  @Override
  public Request next() {
    if (done) {
      return null;
    }
    timeS += Exponential.next(stream, totalRateHz);
    if (!(timeS < endS)) {
      done = true;
      return null;
    }
    if (cumulativeRateHz != null) {
      double u = stream.nextDouble() * totalRateHz;
      int user = 0;
      while (user < users - 1 && cumulativeRateHz[user] <= u) {
        user++;
      }
      return new Request(timeS, user, userFeatures[user], tokens);
    }
    int user = users == 1 ? 0 : stream.nextInt(0, users - 1);
    return new Request(timeS, user, features, tokens);
  }

  @Override
  public void close() {
    done = true;
  }
}
