package io.fluidedge.sim;

import io.fluidedge.scenario.Server.Discipline;
import java.util.ArrayDeque;
import umontreal.ssj.simevents.Simulator;

/**
 * The edge server: one FIFO queue per user, each serving one request at a time. User k's request
 * needs c·S·tokens cycles, served at a speed set by the discipline's {@link ServiceTiming}
 * (partitioned: f_k; work-conserving: idle users' shares redistributed to busy users in
 * proportion to their shares). Speeds are piecewise constant and services in progress are
 * re-timed whenever they change.
 */
final class EdgeServer implements InferenceServer {

  private final Simulator sim;
  private final Ledger ledger;
  private final ArrayDeque<Job>[] queues;
  private final Job[] serving;
  private final ServiceTiming timing;

  @SuppressWarnings("unchecked")
  EdgeServer(Simulator sim, int users, Discipline discipline, Ledger ledger) {
    this.sim = sim;
    this.ledger = ledger;
    this.queues = new ArrayDeque[users];
    this.serving = new Job[users];
    InferenceDone[] done = new InferenceDone[users];
    for (int k = 0; k < users; k++) {
      queues[k] = new ArrayDeque<>();
      done[k] = new InferenceDone(sim, this, k);
    }
    this.timing = discipline == Discipline.WORK_CONSERVING ? new WorkConservingTiming(done)
        : new PartitionedTiming(done);
  }

  /** Puts new CPU shares in force, re-timing services in progress. */
  @Override
  public void setShares(double[] cpuHz) {
    timing.setShares(cpuHz, sim.time());
  }

  /** A request arrives from the uplink: served at once if its user's queue is idle. */
  @Override
  public void submit(Job job) {
    int k = job.user;
    if (serving[k] == null) {
      start(k, job);
      timing.join(k, job.cycles, sim.time());
    } else {
      queues[k].addLast(job);
    }
  }

  /** User k's service finished: record it, start the next request or go idle. */
  void inferenceDone(int k) {
    ledger.completed(serving[k], sim.time());
    Job next = queues[k].pollFirst();
    if (next != null) {
      start(k, next);
      timing.restart(k, next.cycles, sim.time());
    } else {
      serving[k] = null;
      timing.leave(k, sim.time());
    }
  }

  @Override
  public int inFlight() {
    int n = 0;
    for (int k = 0; k < serving.length; k++) {
      n += queues[k].size() + (serving[k] == null ? 0 : 1);
    }
    return n;
  }

  private void start(int k, Job job) {
    job.inferenceStartS = sim.time();
    serving[k] = job;
  }
}
