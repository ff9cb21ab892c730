package io.fluidedge.sim;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import umontreal.ssj.simevents.Simulator;

/**
 * The run's entity plugins, a {@link RunListener}: gives each plugin an {@link EntityContext} on
 * this run's simulator, passes every request and block record on in plugin-name order, and
 * gathers their blocks.csv columns and values.
 */
final class EntityHub implements RunListener {

  private final Simulator sim;
  private final Scenario scenario;
  private final List<String> names = new ArrayList<>();
  private final List<EntityPlugin> plugins = new ArrayList<>();
  private final List<String> columns = new ArrayList<>();
  private int[] columnCounts = new int[0];

  /**
   * @param sim      the run's simulator (plugin events go on its event list)
   * @param scenario the run's scenario
   * @param entities the plugins by name, in the order they get events
   */
  EntityHub(Simulator sim, Scenario scenario, Map<String, EntityPlugin> entities) {
    this.sim = sim;
    this.scenario = scenario;
    for (Map.Entry<String, EntityPlugin> e : entities.entrySet()) {
      names.add(e.getKey());
      plugins.add(Objects.requireNonNull(e.getValue(), e.getKey()));
    }
  }

  /** Whether there is any plugin. */
  boolean active() {
    return !plugins.isEmpty();
  }

  /**
   * Starts every plugin (simulated time 0) and collects their blocks.csv columns.
   *
   * @throws IllegalStateException if two plugins name the same column
   */
  void start() {
    columnCounts = new int[plugins.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < plugins.size(); i++) {
      EntityPlugin p = plugins.get(i);
      p.start(new Context(names.get(i)));
      List<String> own = List.copyOf(p.blockColumns());
      for (String c : own) {
        if (!seen.add(c)) {
          throw new IllegalStateException("entity plugin '" + names.get(i)
              + "': blocks.csv column '" + c + "' is already taken");
        }
      }
      columns.addAll(own);
      columnCounts[i] = own.size();
    }
  }

  /** Whether the plugins add blocks.csv columns (known after {@link #start()}). */
  boolean hasColumns() {
    return !columns.isEmpty();
  }

  /** The plugins' blocks.csv columns, in plugin order (known after {@link #start()}). */
  List<String> columns() {
    return List.copyOf(columns);
  }

  @Override
  public void arrival(RequestRecord r) {
    for (EntityPlugin p : plugins) {
      p.arrival(r);
    }
  }

  @Override
  public void dropped(RequestRecord r) {
    for (EntityPlugin p : plugins) {
      p.dropped(r);
    }
  }

  @Override
  public void expired(RequestRecord r) {
    for (EntityPlugin p : plugins) {
      p.expired(r);
    }
  }

  @Override
  public void uplinkDone(RequestRecord r) {
    for (EntityPlugin p : plugins) {
      p.uplinkDone(r);
    }
  }

  @Override
  public void inferenceDone(RequestRecord r) {
    for (EntityPlugin p : plugins) {
      p.inferenceDone(r);
    }
  }

  @Override
  public void block(BlockRecord b) {
    for (EntityPlugin p : plugins) {
      p.block(b);
    }
  }

  /**
   * The plugins' blocks.csv values for the block just passed to {@link #block}, in column order.
   *
   * @throws IllegalStateException if a plugin gives the wrong number of values
   */
  double[] columnValues(BlockRecord block) {
    double[] values = new double[columns.size()];
    int at = 0;
    for (int i = 0; i < plugins.size(); i++) {
      if (columnCounts[i] == 0) {
        continue;
      }
      double[] own = plugins.get(i).blockValues(block);
      if (own == null || own.length != columnCounts[i]) {
        throw new IllegalStateException("entity plugin '" + names.get(i) + "' gave "
            + (own == null ? "no" : String.valueOf(own.length)) + " values for its "
            + columnCounts[i] + " blocks.csv columns at block " + block.block());
      }
      System.arraycopy(own, 0, values, at, own.length);
      at += own.length;
    }
    return values;
  }

  /** One plugin's view of the run. */
  private final class Context implements EntityContext {

    private final String name;

    Context(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Scenario scenario() {
      return scenario;
    }

    @Override
    public double now() {
      return sim.time();
    }

    @Override
    public void schedule(double delayS, Runnable action) {
      if (!(delayS >= 0) || Double.isInfinite(delayS)) {
        throw new IllegalArgumentException("entity plugin '" + name
            + "': delay must be finite and >= 0, got " + delayS + " s");
      }
      Objects.requireNonNull(action, "action");
      new PluginEvent(sim, action).scheduleAt(sim.time() + delayS);
    }
  }
}
