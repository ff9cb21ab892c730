package io.fluidedge.sim;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.plugin.BlockInfo;

/**
 * The run's bookkeeping: request ids, arrival/completion/drop counts, the records and spans
 * handed to the {@link Recording}, and the request and block events passed on to the entity
 * plugins ({@link EntityHub}). Accuracy per bit count is tabulated once (bits 1..32).
 */
final class Ledger {

  private static final int MAX_BITS = 32;

  private final Recording recording;
  private final boolean spans;
  private final int users;
  private final double[] accuracyByBits = new double[MAX_BITS + 1];
  private final EntityHub entities;
  private long arrived;
  private long completed;
  private long dropped;

  Ledger(Recording recording, AccuracyModel accuracy, int users, EntityHub entities) {
    this.recording = recording;
    this.entities = entities;
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

  /** A request was quantized and queued at its device (after {@link #arrival()}). */
  void queued(Job job) {
    if (entities.active()) {
      entities.arrival(job);
    }
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
    if (entities.active()) {
      entities.inferenceDone(job, doneS);
    }
    if (spans) {
      recording.span("server user " + job.user, "request " + job.id, users + job.user,
          job.inferenceStartS, doneS);
    }
  }

  /** A request's uplink transmission finished: its span, and the entity plugins are told. */
  void uplinkDone(Job job) {
    if (spans) {
      recording.span("user " + job.user + " uplink", "request " + job.id, job.user,
          job.uplinkStartS, job.uplinkDoneS);
    }
    if (entities.active()) {
      entities.uplinkDone(job);
    }
  }

  /**
   * Records a block's decision, after the entity plugins have seen it and given their blocks.csv
   * values.
   *
   * @param converged whether the block's solve met its tolerance
   */
  void block(BlockRecord b, boolean converged) {
    if (!entities.active()) {
      recording.block(b);
      return;
    }
    double[] values = entities.blockStart(new BlockInfo(b.block(), b.timeS(), b.loss(),
        b.iterations(), converged, b.ratesBpsHz(), b.bits(), b.cpuHz(), b.positionsM()));
    if (values.length == 0) {
      recording.block(b);
    } else {
      recording.block(b, values);
    }
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
