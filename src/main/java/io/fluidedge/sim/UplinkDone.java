package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/** A device finished transmitting its current request; rescheduled whenever its rate changes. */
final class UplinkDone extends SimEvent {

  private final UserDevice device;

  UplinkDone(Simulator sim, UserDevice device) {
    super(sim, UPLINK_DONE);
    this.device = device;
  }

  @Override
  public void actions() {
    device.uplinkDone();
  }
}
