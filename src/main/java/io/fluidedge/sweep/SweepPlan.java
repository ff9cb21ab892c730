package io.fluidedge.sweep;

import io.fluidedge.run.Replications;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The runs of a sweep: the cross product of the grids (cells), each run on the same seeds.
 *
 * <p>Cells are numbered in nested-loop order, the first grid outermost: for grids
 * {@code a=1,2} and {@code b=x,y} cell 0 is (1, x), 1 is (1, y), 2 is (2, x), 3 is (2, y).
 * {@link #runs()} lists cell by cell, seeds in order within a cell; results.csv and every
 * aggregate follow that order.
 *
 * @param baseSeed      seed of replication 0 (the scenario's seed after {@code --seed})
 * @param baseOverrides the sweep's own {@code --set} options, applied before the grid values
 * @param grids         the axes, in command-line order (distinct keys)
 * @param replications  R, runs per cell (&ge; 1)
 */
public record SweepPlan(long baseSeed, List<String> baseOverrides, List<SweepGrid> grids,
    int replications) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Cells allowed in one sweep; far more than anyone can run, small enough to index by int. */
  public static final int MAX_CELLS = 1_000_000;

  /**
   * Validates the plan.
   *
   * @throws InputException naming {@code --grid} or {@code --replications}
   */
  public SweepPlan {
    baseOverrides = List.copyOf(baseOverrides);
    grids = List.copyOf(grids);
    if (replications < 1) {
      throw InputException.argument("--replications", "must be >= 1: " + replications);
    }
    Set<String> keys = new HashSet<>();
    long cells = 1;
    for (SweepGrid g : grids) {
      if (g.key().equals("seed")) {
        throw InputException.argument("--grid seed",
            "seeds are set by --seed and --replications, not by a grid");
      }
      if (!keys.add(g.key())) {
        throw InputException.argument("--grid " + g.key(), "the key appears in two --grid options");
      }
      cells *= g.values().size();
      if (cells * replications > MAX_CELLS) {
        throw InputException.argument("--grid", "more than " + MAX_CELLS + " runs");
      }
    }
  }

  /**
   * A plan for a scenario loaded without {@code --set} options.
   *
   * @param scenario     the base scenario (its seed is replication 0's)
   * @param grids        the axes
   * @param replications R
   * @return the plan
   */
  public static SweepPlan of(Scenario scenario, List<SweepGrid> grids, int replications) {
    return new SweepPlan(scenario.seed(), List.of(), grids, replications);
  }

  /**
   * A plan for a scenario loaded with {@code --set} options.
   *
   * @param scenario      the base scenario, overrides and {@code --seed} applied
   * @param baseOverrides the {@code --set} strings it was loaded with
   * @param grids         the axes
   * @param replications  R
   * @return the plan
   */
  public static SweepPlan of(Scenario scenario, List<String> baseOverrides, List<SweepGrid> grids,
      int replications) {
    return new SweepPlan(scenario.seed(), baseOverrides, grids, replications);
  }

  /** Number of cells: the product of the grid sizes (1 without grids). */
  public int cells() {
    int n = 1;
    for (SweepGrid g : grids) {
      n *= g.values().size();
    }
    return n;
  }

  /** The seeds of every cell: {@code baseSeed + i}, i = 0..R−1. */
  public List<Long> seeds() {
    return Replications.seeds(baseSeed, replications);
  }

  /**
   * The grid values of a cell, one per grid, in grid order.
   *
   * @param cell 0-based cell index
   * @return the values
   */
  public List<String> cellValues(int cell) {
    int[] index = indices(cell);
    List<String> values = new ArrayList<>();
    for (int g = 0; g < grids.size(); g++) {
      values.add(grids.get(g).values().get(index[g]));
    }
    return List.copyOf(values);
  }

  /**
   * The overrides of a cell: the base {@code --set} strings, then {@code key=value} per grid.
   *
   * @param cell 0-based cell index
   * @return the overrides, in application order
   */
  public List<String> cellOverrides(int cell) {
    int[] index = indices(cell);
    List<String> all = new ArrayList<>(baseOverrides);
    for (int g = 0; g < grids.size(); g++) {
      all.add(grids.get(g).override(index[g]));
    }
    return List.copyOf(all);
  }

  /** Every run, cell by cell and seed by seed within a cell. */
  public List<RunSpec> runs() {
    List<RunSpec> runs = new ArrayList<>();
    List<Long> seeds = seeds();
    for (int c = 0; c < cells(); c++) {
      List<String> overrides = cellOverrides(c);
      for (int r = 0; r < seeds.size(); r++) {
        runs.add(new RunSpec(c, r, seeds.get(r), overrides));
      }
    }
    return List.copyOf(runs);
  }

  private int[] indices(int cell) {
    int cells = cells();
    if (cell < 0 || cell >= cells) {
      throw new IndexOutOfBoundsException("cell " + cell + " not in [0, " + cells + ")");
    }
    int[] index = new int[grids.size()];
    int rest = cell;
    for (int g = grids.size() - 1; g >= 0; g--) {
      int size = grids.get(g).values().size();
      index[g] = rest % size;
      rest /= size;
    }
    return index;
  }
}
