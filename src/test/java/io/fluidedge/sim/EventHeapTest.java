package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;

class EventHeapTest {

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
   * the heap hands out the same events in the same order as the sorted list, and holds the same
   * pending events in order at every step.
   */
  @Test
  void order_sameAsSortedListWithTiesAndCancels() {
    for (int seed = 1; seed <= 20; seed++) {
      assertSameOrder(seed, new SortedList(), true, true);
    }
  }

  /**
   * The same against SSJ's Henriksen list, the simulator's list before: with cancels at distinct
   * times, and with equal times without cancels. (With both, Henriksen can lose track of its
   * events: cancelling one that shares its time with others may leave it in the list, or fail
   * with a NullPointerException.)
   */
  @Test
  void order_sameAsHenriksen() {
    for (int seed = 1; seed <= 20; seed++) {
      assertSameOrder(seed, new Henriksen(), false, true);
      assertSameOrder(seed, new Henriksen(), true, false);
    }
  }

  /**
   * Drives the heap and a reference list through the same random operations (schedule an idle
   * event, cancel one, take the next) and compares them after every operation.
   */
  private static void assertSameOrder(int seed, EventList referenceList, boolean ties,
      boolean cancels) {
    SplittableRandom random = new SplittableRandom(seed);
    Stepper reference = new Stepper(referenceList);
    Stepper heap = new Stepper(new EventHeap());
    int n = 5 + random.nextInt(60);
    List<Numbered> refEvents = new ArrayList<>();
    List<Numbered> heapEvents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
      refEvents.add(new Numbered(reference, priority, i));
      heapEvents.add(new Numbered(heap, priority, i));
    }
    List<Integer> refOrder = new ArrayList<>();
    List<Integer> heapOrder = new ArrayList<>();
    for (int op = 0; op < 4000; op++) {
      int kind = random.nextInt(10);
      int i = random.nextInt(n);
      if (kind < 5) {
        if (!refEvents.get(i).pending()) {
          // With ties, few distinct delays, so equal times are common.
          double delay = ties ? random.nextInt(4) * 0.25 : random.nextDouble();
          refEvents.get(i).scheduleAt(reference.time() + delay);
          heapEvents.get(i).scheduleAt(heap.time() + delay);
        }
      } else if (kind < 7) {
        if (cancels) {
          assertThat(heapEvents.get(i).cancel()).isEqualTo(refEvents.get(i).cancel());
        }
      } else {
        Event a = reference.step();
        Event b = heap.step();
        refOrder.add(a == null ? -1 : ((Numbered) a).number);
        heapOrder.add(b == null ? -1 : ((Numbered) b).number);
        assertThat(heap.time()).isEqualTo(reference.time());
      }
      assertThat(numbers(heap.getEventList())).isEqualTo(numbers(reference.getEventList()));
    }
    assertThat(heapOrder).isEqualTo(refOrder);
    assertThat(refOrder.stream().filter(x -> x >= 0).count()).isGreaterThan(500);
  }

  @Test
  void removeFirst_emptyGivesNull_andRelativeSchedulingIsRefused() {
    Stepper heap = new Stepper(new EventHeap());
    assertThat(heap.getEventList().removeFirst()).isNull();
    assertThat(heap.getEventList().getFirst()).isNull();
    Numbered e = new Numbered(heap, 0, 0);
    e.scheduleAt(1);
    assertThat(heap.getEventList().getFirstOfClass(Numbered.class)).isSameAs(e);
    assertThatThrownBy(() -> heap.getEventList().addFirst(new Numbered(heap, 0, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    heap.getEventList().clear();
    assertThat(heap.getEventList().isEmpty()).isTrue();
    assertThat(heap.getEventList().remove(e)).isFalse();
  }

  private static List<Integer> numbers(EventList list) {
    List<Integer> out = new ArrayList<>();
    for (Event e : list) {
      out.add(((Numbered) e).number);
    }
    return out;
  }
}
