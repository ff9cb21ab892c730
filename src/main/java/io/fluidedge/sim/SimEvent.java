package io.fluidedge.sim;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Base of the simulator's events: an SSJ {@link Event} bound to one run's {@link Simulator}, with a
 * fixed tie-breaking priority and scheduling at an absolute time.
 *
 * <p>Events are reused: an entity keeps one instance per pending activity and schedules it again
 * after it fired or was cancelled, so the hot path allocates no event objects.
 */
abstract class SimEvent extends Event {

  /** Priorities at equal times, lower first: a block boundary acts before everything else. */
  static final double BLOCK_START = 0;
  /** A delayed allocation takes effect after the boundary, before traffic at the same instant. */
  static final double ALLOCATION_APPLIED = 1;
  /** Completions free their resource before a simultaneous arrival queues. */
  static final double UPLINK_DONE = 2;
  /** Inference completions, after uplink completions at the same instant. */
  static final double INFERENCE_DONE = 3;
  /** A deadline passes after the completions at its instant (finishing at it meets it). */
  static final double DEADLINE = 3.5;
  /** Arrivals act after the completions at a given instant. */
  static final double REQUEST_ARRIVAL = 4;
  /** Entity plugins' own events act last at a given instant. */
  static final double PLUGIN = 5;

  SimEvent(Simulator sim, double priority) {
    super(sim);
    setPriority(priority);
  }

  /**
   * Schedules this event at the absolute simulated time {@code timeS} (not a delay, so that times
   * computed as k·T_c are kept exactly).
   *
   * @throws IllegalStateException if the time lies in the past or the event is already pending
   */
  final void scheduleAt(double timeS) {
    if (!(timeS >= sim.time())) {
      throw new IllegalStateException(getClass().getSimpleName() + " scheduled at " + timeS
          + " s, before the current time " + sim.time() + " s");
    }
    setTime(timeS);
    sim.getEventList().add(this);
  }

  /** True while the event is in the event list (SSJ marks unscheduled events with time −10). */
  final boolean pending() {
    return eventTime >= 0;
  }

  /** Removes the event from the event list if it is there. */
  final void cancelIfPending() {
    if (pending()) {
      cancel();
    }
  }
}
