package io.fluidedge.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The run's pending events: a binary heap ordered by time, then priority, then the order they
 * were scheduled in. That is the order of SSJ's {@link umontreal.ssj.simevents.eventlist.Henriksen}
 * list (an event goes after every pending event of equal time and priority), so a run gives the
 * same events in the same order, with O(log n) work per event and no allocation once the heap
 * has grown to the most events ever pending.
 *
 * <p>Keys live in primitive arrays beside the events; each event knows its slot
 * ({@link SimEvent#slot}), so cancelling is O(log n) too. Holds only the simulator's own
 * {@link SimEvent}s, which are scheduled at absolute times: {@link #addFirst},
 * {@link #addBefore} and {@link #addAfter} (SSJ's scheduling relative to other events) are not
 * supported. Iteration visits a sorted copy, read-only.
 */
final class EventHeap implements EventList {

  private SimEvent[] events = new SimEvent[16];
  private double[] times = new double[16];
  private double[] priorities = new double[16];
  private long[] orders = new long[16];
  private int size;
  private long scheduled;

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public void clear() {
    for (int i = 0; i < size; i++) {
      events[i].slot = -1;
      events[i] = null;
    }
    size = 0;
  }

  /**
   * Adds a {@link SimEvent} at its time, after the pending events of equal time and priority.
   *
   * @throws IllegalArgumentException for an event that is not the simulator's own
   */
  @Override
  public void add(Event ev) {
    if (!(ev instanceof SimEvent e)) {
      throw new IllegalArgumentException("the event list holds the simulator's own events, not "
          + ev.getClass().getName());
    }
    if (size == events.length) {
      grow();
    }
    siftUp(size++, e, e.time(), e.priority(), scheduled++);
  }

  /** Not supported: the simulator schedules at absolute times only. */
  @Override
  public void addFirst(Event ev) {
    throw relative();
  }

  /** Not supported: the simulator schedules at absolute times only. */
  @Override
  public void addBefore(Event ev, Event other) {
    throw relative();
  }

  /** Not supported: the simulator schedules at absolute times only. */
  @Override
  public void addAfter(Event ev, Event other) {
    throw relative();
  }

  @Override
  public Event getFirst() {
    return size == 0 ? null : events[0];
  }

  @Override
  public Event getFirstOfClass(String cl) {
    for (Event e : sorted()) {
      if (e.getClass().getName().equals(cl)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    for (Event e : sorted()) {
      if (e.getClass() == cl) {
        return cl.cast(e);
      }
    }
    return null;
  }

  @Override
  public Iterator<Event> iterator() {
    return listIterator();
  }

  /** The pending events in the order they will act, as a read-only copy. */
  @Override
  public ListIterator<Event> listIterator() {
    return List.copyOf(sorted()).listIterator();
  }

  @Override
  public boolean remove(Event ev) {
    if (!(ev instanceof SimEvent e) || e.slot < 0 || e.slot >= size || events[e.slot] != e) {
      return false;
    }
    int i = e.slot;
    e.slot = -1;
    int last = --size;
    if (i < last) {
      SimEvent moved = events[last];
      double t = times[last];
      double p = priorities[last];
      long o = orders[last];
      events[last] = null;
      if (i > 0 && before(t, p, o, (i - 1) >>> 1)) {
        siftUp(i, moved, t, p, o);
      } else {
        siftDown(i, moved, t, p, o);
      }
    } else {
      events[last] = null;
    }
    return true;
  }

  @Override
  public Event removeFirst() {
    if (size == 0) {
      return null;
    }
    SimEvent first = events[0];
    first.slot = -1;
    int last = --size;
    if (last > 0) {
      SimEvent moved = events[last];
      events[last] = null;
      siftDown(0, moved, times[last], priorities[last], orders[last]);
    } else {
      events[0] = null;
    }
    return first;
  }

  @Override
  public String toString() {
    return "EventHeap" + sorted();
  }

  /** Whether key (t, p, o) acts before the event in slot j. */
  private boolean before(double t, double p, long o, int j) {
    double tj = times[j];
    if (t != tj) {
      return t < tj;
    }
    double pj = priorities[j];
    return p != pj ? p < pj : o < orders[j];
  }

  private void siftUp(int i, SimEvent e, double t, double p, long o) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(t, p, o, parent)) {
        break;
      }
      put(i, events[parent], times[parent], priorities[parent], orders[parent]);
      i = parent;
    }
    put(i, e, t, p, o);
  }

  private void siftDown(int i, SimEvent e, double t, double p, long o) {
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size
          && before(times[right], priorities[right], orders[right], child)) {
        child = right;
      }
      if (before(t, p, o, child)) { // keys are distinct: the order breaks every tie
        break;
      }
      put(i, events[child], times[child], priorities[child], orders[child]);
      i = child;
    }
    put(i, e, t, p, o);
  }

  private void put(int i, SimEvent e, double t, double p, long o) {
    events[i] = e;
    times[i] = t;
    priorities[i] = p;
    orders[i] = o;
    e.slot = i;
  }

  private void grow() {
    int n = 2 * events.length;
    events = Arrays.copyOf(events, n);
    times = Arrays.copyOf(times, n);
    priorities = Arrays.copyOf(priorities, n);
    orders = Arrays.copyOf(orders, n);
  }

  /** The pending events in the order they will act. */
  private List<Event> sorted() {
    Integer[] slots = new Integer[size];
    for (int i = 0; i < size; i++) {
      slots[i] = i;
    }
    Arrays.sort(slots, (a, b) -> a.equals(b) ? 0
        : before(times[a], priorities[a], orders[a], b) ? -1 : 1);
    List<Event> out = new ArrayList<>(size);
    for (Integer i : slots) {
      out.add(events[i]);
    }
    return out;
  }

  private static UnsupportedOperationException relative() {
    return new UnsupportedOperationException("the simulator's event list schedules at absolute "
        + "times only (SimEvent.scheduleAt)");
  }
}
