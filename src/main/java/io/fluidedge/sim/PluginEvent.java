package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/** An action an entity plugin scheduled through its {@link io.fluidedge.plugin.EntityContext}. */
final class PluginEvent extends SimEvent {

  private final Runnable action;

  PluginEvent(Simulator sim, Runnable action) {
    super(sim, PLUGIN);
    this.action = action;
  }

  @Override
  public void actions() {
    action.run();
  }
}
