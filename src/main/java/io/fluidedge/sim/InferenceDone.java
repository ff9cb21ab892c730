package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/** The server finished user {@code user}'s request in service; rescheduled when its speed changes. */
final class InferenceDone extends SimEvent {

  private final EdgeServer server;
  private final int user;

  InferenceDone(Simulator sim, EdgeServer server, int user) {
    super(sim, INFERENCE_DONE);
    this.server = server;
    this.user = user;
  }

  @Override
  public void actions() {
    server.inferenceDone(user);
  }
}
