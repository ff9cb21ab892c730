package io.fluidedge.sim;

import java.util.ArrayDeque;
import umontreal.ssj.simevents.Simulator;

/**
 * A user device: quantizes each request at the bits b_k in force when it arrives and transmits
 * its requests first come, first served, one at a time.
 *
 * <p>A request of D feature elements carries b_k·D bits. They are sent at the piecewise-constant
 * rate B·R_k(t) bit/s: the remaining bits are kept, and whenever the rate changes (a block
 * boundary or an allocation taking effect) the bits sent since the last change are deducted and
 * the completion is rescheduled at now + remaining / new rate. At rate 0 nothing is sent and no
 * completion is scheduled until the rate becomes positive again.
 */
final class UserDevice {

  private final Simulator sim;
  private final int index;
  private final InferenceServer server;
  private final Ledger ledger;
  private final UplinkDone done;
  private final ArrayDeque<Job> queue = new ArrayDeque<>();
  private int bits;
  private double rateBitS;
  private Job sending;
  private double remainingBits;
  private double sinceS;

  UserDevice(Simulator sim, int index, InferenceServer server, Ledger ledger) {
    this.sim = sim;
    this.index = index;
    this.server = server;
    this.ledger = ledger;
    this.done = new UplinkDone(sim, this);
  }

  /** Sets b_k for requests arriving from now on. */
  void setBits(int newBits) {
    bits = newBits;
  }

  /** Changes the uplink rate to {@code newRateBitS} bit/s, re-timing a transmission in progress. */
  void setRate(double newRateBitS) {
    if (newRateBitS == rateBitS) {
      return;
    }
    if (sending != null) {
      double now = sim.time();
      remainingBits = Math.max(0.0, remainingBits - (now - sinceS) * rateBitS);
      sinceS = now;
      rateBitS = newRateBitS;
      done.cancelIfPending();
      scheduleDone(now);
    } else {
      rateBitS = newRateBitS;
    }
  }

  /** A request arrives: quantize at the bits in force and queue it for the uplink. */
  void arrive(Job job) {
    job.bits = bits;
    job.payloadBits = bits * job.features;
    if (sending == null) {
      start(job);
    } else {
      queue.addLast(job);
    }
  }

  /** The transmission in progress finished: hand it to the server and start the next one. */
  void uplinkDone() {
    Job job = sending;
    job.uplinkDoneS = sim.time();
    ledger.uplinkDone(job);
    Job next = queue.pollFirst();
    if (next != null) {
      start(next);
    } else {
      sending = null;
    }
    server.submit(job);
  }

  /** Requests queued or being transmitted. */
  int inFlight() {
    return queue.size() + (sending == null ? 0 : 1);
  }

  private void start(Job job) {
    double now = sim.time();
    sending = job;
    job.uplinkStartS = now;
    remainingBits = job.payloadBits;
    sinceS = now;
    scheduleDone(now);
  }

  private void scheduleDone(double now) {
    if (rateBitS > 0) {
      done.scheduleAt(now + remainingBits / rateBitS);
    }
  }

  @Override
  public String toString() {
    return "user " + index;
  }
}
