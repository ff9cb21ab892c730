package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/** A decided allocation takes effect after the control delay and the antennas' travel. */
final class AllocationApplied extends SimEvent {

  private final Controller controller;
  private final Decision decision;

  AllocationApplied(Simulator sim, Controller controller, Decision decision) {
    super(sim, ALLOCATION_APPLIED);
    this.controller = controller;
    this.decision = decision;
  }

  @Override
  public void actions() {
    controller.apply(decision);
  }
}
