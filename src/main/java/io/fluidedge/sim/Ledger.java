package io.fluidedge.sim;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;

/**
 * The run's bookkeeping: request ids, arrival/completion/drop counts, and the request and block
 * records handed to the two listeners of a run, the entity plugins ({@link EntityHub}, first)
 * and the output ({@link RunListener}, e.g. the recorder), plus the spans the output wants.
 * An arrival's and an uplink completion's record is built only when the plugins or the output
 * want it ({@link RunListener#keepsStageRecords()}); otherwise the output is told the user and
 * the time. A completion's likewise ({@link RunListener#keepsCompletionRecords()}); otherwise
 * the output is told its times, bits and accuracy.
 * Accuracy per bit count is tabulated once (bits 1..32).
 */
final class Ledger {

  private static final int MAX_BITS = 32;

  private final RunListener output;
  private final boolean spans;
  private final boolean stageRecords;
  private final boolean completionRecords;
  private final int users;
  private final double[] accuracyByBits = new double[MAX_BITS + 1];
  private final EntityHub entities;
  private final boolean plugins;
  private long arrived;
  private long completed;
  private long dropped;
  private long expired;

  /**
   * @param output   the run's output listener
   * @param accuracy accuracy per bit count
   * @param users    K
   * @param entities the entity plugins (started before the first event)
   */
  Ledger(RunListener output, AccuracyModel accuracy, int users, EntityHub entities) {
    this.output = output;
    this.entities = entities;
    this.plugins = entities.active();
    this.spans = output.keepsSpans();
    this.stageRecords = output.keepsStageRecords();
    this.completionRecords = output.keepsCompletionRecords();
    this.users = users;
    accuracyByBits[0] = Double.NaN;
    for (int b = 1; b <= MAX_BITS; b++) {
      accuracyByBits[b] = accuracy.accuracy(b);
    }
  }

  /** Counts an arrival and returns its request id (0, 1, 2, ... in arrival order). */
  long arrival() {
    return arrived++;
  }

  /** A request was quantized and queued at its device (after {@link #arrival()}). */
  void queued(Job job) {
    if (plugins || stageRecords) {
      RequestRecord r = record(job, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      if (plugins) {
        entities.arrival(r);
      }
      if (stageRecords) {
        output.arrival(r);
        return;
      }
    }
    output.arrival(job.user, job.arrivalS);
  }

  /**
   * An arrived request was dropped before it was queued (e.g. its user is not in the cell).
   *
   * @param id       its id from {@link #arrival()}
   * @param user     the user it named
   * @param arrivalS its arrival time, s
   * @param features its feature elements
   * @param tokens   its tokens
   */
  void drop(long id, int user, double arrivalS, double features, double tokens) {
    dropped++;
    RequestRecord r = new RequestRecord(id, user, arrivalS, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, 0, Double.NaN, features, tokens, 0);
    if (plugins) {
      entities.dropped(r);
    }
    output.arrival(r);
    output.dropped(r);
  }

  /**
   * An arrived request did not fit its device's buffer: quantized, never queued.
   *
   * @param job the request, its bits set
   */
  void bufferDropped(Job job) {
    dropped++;
    RequestRecord r = record(job, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    if (plugins) {
      entities.dropped(r);
    }
    output.arrival(r);
    output.dropped(r);
  }

  /**
   * A request's deadline passed and it was removed from where it was (slo.drop-expired).
   */
  void expired(Job job) {
    expired++;
    RequestRecord r = reached(job);
    if (plugins) {
      entities.expired(r);
    }
    output.expired(r);
  }

  /** At the end of the run, a request still held by a device or the server. */
  void inFlightAtEnd(Job job, double endS) {
    output.inFlightAtEnd(reached(job), endS);
  }

  /** The server's utilisation changed at {@code timeS}. */
  void serverLoad(double timeS, double utilisation) {
    output.serverLoad(timeS, utilisation);
  }

  /**
   * A request that reached the server was refused there and will never complete (e.g. it
   * needs more KV cache than the server has).
   */
  void rejected(Job job) {
    dropped++;
    RequestRecord r = record(job, job.uplinkStartS, job.uplinkDoneS, Double.NaN, Double.NaN,
        Double.NaN);
    if (plugins) {
      entities.dropped(r);
    }
    output.dropped(r);
  }

  /** Records a completed request (latency, PSNR at its bits) and its inference span. */
  void completed(Job job, double doneS) {
    completed++;
    if (job.expiry != null) {
      job.expiry.cancelIfPending();
    }
    if (plugins || completionRecords) {
      RequestRecord r = record(job, job.uplinkStartS, job.uplinkDoneS, job.inferenceStartS,
          doneS, job.firstTokenS);
      if (plugins) {
        entities.inferenceDone(r);
      }
      output.inferenceDone(r);
    } else {
      output.inferenceDone(job.id, job.user, job.arrivalS, job.uplinkStartS, job.uplinkDoneS,
          job.inferenceStartS, doneS, job.bits, accuracyByBits[job.bits]);
    }
    if (spans) {
      output.span("server user " + job.user, "request " + job.id, users + job.user,
          job.inferenceStartS, doneS);
    }
  }

  /** A request's uplink transmission finished: its span, and the listeners are told. */
  void uplinkDone(Job job) {
    if (spans) {
      output.span("user " + job.user + " uplink", "request " + job.id, job.user,
          job.uplinkStartS, job.uplinkDoneS);
    }
    if (plugins || stageRecords) {
      RequestRecord r = record(job, job.uplinkStartS, job.uplinkDoneS, Double.NaN, Double.NaN,
          Double.NaN);
      if (plugins) {
        entities.uplinkDone(r);
      }
      if (stageRecords) {
        output.uplinkDone(r);
        return;
      }
    }
    output.uplinkDone(job.user, job.uplinkDoneS);
  }

  /**
   * Records a block's decision: the entity plugins see it first and give their blocks.csv
   * values, which the output receives with the record.
   */
  void block(BlockRecord b) {
    if (plugins) {
      entities.block(b);
    }
    output.block(plugins && entities.hasColumns()
        ? b.withColumns(concat(entities.columnValues(b), b.columns())) : b);
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Records the interval during which a decided allocation waited to take effect. */
  void pendingSpan(long block, double decidedS, double appliedS) {
    if (spans && appliedS > decidedS) {
      output.span("controller", "allocation " + block + " pending", 2 * users, decidedS,
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

  long expired() {
    return expired;
  }

  /** The record of a request not completed, with the times of the stages it reached. */
  private RequestRecord reached(Job job) {
    double nan = Double.NaN;
    return record(job, job.stage >= Job.SENDING ? job.uplinkStartS : nan,
        job.stage >= Job.SERVER_QUEUE ? job.uplinkDoneS : nan,
        job.stage >= Job.SERVING ? job.inferenceStartS : nan, nan,
        job.stage >= Job.SERVING ? job.firstTokenS : nan);
  }

  private RequestRecord record(Job job, double uplinkStartS, double uplinkDoneS,
      double inferenceStartS, double doneS, double firstTokenS) {
    return new RequestRecord(job.id, job.user, job.arrivalS, uplinkStartS, uplinkDoneS,
        inferenceStartS, doneS, job.bits, accuracyByBits[job.bits], job.features, job.tokens,
        job.cycles, job.prefillTokens, job.decodeTokens, firstTokenS);
  }
}
