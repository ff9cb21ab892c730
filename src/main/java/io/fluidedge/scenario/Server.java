package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Edge server settings (scenario section {@code server}).
 *
 * @param cpuHz      F, total CPU cycles per second shared by the users
 * @param discipline how the shares serve the per-user queues
 * @param llm        the LLM-serving model, used by {@link Discipline#LLM}
 */
public record Server(double cpuHz, Discipline discipline, LlmServing llm) {

  public Server {
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(llm, "llm");
    Radio.positive("cpu-hz", cpuHz);
  }

  /** A server with the default LLM-serving settings of the defaults resource. */
  public Server(double cpuHz, Discipline discipline) {
    this(cpuHz, discipline, ScenarioLoader.defaults().server().llm());
  }

  /** How server capacity is divided among users. */
  public enum Discipline {
    /** Each user's FIFO is served at its own share f_k, idle or not. */
    PARTITIONED,
    /** Idle users' shares are redistributed to busy users in proportion to their shares. */
    WORK_CONSERVING,
    /**
     * LLM serving: iterations with continuous batching of prefill chunks and decode steps,
     * timed by {@link LlmServing}; the CPU shares are not used.
     */
    LLM
  }
}
