package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Edge server settings (scenario section {@code server}).
 *
 * @param cpuHz      F, total CPU cycles per second shared by the users
 * @param discipline how the shares serve the per-user queues
 */
public record Server(double cpuHz, Discipline discipline) {

  public Server {
    Objects.requireNonNull(discipline, "discipline");
    Radio.positive("cpu-hz", cpuHz);
  }

  /** How server capacity is divided among users. */
  public enum Discipline {
    /** Each user's FIFO is served at its own share f_k, idle or not. */
    PARTITIONED,
    /** Idle users' shares are redistributed to busy users in proportion to their shares. */
    WORK_CONSERVING
  }
}
