package io.fluidedge.sim;

import java.util.function.BooleanSupplier;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * One run's SSJ simulator with an event loop that stops at an end time and polls for a stop
 * request, which {@link Simulator#start()} cannot do.
 *
 * <p>The event list is an {@link ArrayEventList} ({@link #newEventList()}): events with equal time
 * and priority act in the order scheduled, also when some of them are cancelled. SSJ's Henriksen
 * list, used before, can lose that order when an event that shares its time with others of
 * another priority is cancelled (it stays in the list, or the cancel fails). With a handful of
 * events pending, as in most runs, the array costs about two thirds of SSJ's binary tree per
 * event on the list alone; with many, it is that binary tree (docs/performance.md).
 */
final class EventLoop extends Simulator {

  /** Poll the stop request every this many events (a power of two). */
  private static final long POLL_MASK = 1023;

  private long events;

  EventLoop() {
    super(newEventList());
  }

  /** A new event list of the kind every run's simulator uses. */
  static EventList newEventList() {
    return new ArrayEventList();
  }

  /** Events processed so far. */
  long events() {
    return events;
  }

  /**
   * Processes events in order while their time is at most {@code endS}.
   *
   * @param endS          last simulated instant to process, s
   * @param stopRequested polled every 1024 events and after every block boundary
   * @return true if the end time was reached (the clock then reads {@code endS}), false if
   *         stopped early (the clock reads the time of the last event processed)
   */
  boolean runUntil(double endS, BooleanSupplier stopRequested) {
    stopped = false;
    simulating = true;
    try {
      while (true) {
        Event next = eventList.getFirst();
        if (next == null || next.time() > endS) {
          currentTime = Math.max(currentTime, endS);
          return true;
        }
        if ((events & POLL_MASK) == 0 && events > 0 && stopRequested.getAsBoolean()) {
          return false;
        }
        removeFirstEvent();
        next.actions();
        events++;
        if (next instanceof BlockStart && stopRequested.getAsBoolean()) {
          return false;
        }
      }
    } finally {
      simulating = false;
      stopped = true;
    }
  }
}
