package io.fluidedge.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One run of a sweep, in plain strings and numbers so that it can travel to another machine.
 *
 * <p>The run's scenario is the base scenario file loaded with {@code overrides} (the sweep's own
 * {@code --set} options, then the cell's grid values) and its seed replaced by {@code seed}.
 *
 * @param cellIndex   0-based grid cell
 * @param replication 0-based replication within the cell
 * @param seed        the run's seed (base seed + replication, the same in every cell)
 * @param overrides   {@code key=value} strings applied in order, as by {@code --set}
 */
public record RunSpec(int cellIndex, int replication, long seed, List<String> overrides)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates the indices and copies the overrides. */
  public RunSpec {
    if (cellIndex < 0 || replication < 0) {
      throw new IllegalArgumentException("cell and replication must be >= 0: " + cellIndex + ", "
          + replication);
    }
    overrides = List.copyOf(overrides);
  }
}
