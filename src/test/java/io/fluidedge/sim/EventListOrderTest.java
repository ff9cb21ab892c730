package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.DoublyLinked;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The simulator's event list ({@link EventLoop#newEventList()}, an {@link ArrayEventList})
 * against a plainly sorted list: time, then priority, then the order scheduled, with cancels among
 * events of equal time; and against SSJ's doubly linked list for the rest of SSJ's event-list
 * interface.
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
  private static class Numbered extends SimEvent {
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
      assertSameOrder(seed, EventLoop::newEventList, 5, 60);
    }
  }

  /**
   * The same with many more events than the array holds before the tree takes over, and with low
   * thresholds, so that the events move between the array and the tree many times.
   */
  @Test
  void order_sameAsSortedList_acrossMovesBetweenArrayAndTree() {
    for (int seed = 1; seed <= 10; seed++) {
      assertSameOrder(seed, EventLoop::newEventList, 60, 200);
    }
    List<ArrayEventList> lists = new ArrayList<>();
    for (int seed = 21; seed <= 40; seed++) {
      assertSameOrder(seed, () -> {
        ArrayEventList small = new ArrayEventList(6, 3);
        lists.add(small);
        return small;
      }, 5, 20);
    }
    assertThat(lists.stream().mapToInt(ArrayEventList::moves).sum())
        .as("moves between array and tree").isGreaterThan(100);
  }

  /**
   * SSJ's other ways in (first regardless of time, before or after a given event, the first of a
   * class, clear, iteration) give the same list as SSJ's own doubly linked list, in the array and
   * in the tree.
   */
  @Test
  void restOfTheInterface_sameAsSsjDoublyLinkedList() {
    for (int treeAbove : new int[] {64, 2}) {
      SplittableRandom random = new SplittableRandom(treeAbove);
      Stepper reference = new Stepper(new DoublyLinked());
      Stepper list = new Stepper(new ArrayEventList(treeAbove, 1));
      List<Numbered> refEvents = new ArrayList<>();
      List<Numbered> listEvents = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        double priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
        refEvents.add(i % 3 == 0 ? new Other(reference, priority, i)
            : new Numbered(reference, priority, i));
        listEvents.add(i % 3 == 0 ? new Other(list, priority, i) : new Numbered(list, priority, i));
      }
      for (int op = 0; op < 3000; op++) {
        int kind = random.nextInt(12);
        int i = random.nextInt(refEvents.size());
        int j = random.nextInt(refEvents.size());
        Numbered a = refEvents.get(i);
        Numbered b = listEvents.get(i);
        if (kind < 4 && !a.pending()) {
          double delay = random.nextInt(4) * 0.25;
          a.scheduleAt(reference.time() + delay);
          b.scheduleAt(list.time() + delay);
        } else if (kind == 4 && !a.pending()) {
          // Now and at the first priority, as SSJ's lists rely on staying sorted.
          for (Numbered e : List.of(a, b)) {
            e.setPriority(SimEvent.BLOCK_START); // before the time: SSJ refuses it after
            e.setTime(e.simulator().time());
          }
          reference.getEventList().addFirst(a);
          list.getEventList().addFirst(b);
        } else if (kind <= 6 && !a.pending() && refEvents.get(j).pending()) {
          // At the other event's time and priority (as SSJ's scheduleBefore and scheduleAfter).
          a.setPriority(refEvents.get(j).priority());
          a.setTime(refEvents.get(j).time());
          b.setPriority(listEvents.get(j).priority());
          b.setTime(listEvents.get(j).time());
          if (kind == 5) {
            reference.getEventList().addBefore(a, refEvents.get(j));
            list.getEventList().addBefore(b, listEvents.get(j));
          } else {
            reference.getEventList().addAfter(a, refEvents.get(j));
            list.getEventList().addAfter(b, listEvents.get(j));
          }
        } else if (kind == 7) {
          assertThat(b.cancel()).isEqualTo(a.cancel());
        } else if (kind == 8) {
          assertThat(number(list.getEventList().getFirstOfClass(Other.class)))
              .isEqualTo(number(reference.getEventList().getFirstOfClass(Other.class)));
          assertThat(number(list.getEventList().getFirstOfClass(Other.class.getName())))
              .isEqualTo(number(reference.getEventList().getFirstOfClass(Other.class.getName())));
        } else if (kind == 9 && op % 500 == 9) {
          reference.getEventList().clear();
          list.getEventList().clear();
          for (int e = 0; e < refEvents.size(); e++) {
            // No longer in either list: the cancel finds nothing, and marks them idle.
            assertThat(listEvents.get(e).cancel()).isEqualTo(refEvents.get(e).cancel()).isFalse();
          }
        } else {
          assertThat(number(list.step())).isEqualTo(number(reference.step()));
        }
        assertThat(numbers(list.getEventList())).isEqualTo(numbers(reference.getEventList()));
        assertThat(list.getEventList().isEmpty()).isEqualTo(reference.getEventList().isEmpty());
        assertThat(number(list.getEventList().getFirst()))
            .isEqualTo(number(reference.getEventList().getFirst()));
      }
    }
  }

  /** An event of another class, for getFirstOfClass. */
  private static final class Other extends Numbered {
    Other(Simulator sim, double priority, int number) {
      super(sim, priority, number);
    }
  }

  private static int number(Event e) {
    return e == null ? -1 : ((Numbered) e).number;
  }

  /**
   * Drives the simulator's list and a reference list through the same random operations
   * (schedule an idle event, cancel one, take the next) and compares them after every operation.
   */
  private static void assertSameOrder(int seed, Supplier<EventList> under, int fewest,
      int spread) {
    SplittableRandom random = new SplittableRandom(seed);
    Stepper reference = new Stepper(new SortedList());
    Stepper list = new Stepper(under.get());
    int n = fewest + random.nextInt(spread);
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
