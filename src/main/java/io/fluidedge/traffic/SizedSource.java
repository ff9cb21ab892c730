package io.fluidedge.traffic;

import umontreal.ssj.rng.RandomStream;

/**
 * A source whose requests get token counts drawn per request: the features column carries a
 * prompt length and the tokens column an answer length (either left as is when its
 * distribution is null). The draws come from their own stream, so the arrival times and users
 * are those of the wrapped source, whatever the lengths.
 */
final class SizedSource implements TrafficSource {

  private final TrafficSource inner;
  private final Lengths.Sampler prompt;
  private final Lengths.Sampler answer;

  /**
   * @param inner  the arrivals (closed with this source)
   * @param prompt prompt lengths for the features column, or null
   * @param answer answer lengths for the tokens column, or null
   * @param stream the lengths' stream (modified)
   */
  SizedSource(TrafficSource inner, Lengths prompt, Lengths answer, RandomStream stream) {
    this.inner = inner;
    this.prompt = prompt == null ? null : prompt.sampler(stream);
    this.answer = answer == null ? null : answer.sampler(stream);
  }

  @Override
  public Request next() {
    Request r = inner.next();
    if (r == null) {
      return null;
    }
    double features = prompt == null ? r.features() : prompt.next();
    double tokens = answer == null ? r.tokens() : answer.next();
    return new Request(r.timeS(), r.user(), features, tokens);
  }

  @Override
  public void close() {
    inner.close();
  }
}
