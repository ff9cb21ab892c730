package io.fluidedge.sim;

import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import umontreal.ssj.simevents.Simulator;

/**
 * Feeds requests from a {@link TrafficSource} into the network lazily: only the next arrival is
 * ever scheduled, so a trace of any length is replayed in constant memory. Requests later than the
 * end of the run are not simulated (and the source is not read further).
 */
final class RequestFeed {

  private final Simulator sim;
  private final TrafficSource source;
  private final UserDevice[] users;
  private final Ledger ledger;
  private final double[] cyclesPerToken;
  private final double endS;
  private final double featuresPerPromptToken;
  private final RequestArrival arrival;

  /**
   * @param cyclesPerToken         c_k·S_k per user, server cycles per token of a request (not
   *                               copied; not modified)
   * @param endS                   requests after this time are not simulated, s
   * @param featuresPerPromptToken LLM serving (&gt; 0): a request's prompt tokens are
   *                               max(1, round(features / this)) and its decode tokens
   *                               max(1, round(tokens)); 0 outside LLM serving
   */
  RequestFeed(Simulator sim, TrafficSource source, UserDevice[] users, Ledger ledger,
      double[] cyclesPerToken, double endS, double featuresPerPromptToken) {
    this.sim = sim;
    this.source = source;
    this.users = users;
    this.ledger = ledger;
    this.cyclesPerToken = cyclesPerToken;
    this.endS = endS;
    this.featuresPerPromptToken = featuresPerPromptToken;
    this.arrival = new RequestArrival(sim, this);
  }

  /** Schedules the first arrival. */
  void start() {
    scheduleNext();
  }

  /** The request arrives at its device; a user index outside [0, K) is counted as dropped. */
  void arrive(Request r) {
    long id = ledger.arrival();
    if (r.user() < users.length) {
      Job job = new Job(id, r.user(), r.timeS(), r.features(), r.tokens(),
          cyclesPerToken[r.user()] * r.tokens());
      if (featuresPerPromptToken > 0) {
        job.prefillTokens = tokenCount(r.features() / featuresPerPromptToken);
        job.decodeTokens = tokenCount(r.tokens());
      }
      users[r.user()].arrive(job);
      ledger.queued(job);
    } else {
      ledger.drop(id, r.user(), r.timeS(), r.features(), r.tokens());
    }
    scheduleNext();
  }

  /** A token count from a real: rounded, at least 1, at most {@link Integer#MAX_VALUE} / 2. */
  private static int tokenCount(double x) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, Math.round(x)));
  }

  private void scheduleNext() {
    Request next = source.next();
    if (next == null || next.timeS() > endS) {
      return;
    }
    if (next.timeS() < sim.time()) {
      throw new IllegalStateException("traffic source went back in time: request at "
          + next.timeS() + " s after one at " + sim.time() + " s");
    }
    arrival.request = next;
    arrival.scheduleAt(next.timeS());
  }
}
