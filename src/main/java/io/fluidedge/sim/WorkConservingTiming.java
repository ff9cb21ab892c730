package io.fluidedge.sim;

import java.util.Arrays;

/**
 * Work-conserving service: the shares of idle users are redistributed to busy users in proportion
 * to their own shares, so busy user k is served at f_k·g(t) with g = Σ_j f_j / Σ_{j busy} f_j.
 *
 * <p>Every busy user's speed scales with the same g, which changes whenever a user becomes busy
 * or idle. Instead of re-timing every service at each change (O(K)), the timing runs a virtual
 * clock V with dV/dt = g: a request of C cycles starting at virtual time V_0 ends when V reaches
 * its tag V_0 + C/f_k, whatever g does meanwhile. The busy users sit in a min-heap by tag and only
 * the earliest completion is scheduled, at now + (tag − V)/g, so a change costs O(log K). New
 * shares re-tag every busy user from its remaining cycles f_k·(tag − V). A busy user with share 0
 * makes no progress and keeps its remaining cycles until it gets a positive share.
 */
final class WorkConservingTiming implements ServiceTiming {

  private final InferenceDone[] done;
  private final double[] shareHz;
  private final double[] tag;
  private final double[] stalledCycles;
  private final int[] heap;
  private final int[] slot;
  private int size;
  private double totalHz;
  private double busyHz;
  private double virtual;
  private double lastS;
  private int scheduled = -1;

  WorkConservingTiming(InferenceDone[] done) {
    int users = done.length;
    this.done = done;
    this.shareHz = new double[users];
    this.tag = new double[users];
    this.stalledCycles = new double[users];
    this.heap = new int[users];
    this.slot = new int[users];
    Arrays.fill(slot, -1);
  }

  @Override
  public void join(int k, double cycles, double now) {
    advance(now);
    busyHz += shareHz[k];
    setTag(k, cycles);
    slot[k] = size;
    heap[size++] = k;
    siftUp(slot[k]);
    reschedule(now);
  }

  @Override
  public void restart(int k, double cycles, double now) {
    advance(now);
    setTag(k, cycles);
    siftDown(slot[k]);
    siftUp(slot[k]);
    reschedule(now);
  }

  @Override
  public void leave(int k, double now) {
    advance(now);
    int i = slot[k];
    int last = heap[--size];
    slot[k] = -1;
    if (i < size) {
      heap[i] = last;
      slot[last] = i;
      siftDown(i);
      siftUp(slot[last]);
    }
    busyHz -= shareHz[k];
    if (size == 0) {
      busyHz = 0;
      virtual = 0;
    }
    reschedule(now);
  }

  @Override
  public void setShares(double[] shares, double now) {
    advance(now);
    double[] remaining = new double[shares.length];
    for (int i = 0; i < size; i++) {
      int k = heap[i];
      remaining[k] = shareHz[k] > 0 ? shareHz[k] * Math.max(0.0, tag[k] - virtual)
          : stalledCycles[k];
    }
    virtual = 0;
    totalHz = 0;
    busyHz = 0;
    for (int k = 0; k < shares.length; k++) {
      shareHz[k] = shares[k];
      totalHz += shares[k];
    }
    for (int i = 0; i < size; i++) {
      int k = heap[i];
      busyHz += shareHz[k];
      setTag(k, remaining[k]);
    }
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
    reschedule(now);
  }

  private void advance(double now) {
    if (busyHz > 0) {
      virtual += (now - lastS) * totalHz / busyHz;
    }
    lastS = now;
  }

  private void setTag(int k, double cycles) {
    if (shareHz[k] > 0) {
      tag[k] = virtual + cycles / shareHz[k];
    } else {
      tag[k] = Double.POSITIVE_INFINITY;
      stalledCycles[k] = cycles;
    }
  }

  /** Schedules the earliest completion (g has changed, so its time has). */
  private void reschedule(double now) {
    if (scheduled >= 0) {
      done[scheduled].cancelIfPending();
      scheduled = -1;
    }
    if (size == 0 || !(busyHz > 0)) {
      return;
    }
    int m = heap[0];
    if (tag[m] != Double.POSITIVE_INFINITY) {
      done[m].scheduleAt(now + Math.max(0.0, tag[m] - virtual) * busyHz / totalHz);
      scheduled = m;
    }
  }

  private boolean earlier(int a, int b) {
    return tag[a] < tag[b] || (tag[a] == tag[b] && a < b);
  }

  private void siftUp(int i) {
    int k = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (!earlier(k, p)) {
        break;
      }
      heap[i] = p;
      slot[p] = i;
      i = parent;
    }
    heap[i] = k;
    slot[k] = i;
  }

  private void siftDown(int i) {
    int k = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && earlier(heap[child + 1], heap[child])) {
        child++;
      }
      int c = heap[child];
      if (!earlier(c, k)) {
        break;
      }
      heap[i] = c;
      slot[c] = i;
      i = child;
    }
    heap[i] = k;
    slot[k] = i;
  }
}
