package io.fluidedge.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * Thread CPU time of the event list alone, the simulator's ({@link EventLoop#newEventList()},
 * an {@link ArrayEventList}) against SSJ's {@link BinaryTree}, {@link Henriksen},
 * {@link SplayTree} and {@link RedblackTree} lists, alternating in one JVM: the hold model (take
 * the next event, schedule it again an exponential delay later, at one of the simulator's
 * priorities), with every fourth step also re-timing a random pending event (cancel, schedule
 * again), as rate changes re-time completions. Times are continuous, so no two events tie
 * (where Henriksen is correct).
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}): {@code java -cp
 * target/benchmarks.jar io.fluidedge.sim.EventListCpuTime PENDING STEPS ROUNDS}, e.g.
 * {@code ... 8 10000000 5}; prints each round and the medians, in ns per step.
 */
public final class EventListCpuTime {

  private static final double[] PRIORITIES = {SimEvent.UPLINK_DONE, SimEvent.INFERENCE_DONE,
      SimEvent.REQUEST_ARRIVAL};

  private EventListCpuTime() {
  }

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

  /** An event that does nothing when it acts. */
  private static final class Idle extends SimEvent {
    Idle(Simulator sim, double priority) {
      super(sim, priority);
    }

    @Override
    public void actions() {
    }
  }

  /**
   * Runs the rounds and prints ns per step for each list.
   *
   * @param args PENDING STEPS ROUNDS
   */
  public static void main(String[] args) {
    int pending = Integer.parseInt(args[0]);
    long steps = (long) Double.parseDouble(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<String> names = List.of("ArrayEventList (the simulator's)", "BinaryTree", "Henriksen",
        "SplayTree", "RedblackTree");
    List<Supplier<EventList>> lists = List.of(EventLoop::newEventList, BinaryTree::new,
        Henriksen::new, SplayTree::new, RedblackTree::new);
    double[][] ns = new double[lists.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
      for (int l = 0; l < lists.size(); l++) {
        ns[l][r] = nsPerStep(lists.get(l), pending, steps);
        line.append(String.format(Locale.ROOT, " %s %.1f ns", names.get(l), ns[l][r]));
      }
      System.out.println(line);
    }
    StringBuilder line = new StringBuilder("median per step (" + pending + " pending):");
    for (int l = 0; l < lists.size(); l++) {
      line.append(String.format(Locale.ROOT, " %s %.1f ns", names.get(l), median(ns[l])));
    }
    System.out.println(line);
  }

  private static double nsPerStep(Supplier<EventList> list, int pending, long steps) {
    Stepper sim = new Stepper(list.get());
    SplittableRandom random = new SplittableRandom(1);
    Idle[] events = new Idle[pending];
    for (int i = 0; i < pending; i++) {
      events[i] = new Idle(sim, PRIORITIES[i % PRIORITIES.length]);
      events[i].scheduleAt(random.nextDouble());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    for (long s = 0; s < steps; s++) {
      SimEvent next = (SimEvent) sim.step();
      next.scheduleAt(sim.time() - Math.log(1 - random.nextDouble()));
      if ((s & 3) == 0) {
        SimEvent other = events[random.nextInt(pending)];
        other.cancel();
        other.scheduleAt(sim.time() - Math.log(1 - random.nextDouble()));
      }
    }
    return (threads.getCurrentThreadCpuTime() - t0) / (double) steps;
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
