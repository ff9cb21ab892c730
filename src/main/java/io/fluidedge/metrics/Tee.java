package io.fluidedge.metrics;

import java.util.List;

/**
 * Two run listeners as one: every call goes to {@code first}, then to {@code second}; spans go to
 * whichever of them keeps spans ({@link RunListener#tee}). The simulation puts a policy that
 * listens (e.g. the external policy, which reports queue lengths to its agent) before the run's
 * output this way; a run adds its event log and its progress after the recorder.
 */
final class Tee implements RunListener {

  private final RunListener first;
  private final RunListener second;
  private final boolean firstSpans;
  private final boolean secondSpans;
  private final boolean stageRecords;
  private final boolean completionRecords;

  Tee(RunListener first, RunListener second) {
    this.first = first;
    this.second = second;
    this.firstSpans = first.keepsSpans();
    this.secondSpans = second.keepsSpans();
    this.stageRecords = first.keepsStageRecords() || second.keepsStageRecords();
    this.completionRecords = first.keepsCompletionRecords() || second.keepsCompletionRecords();
  }

  @Override
  public void blockColumns(List<String> names) {
    first.blockColumns(names);
    second.blockColumns(names);
  }

  @Override
  public void arrival(RequestRecord r) {
    first.arrival(r);
    second.arrival(r);
  }

  /** Called only when neither keeps stage records, so both take the short form. */
  @Override
  public void arrival(int user, double arrivalS) {
    first.arrival(user, arrivalS);
    second.arrival(user, arrivalS);
  }

  @Override
  public void dropped(RequestRecord r) {
    first.dropped(r);
    second.dropped(r);
  }

  @Override
  public void expired(RequestRecord r) {
    first.expired(r);
    second.expired(r);
  }

  @Override
  public void inFlightAtEnd(RequestRecord r, double endS) {
    first.inFlightAtEnd(r, endS);
    second.inFlightAtEnd(r, endS);
  }

  @Override
  public void serverLoad(double timeS, double utilisation) {
    first.serverLoad(timeS, utilisation);
    second.serverLoad(timeS, utilisation);
  }

  @Override
  public void uplinkDone(RequestRecord r) {
    first.uplinkDone(r);
    second.uplinkDone(r);
  }

  /** Called only when neither keeps stage records, so both take the short form. */
  @Override
  public void uplinkDone(int user, double uplinkDoneS) {
    first.uplinkDone(user, uplinkDoneS);
    second.uplinkDone(user, uplinkDoneS);
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    first.inferenceDone(r);
    second.inferenceDone(r);
  }

  /** Called only when neither keeps completion records, so both take the short form. */
  @Override
  public void inferenceDone(long id, int user, double arrivalS, double uplinkStartS,
      double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb) {
    first.inferenceDone(id, user, arrivalS, uplinkStartS, uplinkDoneS, inferenceStartS, doneS,
        bits, psnrDb);
    second.inferenceDone(id, user, arrivalS, uplinkStartS, uplinkDoneS, inferenceStartS, doneS,
        bits, psnrDb);
  }

  @Override
  public void block(BlockRecord b) {
    first.block(b);
    second.block(b);
  }

  /** Whether either keeps stage records (then both are given the records). */
  @Override
  public boolean keepsStageRecords() {
    return stageRecords;
  }

  /** Whether either keeps completion records (then both are given the records). */
  @Override
  public boolean keepsCompletionRecords() {
    return completionRecords;
  }

  @Override
  public boolean keepsSpans() {
    return firstSpans || secondSpans;
  }

  @Override
  public void span(String entity, String name, int lane, double startS, double endS) {
    if (firstSpans) {
      first.span(entity, name, lane, startS, endS);
    }
    if (secondSpans) {
      second.span(entity, name, lane, startS, endS);
    }
  }
}
