package io.fluidedge.sim;

import io.fluidedge.scenario.Server.Discipline;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Consumer;
import umontreal.ssj.simevents.Simulator;

/**
 * The edge server: one FIFO queue per user, each serving one request at a time. User k's request
 * needs c·S·tokens cycles, served at a speed set by the discipline's {@link ServiceTiming}
 * (partitioned: f_k; work-conserving: idle users' shares redistributed to busy users in
 * proportion to their shares). Speeds are piecewise constant and services in progress are
 * re-timed whenever they change.
 *
 * <p>Utilisation, the share of the capacity F in use, is reported to the ledger whenever it
 * changes: partitioned Σ_{busy k} f_k / F; work-conserving (Σ_k f_k) / F while any user is
 * busy, since idle shares go to the busy users. For the overload check the server sums the
 * cycles submitted per user and the capacity ∫ f_k dt each user's queue had.
 */
final class EdgeServer implements InferenceServer {

  /** Users up to which the partitioned utilisation is remembered per set of busy users. */
  static final int MASK_USERS = 10;

  private final Simulator sim;
  private final Ledger ledger;
  private final ArrayDeque<Job>[] queues;
  private final Job[] serving;
  private final InferenceDone[] done;
  private final ServiceTiming timing;
  private final boolean workConserving;
  private final double cpuHz;
  private final double[] shareHz;
  private final double[] offeredCycles;
  private final double[] capacityCycles;
  private double sharesSinceS;
  private int busyUsers;
  private double utilisation;
  /** Bit k set while user k is served (partitioned, K &le; {@value #MASK_USERS}). */
  private int busyMask;
  /**
   * Partitioned utilisation per {@link #busyMask}, each computed as {@link #busyShareHz} does
   * on first need (NaN until then) and forgotten when the shares change; null for K &gt;
   * {@value #MASK_USERS} or work-conserving.
   */
  private final double[] utilisationByMask;

  /**
   * @param cpuHz F, the server's capacity, cycles/s (for utilisation)
   */
  @SuppressWarnings("unchecked")
  EdgeServer(Simulator sim, int users, Discipline discipline, double cpuHz, Ledger ledger) {
    this.sim = sim;
    this.ledger = ledger;
    this.cpuHz = cpuHz;
    this.queues = new ArrayDeque[users];
    this.serving = new Job[users];
    this.shareHz = new double[users];
    this.offeredCycles = new double[users];
    this.capacityCycles = new double[users];
    this.done = new InferenceDone[users];
    for (int k = 0; k < users; k++) {
      queues[k] = new ArrayDeque<>();
      done[k] = new InferenceDone(sim, this, k);
    }
    this.workConserving = discipline == Discipline.WORK_CONSERVING;
    this.timing = workConserving ? new WorkConservingTiming(done) : new PartitionedTiming(done);
    this.utilisationByMask = workConserving || users > MASK_USERS ? null : new double[1 << users];
    forgetUtilisations();
  }

  /** Puts new CPU shares in force, re-timing services in progress. */
  @Override
  public void setShares(double[] cpuHzPerUser) {
    double now = sim.time();
    for (int k = 0; k < shareHz.length; k++) {
      capacityCycles[k] += (now - sharesSinceS) * shareHz[k];
      shareHz[k] = cpuHzPerUser[k];
    }
    sharesSinceS = now;
    forgetUtilisations();
    timing.setShares(cpuHzPerUser, now);
    reportLoad();
  }

  /** A request arrives from the uplink: served at once if its user's queue is idle. */
  @Override
  public void submit(Job job) {
    int k = job.user;
    offeredCycles[k] += job.cycles;
    if (serving[k] == null) {
      start(k, job);
      busyUsers++;
      timing.join(k, job.cycles, sim.time());
      reportLoad();
    } else {
      queues[k].addLast(job);
    }
  }

  /** User k's service finished: record it, start the next request or go idle. */
  void inferenceDone(int k) {
    ledger.completed(serving[k], sim.time());
    next(k);
  }

  /** The request's deadline passed while it is here: remove it (abandoning its service). */
  void expire(Job job) {
    int k = job.user;
    if (serving[k] == job) {
      done[k].cancelIfPending();
      next(k);
    } else {
      queues[k].remove(job);
    }
    ledger.expired(job);
  }

  @Override
  public int inFlight() {
    int n = 0;
    for (int k = 0; k < serving.length; k++) {
      n += queues[k].size() + (serving[k] == null ? 0 : 1);
    }
    return n;
  }

  @Override
  public void forEachHeld(Consumer<Job> to) {
    for (int k = 0; k < serving.length; k++) {
      if (serving[k] != null) {
        to.accept(serving[k]);
      }
      queues[k].forEach(to);
    }
  }

  @Override
  public void loads(double endS, LoadSink sink) {
    double total = 0;
    double offered = 0;
    for (int k = 0; k < shareHz.length; k++) {
      double capacity = capacityCycles[k] + (endS - sharesSinceS) * shareHz[k];
      if (workConserving) {
        total += capacity;
        offered += offeredCycles[k];
      } else {
        sink.load("server queue of user " + k, offeredCycles[k], capacity, "cycles");
      }
    }
    if (workConserving) {
      sink.load("server", offered, total, "cycles");
    }
  }

  /** Starts user k's next request, or lets user k go idle. */
  private void next(int k) {
    Job next = queues[k].pollFirst();
    if (next != null) {
      start(k, next);
      timing.restart(k, next.cycles, sim.time());
    } else {
      serving[k] = null;
      busyMask &= ~(1 << k);
      busyUsers--;
      timing.leave(k, sim.time());
      reportLoad();
    }
  }

  private void start(int k, Job job) {
    job.inferenceStartS = sim.time();
    job.stage = Job.SERVING;
    serving[k] = job;
    busyMask |= 1 << k;
  }

  private void forgetUtilisations() {
    if (utilisationByMask != null) {
      Arrays.fill(utilisationByMask, Double.NaN);
    }
  }

  private void reportLoad() {
    double u;
    if (utilisationByMask != null) {
      u = utilisationByMask[busyMask];
      if (Double.isNaN(u)) {
        u = Math.min(1.0, busyShareHz() / cpuHz);
        utilisationByMask[busyMask] = u;
      }
    } else {
      u = Math.min(1.0, busyShareHz() / cpuHz);
    }
    if (u != utilisation) {
      utilisation = u;
      ledger.serverLoad(sim.time(), u);
    }
  }

  /** The shares in use, Hz: Σ_{busy k} f_k (partitioned), Σ_k f_k while any user is busy. */
  private double busyShareHz() {
    double busyHz = 0;
    if (workConserving) {
      for (int k = 0; busyUsers > 0 && k < shareHz.length; k++) {
        busyHz += shareHz[k];
      }
    } else {
      for (int k = 0; k < shareHz.length; k++) {
        busyHz += serving[k] != null ? shareHz[k] : 0;
      }
    }
    return busyHz;
  }
}
