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
 * <p>The heap itself holds only primitives: each pending event has a number, an index into
 * {@code registry} written once when it is scheduled, and the heap moves numbers and keys
 * (time, priority, scheduling order), so sifting stores no references (no collector write
 * barriers). Each event knows its slot in the heap ({@link SimEvent#slot}), so cancelling is
 * O(log n) too; numbers of events that left are reused. Holds only the simulator's own
 * {@link SimEvent}s, which are scheduled at absolute times: {@link #addFirst},
 * {@link #addBefore} and {@link #addAfter} (SSJ's scheduling relative to other events) are not
 * supported. Iteration visits a sorted copy, read-only.
 */
final class EventHeap implements EventList {

  /** The pending events by number; null for a free number. */
  private SimEvent[] registry = new SimEvent[16];
  private int[] freeNumbers = new int[16];
  private int free;
  private int numbered;
  /** Heap order: event numbers and their keys. */
  private int[] numbers = new int[16];
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
    while (size > 0) {
      removeFirst();
    }
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
    if (size == numbers.length) {
      grow();
    }
    int number = free > 0 ? freeNumbers[--free] : numbered++;
    registry[number] = e;
    siftUp(size++, number, e.time(), e.priority(), scheduled++);
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
    return size == 0 ? null : registry[numbers[0]];
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
    if (!(ev instanceof SimEvent e) || e.slot < 0 || e.slot >= size
        || registry[numbers[e.slot]] != e) {
      return false;
    }
    int i = e.slot;
    release(i);
    int last = --size;
    if (i < last) {
      int moved = numbers[last];
      double t = times[last];
      double p = priorities[last];
      long o = orders[last];
      if (i > 0 && before(t, p, o, (i - 1) >>> 1)) {
        siftUp(i, moved, t, p, o);
      } else {
        siftDown(i, moved, t, p, o);
      }
    }
    return true;
  }

  @Override
  public Event removeFirst() {
    if (size == 0) {
      return null;
    }
    SimEvent first = release(0);
    int last = --size;
    if (last > 0) {
      siftDown(0, numbers[last], times[last], priorities[last], orders[last]);
    }
    return first;
  }

  /** Takes the event in slot i out of the registry (its number becomes free) and returns it. */
  private SimEvent release(int i) {
    int number = numbers[i];
    SimEvent e = registry[number];
    registry[number] = null;
    freeNumbers[free++] = number;
    e.slot = -1;
    return e;
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

  private void siftUp(int i, int number, double t, double p, long o) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(t, p, o, parent)) {
        break;
      }
      put(i, numbers[parent], times[parent], priorities[parent], orders[parent]);
      i = parent;
    }
    put(i, number, t, p, o);
  }

  private void siftDown(int i, int number, double t, double p, long o) {
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
      put(i, numbers[child], times[child], priorities[child], orders[child]);
      i = child;
    }
    put(i, number, t, p, o);
  }

  private void put(int i, int number, double t, double p, long o) {
    numbers[i] = number;
    times[i] = t;
    priorities[i] = p;
    orders[i] = o;
    registry[number].slot = i;
  }

  /** Doubles the heap; the registry and the free numbers never hold more than it. */
  private void grow() {
    int n = 2 * numbers.length;
    registry = Arrays.copyOf(registry, n);
    freeNumbers = Arrays.copyOf(freeNumbers, n);
    numbers = Arrays.copyOf(numbers, n);
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
      out.add(registry[numbers[i]]);
    }
    return out;
  }

  private static UnsupportedOperationException relative() {
    return new UnsupportedOperationException("the simulator's event list schedules at absolute "
        + "times only (SimEvent.scheduleAt)");
  }
}
