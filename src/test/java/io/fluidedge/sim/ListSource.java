package io.fluidedge.sim;

import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Requests from a list (in time order); records whether it was closed. */
final class ListSource implements TrafficSource {

  private final Iterator<Request> it;
  boolean closed;

  ListSource(List<Request> requests) {
    this.it = new ArrayList<>(requests).iterator();
  }

  static ListSource of(Request... requests) {
    return new ListSource(List.of(requests));
  }

  @Override
  public Request next() {
    return it.hasNext() ? it.next() : null;
  }

  @Override
  public void close() {
    closed = true;
  }
}
