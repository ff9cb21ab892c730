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

  Tee(RunListener first, RunListener second) {
    this.first = first;
    this.second = second;
    this.firstSpans = first.keepsSpans();
    this.secondSpans = second.keepsSpans();
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

  @Override
  public void dropped(RequestRecord r) {
    first.dropped(r);
    second.dropped(r);
  }

  @Override
  public void uplinkDone(RequestRecord r) {
    first.uplinkDone(r);
    second.uplinkDone(r);
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    first.inferenceDone(r);
    second.inferenceDone(r);
  }

  @Override
  public void block(BlockRecord b) {
    first.block(b);
    second.block(b);
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
