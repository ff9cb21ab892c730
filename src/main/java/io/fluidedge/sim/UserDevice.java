package io.fluidedge.sim;

import io.fluidedge.scenario.Queues;
import java.util.ArrayDeque;
import java.util.function.Consumer;
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
 *
 * <p>The buffer ({@link Queues}) holds the waiting requests and the one being sent; an arrival
 * that would exceed its request or bit limit is refused. A request whose deadline passes here
 * (slo.drop-expired) is removed, a transmission in progress abandoned. For the overload check
 * the device sums the bits offered to it and the capacity ∫ B·R_k(t) dt it had.
 */
final class UserDevice {

  private final Simulator sim;
  private final int index;
  private final InferenceServer server;
  private final Ledger ledger;
  private final UplinkDone done;
  private final ArrayDeque<Job> queue = new ArrayDeque<>();
  private final int bufferRequests;
  private final double bufferBits;
  private int bits;
  private double rateBitS;
  private Job sending;
  private double remainingBits;
  private double sinceS;
  private double heldBits;
  private double offeredBits;
  private double capacityBits;
  private double rateSinceS;

  UserDevice(Simulator sim, int index, InferenceServer server, Ledger ledger, Queues buffer) {
    this.sim = sim;
    this.index = index;
    this.server = server;
    this.ledger = ledger;
    this.done = new UplinkDone(sim, this);
    this.bufferRequests = buffer.bufferRequests();
    this.bufferBits = buffer.bufferBits();
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
    double now = sim.time();
    capacityBits += (now - rateSinceS) * rateBitS;
    rateSinceS = now;
    if (sending != null) {
      remainingBits = Math.max(0.0, remainingBits - (now - sinceS) * rateBitS);
      sinceS = now;
      rateBitS = newRateBitS;
      done.cancelIfPending();
      scheduleDone(now);
    } else {
      rateBitS = newRateBitS;
    }
  }

  /**
   * A request arrives: quantized at the bits in force and queued for the uplink if the buffer
   * holds it.
   *
   * @return false if the buffer refused it (nothing is kept)
   */
  boolean arrive(Job job) {
    job.bits = bits;
    job.payloadBits = bits * job.features;
    offeredBits += job.payloadBits;
    int held = queue.size() + (sending == null ? 0 : 1);
    if ((bufferRequests > 0 && held >= bufferRequests)
        || (bufferBits > 0 && heldBits + job.payloadBits > bufferBits)) {
      return false;
    }
    heldBits += job.payloadBits;
    job.stage = Job.UPLINK_QUEUE;
    if (sending == null) {
      start(job);
    } else {
      queue.addLast(job);
    }
    return true;
  }

  /** The transmission in progress finished: hand it to the server and start the next one. */
  void uplinkDone() {
    Job job = sending;
    job.uplinkDoneS = sim.time();
    job.stage = Job.SERVER_QUEUE;
    heldBits -= job.payloadBits;
    ledger.uplinkDone(job);
    startNext();
    server.submit(job);
  }

  /** The request's deadline passed while it is here: remove it (abandoning its transmission). */
  void expire(Job job) {
    heldBits -= job.payloadBits;
    if (job == sending) {
      done.cancelIfPending();
      startNext();
    } else {
      queue.remove(job);
    }
    ledger.expired(job);
  }

  /** Requests queued or being transmitted. */
  int inFlight() {
    return queue.size() + (sending == null ? 0 : 1);
  }

  /** Gives each request held (the one being sent first, then the queue in order) to {@code to}. */
  void forEachHeld(Consumer<Job> to) {
    if (sending != null) {
      to.accept(sending);
    }
    queue.forEach(to);
  }

  /** Payload bits offered to this device so far (refused arrivals included). */
  double offeredBits() {
    return offeredBits;
  }

  /** The bits the uplink could have sent from time 0 to {@code nowS}, ∫ B·R_k(t) dt. */
  double capacityBits(double nowS) {
    return capacityBits + (nowS - rateSinceS) * rateBitS;
  }

  private void startNext() {
    Job next = queue.pollFirst();
    if (next != null) {
      start(next);
    } else {
      sending = null;
      heldBits = 0; // no rounding drift survives an empty buffer
    }
  }

  private void start(Job job) {
    double now = sim.time();
    sending = job;
    job.stage = Job.SENDING;
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
