package io.fluidedge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * The queueing work of FluidEdge's one-block workload on a bare SSJ kernel, for the side-by-side
 * comparison of the event loop: K users, each a Poisson stream of requests through two FIFO
 * stations in tandem (the uplink, then the user's share of the edge server) with deterministic
 * service times, as a static channel under one coherence block makes them. The same kernel
 * pieces as the simulator (an explicit {@link Simulator} on a {@link Henriksen} event list,
 * MRG32k3a, event objects reused), none of the model: no channel, optimizer, recording or outputs;
 * only the latency sum is kept.
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}):
 * {@code java -cp target/benchmarks.jar io.fluidedge.bench.BareTandemQueue REQUESTS RATE_HZ
 * UPLINK_S SERVER_S [K]}: REQUESTS in all, RATE_HZ per user, UPLINK_S and SERVER_S per-user
 * service times as comma-separated lists (one value serves every user). Prints the requests
 * completed, the events, the mean latency, and the wall and thread CPU time of the event loop.
 */
public final class BareTandemQueue {

  private final Simulator sim = new Simulator(new Henriksen());
  private long events;
  private long completed;
  private double latencySumS;

  private BareTandemQueue() {
  }

  /** One user: its arrival stream and two FIFO stations, each a ring of arrival times. */
  private final class User {
    final double uplinkS;
    final double serverS;
    final ExponentialGen interarrival;
    long left;
    final Station uplink = new Station();
    final Station server = new Station();
    final Event arrival = new Event(sim) {
      @Override
      public void actions() {
        events++;
        uplink.enqueue(sim.time(), uplinkDone, uplinkS);
        if (--left > 0) {
          schedule(interarrival.nextDouble());
        }
      }
    };
    final Event uplinkDone = new Event(sim) {
      @Override
      public void actions() {
        events++;
        double arrivedS = uplink.finish(this, uplinkS);
        server.enqueue(arrivedS, serverDone, serverS);
      }
    };
    final Event serverDone = new Event(sim) {
      @Override
      public void actions() {
        events++;
        double arrivedS = server.finish(this, serverS);
        completed++;
        latencySumS += sim.time() - arrivedS;
      }
    };

    User(double rateHz, double uplinkS, double serverS, long requests, MRG32k3a stream) {
      this.uplinkS = uplinkS;
      this.serverS = serverS;
      this.interarrival = new ExponentialGen(stream, rateHz);
      this.left = requests;
    }
  }

  /** A FIFO station with deterministic service: a ring buffer of the requests' arrival times. */
  private static final class Station {
    private double[] arrivals = new double[64];
    private int head;
    private int size;

    /** Queues a request that arrived at {@code arrivedS}; starts it if the station is idle. */
    void enqueue(double arrivedS, Event done, double serviceS) {
      if (size == arrivals.length) {
        double[] grown = new double[2 * size];
        for (int i = 0; i < size; i++) {
          grown[i] = arrivals[(head + i) % size];
        }
        arrivals = grown;
        head = 0;
      }
      arrivals[(head + size) % arrivals.length] = arrivedS;
      size++;
      if (size == 1) {
        done.schedule(serviceS);
      }
    }

    /** The head request leaves; the next starts. Returns the leaving request's arrival time. */
    double finish(Event done, double serviceS) {
      double arrivedS = arrivals[head];
      head = (head + 1) % arrivals.length;
      size--;
      if (size > 0) {
        done.schedule(serviceS);
      }
      return arrivedS;
    }
  }

  /**
   * Runs the tandem queues and prints what it measured.
   *
   * @param args REQUESTS RATE_HZ UPLINK_S SERVER_S [K]
   */
  public static void main(String[] args) {
    if (args.length < 4) {
      System.err.println("usage: BareTandemQueue REQUESTS RATE_HZ UPLINK_S SERVER_S [K]");
      System.exit(2);
    }
    long requests = (long) Double.parseDouble(args[0]);
    double rateHz = Double.parseDouble(args[1]);
    int users = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    double[] uplinkS = perUser(args[2], users);
    double[] serverS = perUser(args[3], users);
    BareTandemQueue q = new BareTandemQueue();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    q.sim.init();
    for (int k = 0; k < users; k++) {
      // Requests split over the users as evenly as the total allows; a stream per user.
      long share = requests / users + (k < requests % users ? 1 : 0);
      User u = q.new User(rateHz, uplinkS[k], serverS[k], share, new MRG32k3a());
      if (share > 0) {
        u.arrival.schedule(u.interarrival.nextDouble());
      }
    }
    q.sim.start();
    double wallS = (System.nanoTime() - t0) / 1e9;
    double cpuS = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "bare SSJ tandem queue: %d users, %d requests completed, %d "
        + "events, %.3f s simulated, mean latency %.6f s; event loop %.3f s wall, %.3f s thread "
        + "CPU%n",
        users, q.completed, q.events, q.sim.time(), q.latencySumS / q.completed, wallS, cpuS);
  }

  private static double[] perUser(String list, int users) {
    String[] parts = list.split(",");
    double[] v = new double[users];
    for (int k = 0; k < users; k++) {
      v[k] = Double.parseDouble(parts[parts.length == 1 ? 0 : k]);
    }
    return v;
  }
}
