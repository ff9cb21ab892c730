package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/** Coherence block {@code block} begins at block·T_c: the channel advances and the policy solves. */
final class BlockStart extends SimEvent {

  private final Controller controller;
  /** Index k of the block this event starts. */
  long block;

  BlockStart(Simulator sim, Controller controller) {
    super(sim, BLOCK_START);
    this.controller = controller;
  }

  @Override
  public void actions() {
    controller.blockStart(block);
  }
}
