package io.fluidedge.external;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;

/**
 * The users' queues as the request records describe them, for the observations of the external
 * policy: per user, the requests at the device (waiting for or in uplink) and their bits, the
 * requests at the server (waiting for or in inference), and the completions since the last
 * {@link #take()} with their latency sum and the number over the SLO.
 *
 * <p>Bits of a request: b·D (quantisation bits times feature elements), counted whole until its
 * uplink finishes. Records of users outside [0, K) (dropped requests) are ignored.
 *
 * <p>{@link ExternalPolicy} extends it, so the policy is the run listener that sees the records
 * (a policy that implements {@link RunListener} is put before the run's output).
 */
class QueueWatch implements RunListener {

  /**
   * The queues at one instant and the completions of the window before it.
   *
   * @param deviceRequests requests at each user's device
   * @param deviceBits     bits of those requests
   * @param serverRequests requests of each user at the server
   * @param completed      completions per user in the window
   * @param latencySumS    sum of those completions' latencies, s
   * @param overSlo        completions whose latency exceeded the SLO
   */
  record Snapshot(long[] deviceRequests, double[] deviceBits, long[] serverRequests,
      long[] completed, double[] latencySumS, long[] overSlo) {
  }

  private final int users;
  private final double sloS;
  private final long[] deviceRequests;
  private final double[] deviceBits;
  private final long[] serverRequests;
  private long[] completed;
  private double[] latencySumS;
  private long[] overSlo;

  /**
   * @param users K
   * @param sloS  latency objective, s (completions above it are counted); +∞ for none
   */
  QueueWatch(int users, double sloS) {
    this.users = users;
    this.sloS = sloS;
    deviceRequests = new long[users];
    deviceBits = new double[users];
    serverRequests = new long[users];
    resetWindow();
  }

  @Override
  public void arrival(RequestRecord r) {
    if (r.user() < users) {
      deviceRequests[r.user()]++;
      deviceBits[r.user()] += bits(r);
    }
  }

  @Override
  public void dropped(RequestRecord r) {
    if (r.user() < users) {
      deviceRequests[r.user()]--;
      deviceBits[r.user()] -= bits(r);
    }
  }

  @Override
  public void uplinkDone(RequestRecord r) {
    int k = r.user();
    deviceRequests[k]--;
    deviceBits[k] = Math.max(0.0, deviceBits[k] - bits(r));
    serverRequests[k]++;
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    int k = r.user();
    serverRequests[k]--;
    double latency = r.doneS() - r.arrivalS();
    completed[k]++;
    latencySumS[k] += latency;
    if (latency > sloS) {
      overSlo[k]++;
    }
  }

  /** The queues now and the completions since the previous call (the window restarts). */
  Snapshot take() {
    Snapshot s = new Snapshot(deviceRequests.clone(), deviceBits.clone(), serverRequests.clone(),
        completed, latencySumS, overSlo);
    resetWindow();
    return s;
  }

  private void resetWindow() {
    completed = new long[users];
    latencySumS = new double[users];
    overSlo = new long[users];
  }

  private static double bits(RequestRecord r) {
    return (double) r.bits() * r.features();
  }
}
