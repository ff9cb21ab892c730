package io.fluidedge.plugin;

import io.fluidedge.scenario.Scenario;

/**
 * What an {@link EntityPlugin} may use during a run: the simulated clock and the event list.
 * Implemented by the simulator; valid from {@link EntityPlugin#start} to the end of the run.
 */
public interface EntityContext {

  /** The plugin's name in the scenario (also its summary.json section). */
  String name();

  /** The run's resolved scenario. */
  Scenario scenario();

  /** The current simulated time, s. */
  double now();

  /**
   * Schedules {@code action} to run at {@code now() + delayS}. At equal times plugin actions run
   * after the simulator's own events (block starts, completions, arrivals) and in the order
   * scheduled. Actions later than the end of the run never run.
   *
   * @param delayS delay, s (finite, &ge; 0)
   * @param action what to do then (may schedule further actions)
   * @throws IllegalArgumentException for a negative or non-finite delay
   */
  void schedule(double delayS, Runnable action);
}
