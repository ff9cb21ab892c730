package io.fluidedge.sim;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;

/**
 * The run's bookkeeping: request ids, arrival/completion/drop counts, and the records and spans
 * handed to the {@link Recording}. Accuracy per bit count is tabulated once (bits 1..32).
 */
final class Ledger {

  private static final int MAX_BITS = 32;

  private final Recording recording;
  private final boolean spans;
  private final int users;
  private final double[] accuracyByBits = new double[MAX_BITS + 1];
  private long arrived;
  private long completed;
  private long dropped;

  Ledger(Recording recording, AccuracyModel accuracy, int users) {
    this.recording = recording;
    this.spans = recording.keepsSpans();
    this.users = users;
    for (int b = 1; b <= MAX_BITS; b++) {
      accuracyByBits[b] = accuracy.accuracy(b);
    }
  }

  /** Counts an arrival and returns its request id (0, 1, 2, ... in arrival order). */
  long arrival() {
    recording.arrived();
    return arrived++;
  }

  /** Counts a drop. */
  void drop() {
    recording.dropped();
    dropped++;
  }

  /** Records a completed request (latency, PSNR at its bits) and its inference span. */
  void completed(Job job, double doneS) {
    completed++;
    recording.request(new RequestRecord(job.id, job.user, job.arrivalS, job.uplinkStartS,
        job.uplinkDoneS, job.inferenceStartS, doneS, job.bits, accuracyByBits[job.bits],
        job.features, job.tokens));
    if (spans) {
      recording.span("server user " + job.user, "request " + job.id, users + job.user,
          job.inferenceStartS, doneS);
    }
  }

  /** Records a finished uplink transmission as a span. */
  void uplinkSpan(Job job) {
    if (spans) {
      recording.span("user " + job.user + " uplink", "request " + job.id, job.user,
          job.uplinkStartS, job.uplinkDoneS);
    }
  }

  /** Records a block's decision. */
  void block(BlockRecord b) {
    recording.block(b);
  }

  /** Records the interval during which a decided allocation waited to take effect. */
  void pendingSpan(long block, double decidedS, double appliedS) {
    if (spans && appliedS > decidedS) {
      recording.span("controller", "allocation " + block + " pending", 2 * users, decidedS,
          appliedS);
    }
  }

  long arrived() {
    return arrived;
  }

  long completed() {
    return completed;
  }

  long dropped() {
    return dropped;
  }
}
