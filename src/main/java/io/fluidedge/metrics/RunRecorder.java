package io.fluidedge.metrics;

/**
 * Placeholder for the run recorder being written on the {@code metrics} branch: the recording
 * methods the simulator calls, counting only. Replaced when that branch is merged.
 */
public final class RunRecorder implements AutoCloseable {

  private final boolean spans;
  private long arrived;
  private long dropped;
  private long completed;

  /**
   * @param users       K
   * @param windowS     window length, s
   * @param requestRows keep request rows
   * @param spans       keep activity spans
   * @param spoolDir    spool directory (unused)
   */
  public RunRecorder(int users, double windowS, boolean requestRows, boolean spans,
      java.nio.file.Path spoolDir) {
    this.spans = spans;
  }

  /** Records a completed request. */
  public void request(RequestRecord r) {
    completed++;
  }

  /** Records a coherence block. */
  public void block(BlockRecord b) {
  }

  /** Records an activity span. */
  public void span(String entity, String name, int lane, double startS, double endS) {
  }

  /** Counts one arrival. */
  public void arrived() {
    arrived++;
  }

  /** Counts one drop. */
  public void dropped() {
    dropped++;
  }

  /** Whether spans are kept. */
  public boolean keepsSpans() {
    return spans;
  }

  /** Arrivals counted. */
  public long arrivedCount() {
    return arrived;
  }

  /** Drops counted. */
  public long droppedCount() {
    return dropped;
  }

  /** Completed requests recorded. */
  public long completedCount() {
    return completed;
  }

  @Override
  public void close() {
  }
}
