package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The simulator's event list ({@link EventLoop#newEventList()}) against a plainly sorted list:
 * time, then priority, then the order scheduled, with cancels among events of equal time.
 */
class EventListOrderTest {

  /** A simulator whose next event can be taken one at a time. */
  private static final class Stepper extends Simulator {
    Stepper(EventList list) {
      super(list);
      stopped = false;
    }

    Event step() {
      return removeFirstEvent();
    }
  }

  /** An event that only carries its number. */
  private static final class Numbered extends SimEvent {
    final int number;

    Numbered(Simulator sim, double priority, int number) {
      super(sim, priority);
      this.number = number;
    }

    @Override
    public void actions() {
    }
  }

  private static final double[] PRIORITIES = {SimEvent.BLOCK_START, SimEvent.UPLINK_DONE,
      SimEvent.INFERENCE_DONE, SimEvent.DEADLINE, SimEvent.REQUEST_ARRIVAL};

  /**
   * The straightforward event list: a list kept sorted by time, then priority, each event
   * inserted after every pending event of equal time and priority.
   */
  private static final class SortedList implements EventList {
    final List<Event> events = new ArrayList<>();

    @Override
    public void add(Event ev) {
      int at = events.size();
      while (at > 0 && ev.compareTo(events.get(at - 1)) < 0) {
        at--;
      }
      events.add(at, ev);
    }

    @Override
    public boolean remove(Event ev) {
      return events.remove(ev);
    }

    @Override
    public Event removeFirst() {
      return events.isEmpty() ? null : events.remove(0);
    }

    @Override
    public Event getFirst() {
      return events.isEmpty() ? null : events.get(0);
    }

    @Override
    public boolean isEmpty() {
      return events.isEmpty();
    }

    @Override
    public void clear() {
      events.clear();
    }

    @Override
    public ListIterator<Event> listIterator() {
      return events.listIterator();
    }

    @Override
    public Iterator<Event> iterator() {
      return events.iterator();
    }

    @Override
    public void addFirst(Event ev) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void addBefore(Event ev, Event other) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void addAfter(Event ev, Event other) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event getFirstOfClass(String cl) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * Random scheduling, cancelling and stepping, with many events at equal times and priorities:
   * the simulator's list hands out the same events in the same order as the sorted list, and
   * holds the same pending events in order at every step.
   */
  @Test
  void order_sameAsSortedListWithTiesAndCancels() {
    for (int seed = 1; seed <= 20; seed++) {
      assertSameOrder(seed);
    }
  }

  /**
   * Drives the simulator's list and a reference list through the same random operations
   * (schedule an idle event, cancel one, take the next) and compares them after every operation.
   */
  private static void assertSameOrder(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Stepper reference = new Stepper(new SortedList());
    Stepper list = new Stepper(EventLoop.newEventList());
    int n = 5 + random.nextInt(60);
    List<Numbered> refEvents = new ArrayList<>();
    List<Numbered> listEvents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
      refEvents.add(new Numbered(reference, priority, i));
      listEvents.add(new Numbered(list, priority, i));
    }
    List<Integer> refOrder = new ArrayList<>();
    List<Integer> listOrder = new ArrayList<>();
    for (int op = 0; op < 4000; op++) {
      int kind = random.nextInt(10);
      int i = random.nextInt(n);
      if (kind < 5) {
        if (!refEvents.get(i).pending()) {
          // Few distinct delays, so equal times are common.
          double delay = random.nextInt(4) * 0.25;
          refEvents.get(i).scheduleAt(reference.time() + delay);
          listEvents.get(i).scheduleAt(list.time() + delay);
        }
      } else if (kind < 7) {
        assertThat(listEvents.get(i).cancel()).isEqualTo(refEvents.get(i).cancel());
      } else {
        Event a = reference.step();
        Event b = list.step();
        refOrder.add(a == null ? -1 : ((Numbered) a).number);
        listOrder.add(b == null ? -1 : ((Numbered) b).number);
        assertThat(list.time()).isEqualTo(reference.time());
      }
      assertThat(numbers(list.getEventList())).isEqualTo(numbers(reference.getEventList()));
    }
    assertThat(listOrder).isEqualTo(refOrder);
    assertThat(refOrder.stream().filter(x -> x >= 0).count()).isGreaterThan(500);
  }

  private static List<Integer> numbers(EventList list) {
    List<Integer> out = new ArrayList<>();
    for (Event e : list) {
      out.add(((Numbered) e).number);
    }
    return out;
  }
}
