package io.fluidedge.sim;

import io.fluidedge.scenario.Server.Discipline;
import java.util.ArrayDeque;
import umontreal.ssj.simevents.Simulator;

/**
 * The edge server: one FIFO queue per user, each serving one request at a time.
 *
 * <p>User k's request needs c·S·tokens cycles. Its service speed is
 * <ul>
 *   <li>partitioned: f_k, whether other users are busy or not;
 *   <li>work-conserving: f_k·Σ_j f_j / Σ_{j busy} f_j, i.e. the shares of idle users are
 *       redistributed to busy users in proportion to their own shares.
 * </ul>
 * Speeds are piecewise constant: whenever one changes (new shares in force, or under
 * work-conserving a user becoming busy or idle) the cycles done since the last change are deducted
 * and the completion is rescheduled at now + remaining / speed (none at speed 0).
 */
final class EdgeServer {

  private final Simulator sim;
  private final boolean workConserving;
  private final Ledger ledger;
  private final ArrayDeque<Job>[] queues;
  private final Job[] serving;
  private final double[] shareHz;
  private final double[] speedHz;
  private final double[] remainingCycles;
  private final double[] sinceS;
  private final InferenceDone[] done;

  @SuppressWarnings("unchecked")
  EdgeServer(Simulator sim, int users, Discipline discipline, Ledger ledger) {
    this.sim = sim;
    this.workConserving = discipline == Discipline.WORK_CONSERVING;
    this.ledger = ledger;
    this.queues = new ArrayDeque[users];
    this.serving = new Job[users];
    this.shareHz = new double[users];
    this.speedHz = new double[users];
    this.remainingCycles = new double[users];
    this.sinceS = new double[users];
    this.done = new InferenceDone[users];
    for (int k = 0; k < users; k++) {
      queues[k] = new ArrayDeque<>();
      done[k] = new InferenceDone(sim, this, k);
    }
  }

  /**
   * Puts new CPU shares in force, re-timing services in progress.
   *
   * @param cpuHz f_k per user, cycles/s (finite, ≥ 0)
   */
  void setShares(double[] cpuHz) {
    boolean changed = false;
    for (int k = 0; k < shareHz.length; k++) {
      changed |= cpuHz[k] != shareHz[k];
      shareHz[k] = cpuHz[k];
    }
    if (changed) {
      retime();
    }
  }

  /** Speed of user k's service in progress, cycles/s (0 when idle). */
  double speedHz(int k) {
    return serving[k] == null ? 0 : speedHz[k];
  }

  /** A request arrives from the uplink. */
  void submit(Job job) {
    int k = job.user;
    if (serving[k] == null) {
      start(k, job);
      if (workConserving) {
        retime();
      } else {
        speedHz[k] = shareHz[k];
        schedule(k, sim.time());
      }
    } else {
      queues[k].addLast(job);
    }
  }

  /** User k's service finished: record it, start the next request or go idle. */
  void inferenceDone(int k) {
    Job job = serving[k];
    ledger.completed(job, sim.time());
    Job next = queues[k].pollFirst();
    if (next != null) {
      start(k, next);
      schedule(k, sim.time());
    } else {
      serving[k] = null;
      if (workConserving) {
        retime();
      }
    }
  }

  /** Requests queued or in service. */
  int inFlight() {
    int n = 0;
    for (int k = 0; k < serving.length; k++) {
      n += queues[k].size() + (serving[k] == null ? 0 : 1);
    }
    return n;
  }

  private void start(int k, Job job) {
    double now = sim.time();
    job.inferenceStartS = now;
    serving[k] = job;
    remainingCycles[k] = job.cycles;
    sinceS[k] = now;
  }

  /** Recomputes every busy user's speed; services whose speed changed are re-timed. */
  private void retime() {
    double factor = 1;
    if (workConserving) {
      double total = 0;
      double busy = 0;
      for (int k = 0; k < serving.length; k++) {
        total += shareHz[k];
        busy += serving[k] == null ? 0 : shareHz[k];
      }
      factor = busy > 0 ? total / busy : 1;
    }
    double now = sim.time();
    for (int k = 0; k < serving.length; k++) {
      if (serving[k] == null) {
        continue;
      }
      double speed = shareHz[k] * factor;
      if (speed == speedHz[k] && done[k].pending()) {
        continue;
      }
      remainingCycles[k] = Math.max(0.0, remainingCycles[k] - (now - sinceS[k]) * speedHz[k]);
      sinceS[k] = now;
      speedHz[k] = speed;
      done[k].cancelIfPending();
      schedule(k, now);
    }
  }

  private void schedule(int k, double now) {
    if (speedHz[k] > 0) {
      done[k].scheduleAt(now + remainingCycles[k] / speedHz[k]);
    }
  }
}
