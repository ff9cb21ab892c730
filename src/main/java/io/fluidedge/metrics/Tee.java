package io.fluidedge.metrics;

import java.util.List;

/**
 * Two run listeners as one: every call goes to {@code first}, then to {@code second}; spans go to
 * whichever of them keeps spans, the calls about requests to whichever keeps them
 * ({@link RunListener#tee}; a progress report listens to blocks alone). The simulation puts a
 * policy that listens (e.g. the external policy, which reports queue lengths to its agent) before
 * the run's output this way; a run adds its event log and its progress after the recorder.
 */
final class Tee implements RunListener {

  private final RunListener first;
  private final RunListener second;
  private final boolean firstSpans;
  private final boolean secondSpans;
  private final boolean firstRequests;
  private final boolean secondRequests;
  private final boolean stageRecords;
  private final boolean completionRecords;

  Tee(RunListener first, RunListener second) {
    this.first = first;
    this.second = second;
    this.firstSpans = first.keepsSpans();
    this.secondSpans = second.keepsSpans();
    this.firstRequests = first.keepsRequests();
    this.secondRequests = second.keepsRequests();
    this.stageRecords = firstRequests && first.keepsStageRecords()
        || secondRequests && second.keepsStageRecords();
    this.completionRecords = firstRequests && first.keepsCompletionRecords()
        || secondRequests && second.keepsCompletionRecords();
  }

  @Override
  public void blockColumns(List<String> names) {
    first.blockColumns(names);
    second.blockColumns(names);
  }

  @Override
  public void arrival(RequestRecord r) {
    if (firstRequests) {
      first.arrival(r);
    }
    if (secondRequests) {
      second.arrival(r);
    }
  }

  /** Called only when neither keeps stage records, so both take the short form. */
  @Override
  public void arrival(int user, double arrivalS) {
    if (firstRequests) {
      first.arrival(user, arrivalS);
    }
    if (secondRequests) {
      second.arrival(user, arrivalS);
    }
  }

  @Override
  public void dropped(RequestRecord r) {
    if (firstRequests) {
      first.dropped(r);
    }
    if (secondRequests) {
      second.dropped(r);
    }
  }

  @Override
  public void expired(RequestRecord r) {
    if (firstRequests) {
      first.expired(r);
    }
    if (secondRequests) {
      second.expired(r);
    }
  }

  @Override
  public void inFlightAtEnd(RequestRecord r, double endS) {
    if (firstRequests) {
      first.inFlightAtEnd(r, endS);
    }
    if (secondRequests) {
      second.inFlightAtEnd(r, endS);
    }
  }

  @Override
  public void serverLoad(double timeS, double utilisation) {
    if (firstRequests) {
      first.serverLoad(timeS, utilisation);
    }
    if (secondRequests) {
      second.serverLoad(timeS, utilisation);
    }
  }

  @Override
  public void uplinkDone(RequestRecord r) {
    if (firstRequests) {
      first.uplinkDone(r);
    }
    if (secondRequests) {
      second.uplinkDone(r);
    }
  }

  /** Called only when neither keeps stage records, so both take the short form. */
  @Override
  public void uplinkDone(int user, double uplinkDoneS) {
    if (firstRequests) {
      first.uplinkDone(user, uplinkDoneS);
    }
    if (secondRequests) {
      second.uplinkDone(user, uplinkDoneS);
    }
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    if (firstRequests) {
      first.inferenceDone(r);
    }
    if (secondRequests) {
      second.inferenceDone(r);
    }
  }

  /** Called only when neither keeps completion records, so both take the short form. */
  @Override
  public void inferenceDone(long id, int user, double arrivalS, double uplinkStartS,
      double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb) {
    if (firstRequests) {
      first.inferenceDone(id, user, arrivalS, uplinkStartS, uplinkDoneS, inferenceStartS,
          doneS, bits, psnrDb);
    }
    if (secondRequests) {
      second.inferenceDone(id, user, arrivalS, uplinkStartS, uplinkDoneS, inferenceStartS,
          doneS, bits, psnrDb);
    }
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

  /** Whether either keeps the calls about requests. */
  @Override
  public boolean keepsRequests() {
    return firstRequests || secondRequests;
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
