package io.fluidedge.sim;

import io.fluidedge.plugin.BlockInfo;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.RequestInfo;
import io.fluidedge.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import umontreal.ssj.simevents.Simulator;

/**
 * The run's entity plugins: gives each an {@link EntityContext} on this run's simulator, passes
 * the request and block events on in plugin-name order, and gathers their blocks.csv columns.
 * Request events become {@link RequestInfo} records only when there are plugins.
 */
final class EntityHub {

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

  /** The plugins' blocks.csv columns, in plugin order (known after {@link #start()}). */
  List<String> columns() {
    return List.copyOf(columns);
  }

  void arrival(Job job) {
    RequestInfo r = info(job, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    for (EntityPlugin p : plugins) {
      p.arrival(r);
    }
  }

  void uplinkDone(Job job) {
    RequestInfo r = info(job, job.uplinkStartS, job.uplinkDoneS, Double.NaN, Double.NaN);
    for (EntityPlugin p : plugins) {
      p.uplinkDone(r);
    }
  }

  void inferenceDone(Job job, double doneS) {
    RequestInfo r = info(job, job.uplinkStartS, job.uplinkDoneS, job.inferenceStartS, doneS);
    for (EntityPlugin p : plugins) {
      p.inferenceDone(r);
    }
  }

  /**
   * Tells every plugin the block started and returns their blocks.csv values, in column order.
   *
   * @throws IllegalStateException if a plugin gives the wrong number of values
   */
  double[] blockStart(BlockInfo block) {
    double[] values = new double[columns.size()];
    int at = 0;
    for (int i = 0; i < plugins.size(); i++) {
      EntityPlugin p = plugins.get(i);
      p.blockStart(block);
      if (columnCounts[i] == 0) {
        continue;
      }
      double[] own = p.blockValues(block);
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

  private static RequestInfo info(Job job, double uplinkStartS, double uplinkDoneS,
      double inferenceStartS, double doneS) {
    return new RequestInfo(job.id, job.user, job.arrivalS, job.features, job.tokens, job.bits,
        job.cycles, uplinkStartS, uplinkDoneS, inferenceStartS, doneS);
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
