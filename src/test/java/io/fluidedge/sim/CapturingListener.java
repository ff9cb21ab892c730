package io.fluidedge.sim;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a run records, in order. */
class CapturingListener implements RunListener {

  record Span(String entity, String name, int lane, double startS, double endS) {
  }

  final List<RequestRecord> requests = new ArrayList<>();
  final List<BlockRecord> blocks = new ArrayList<>();
  final List<Span> spans = new ArrayList<>();
  /** The server's utilisation reports, {time s, utilisation}. */
  final List<double[]> loads = new ArrayList<>();
  private final boolean keepSpans;
  long arrived;
  long dropped;

  CapturingListener() {
    this(false);
  }

  CapturingListener(boolean keepSpans) {
    this.keepSpans = keepSpans;
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    requests.add(r);
  }

  @Override
  public void serverLoad(double timeS, double utilisation) {
    loads.add(new double[] {timeS, utilisation});
  }

  @Override
  public void block(BlockRecord b) {
    blocks.add(b);
  }

  @Override
  public void span(String entity, String name, int lane, double startS, double endS) {
    spans.add(new Span(entity, name, lane, startS, endS));
  }

  @Override
  public boolean keepsSpans() {
    return keepSpans;
  }

  @Override
  public void arrival(RequestRecord r) {
    arrived++;
  }

  @Override
  public void dropped(RequestRecord r) {
    dropped++;
  }

  /** The request with this id. */
  RequestRecord request(long id) {
    return requests.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }
}
