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
  private final double cyclesPerToken;
  private final double endS;
  private final RequestArrival arrival;

  /**
   * @param cyclesPerToken c·S, server cycles per token of a request
   * @param endS           requests after this time are not simulated, s
   */
  RequestFeed(Simulator sim, TrafficSource source, UserDevice[] users, Ledger ledger,
      double cyclesPerToken, double endS) {
    this.sim = sim;
    this.source = source;
    this.users = users;
    this.ledger = ledger;
    this.cyclesPerToken = cyclesPerToken;
    this.endS = endS;
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
          cyclesPerToken * r.tokens());
      users[r.user()].arrive(job);
      ledger.queued(job);
    } else {
      ledger.drop(id, r.user(), r.timeS(), r.features(), r.tokens());
    }
    scheduleNext();
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
