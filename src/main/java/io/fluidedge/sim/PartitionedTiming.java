package io.fluidedge.sim;

/**
 * Partitioned service: user k is served at its own share f_k, whether others are busy or not.
 * A share change deducts the cycles done since the last change and re-times the completion at
 * now + remaining / f_k (none at f_k = 0).
 */
final class PartitionedTiming implements ServiceTiming {

  private final InferenceDone[] done;
  private final double[] shareHz;
  private final boolean[] busy;
  private final double[] remainingCycles;
  private final double[] sinceS;

  PartitionedTiming(InferenceDone[] done) {
    int users = done.length;
    this.done = done;
    this.shareHz = new double[users];
    this.busy = new boolean[users];
    this.remainingCycles = new double[users];
    this.sinceS = new double[users];
  }

  @Override
  public void join(int k, double cycles, double now) {
    busy[k] = true;
    restart(k, cycles, now);
  }

  @Override
  public void restart(int k, double cycles, double now) {
    done[k].cancelIfPending(); // pending when the service in progress was abandoned
    remainingCycles[k] = cycles;
    sinceS[k] = now;
    schedule(k, now);
  }

  @Override
  public void leave(int k, double now) {
    done[k].cancelIfPending();
    busy[k] = false;
  }

  @Override
  public void setShares(double[] shares, double now) {
    for (int k = 0; k < shareHz.length; k++) {
      if (shares[k] == shareHz[k]) {
        continue;
      }
      if (busy[k]) {
        remainingCycles[k] = Math.max(0.0, remainingCycles[k] - (now - sinceS[k]) * shareHz[k]);
        sinceS[k] = now;
        done[k].cancelIfPending();
        shareHz[k] = shares[k];
        schedule(k, now);
      } else {
        shareHz[k] = shares[k];
      }
    }
  }

  private void schedule(int k, double now) {
    if (shareHz[k] > 0) {
      done[k].scheduleAt(now + remainingCycles[k] / shareHz[k]);
    }
  }
}
