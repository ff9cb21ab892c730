package io.fluidedge.sim;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunRecorder;
import java.util.List;
import java.util.Objects;

/**
 * Where a run's measurements go: the calls the simulator makes on a
 * {@link io.fluidedge.metrics.RunRecorder}, as an interface so that tests and tools (e.g. a
 * comparison that only needs means) can collect them differently.
 */
public interface Recording {

  /** A request completed its inference (called in non-decreasing completion time). */
  void request(RequestRecord r);

  /** A coherence block's decision (called at the block start, in block order). */
  void block(BlockRecord b);

  /**
   * The entity plugins' extra blocks.csv columns; called once, before the first block, only when
   * there are some. Ignored by default.
   */
  default void blockColumns(List<String> names) {
  }

  /**
   * A coherence block's decision with the values of the extra columns, when there are some.
   * By default the values are dropped.
   */
  default void block(BlockRecord b, double[] extra) {
    block(b);
  }

  /**
   * An entity's activity span for trace.json; called only when {@link #keepsSpans()}.
   *
   * @param entity the entity and activity lane, e.g. {@code "user 2 uplink"}
   * @param name   the activity, e.g. {@code "request 17"}
   * @param lane   trace lane (≥ 0)
   * @param startS start, simulated s
   * @param endS   end, simulated s (≥ startS)
   */
  void span(String entity, String name, int lane, double startS, double endS);

  /** Whether spans are wanted. */
  boolean keepsSpans();

  /** One request arrived (counted at its arrival event). */
  void arrived();

  /** One arrived request was dropped and will never complete. */
  void dropped();

  /** The recording calls forwarded to a run recorder. */
  static Recording of(RunRecorder recorder) {
    Objects.requireNonNull(recorder, "recorder");
    return new Recording() {
      @Override
      public void request(RequestRecord r) {
        recorder.request(r);
      }

      @Override
      public void block(BlockRecord b) {
        recorder.block(b);
      }

      @Override
      public void blockColumns(List<String> names) {
        recorder.blockColumns(names);
      }

      @Override
      public void block(BlockRecord b, double[] extra) {
        recorder.block(b, extra);
      }

      @Override
      public void span(String entity, String name, int lane, double startS, double endS) {
        recorder.span(entity, name, lane, startS, endS);
      }

      @Override
      public boolean keepsSpans() {
        return recorder.keepsSpans();
      }

      @Override
      public void arrived() {
        recorder.arrived();
      }

      @Override
      public void dropped() {
        recorder.dropped();
      }
    };
  }

  /** A recording that keeps nothing (the run result still has the counts). */
  public static Recording none() {
    return new Recording() {
      @Override
      public void request(RequestRecord r) {
      }

      @Override
      public void block(BlockRecord b) {
      }

      @Override
      public void span(String entity, String name, int lane, double startS, double endS) {
      }

      @Override
      public boolean keepsSpans() {
        return false;
      }

      @Override
      public void arrived() {
      }

      @Override
      public void dropped() {
      }
    };
  }
}
