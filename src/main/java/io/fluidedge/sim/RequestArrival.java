package io.fluidedge.sim;

import io.fluidedge.traffic.Request;
import umontreal.ssj.simevents.Simulator;

/** A request arrives at its user device. Only the next arrival is ever pending. */
final class RequestArrival extends SimEvent {

  private final RequestFeed feed;
  /** The arriving request. */
  Request request;

  RequestArrival(Simulator sim, RequestFeed feed) {
    super(sim, REQUEST_ARRIVAL);
    this.feed = feed;
  }

  @Override
  public void actions() {
    feed.arrive(request);
  }
}
