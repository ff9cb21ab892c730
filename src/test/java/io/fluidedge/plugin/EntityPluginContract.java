package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link EntityPluginProvider}: in a short simulation of the contract scenario
 * the plugin receives every event in simulated-time order (start, every block, and per request
 * arrival, uplink done and inference done, each at its own time), gives one value per declared
 * blocks.csv column at every block, returns a summary that serialises to JSON, and returns the
 * same summary (fields with {@code _wall_} in their name aside) when the run is repeated.
 *
 * <p>The default scenario enables the plugin with an empty {@code plugins:} entry; override
 * {@link #scenarioYaml()} to give it settings.
 */
public abstract class EntityPluginContract extends ProviderContract<EntityPluginProvider> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected final Class<EntityPluginProvider> kind() {
    return EntityPluginProvider.class;
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + "plugins:\n  " + provider().name() + ": {}\n";
  }

  /** What one run showed. */
  private record Run(Watch watch, Capture capture, Map<String, Object> summary) {
  }

  private Run run() {
    Scenario s = scenario();
    PluginRegistry registry = registry();
    Watch watch = new Watch(provider().create(context()));
    Components components = new Components(registry.channelModel(s), registry.accuracyModel(s),
        registry.policy(s), registry.trafficSource(s), Map.of(provider().name(), watch));
    Capture capture = new Capture();
    NetworkSimulation.run(s, components, capture, () -> false);
    return new Run(watch, capture, watch.plugin.summary());
  }

  @Test
  public void run_deliversEveryEventInTimeOrder() {
    Run r = run();
    assertThat(r.watch.starts).isEqualTo(1);
    assertThat(r.watch.blocks).isEqualTo(scenario().blocks());
    assertThat(r.watch.arrivals).isEqualTo(r.capture.arrived).isPositive();
    assertThat(r.watch.uplinks).isBetween(r.watch.inferences, r.watch.arrivals);
    assertThat(r.watch.inferences).isEqualTo(r.capture.requests);
    assertThat(r.watch.problems).isEmpty();
  }

  @Test
  public void blockValues_matchTheDeclaredColumnsAtEveryBlock() {
    Run r = run();
    List<String> columns = r.watch.plugin.blockColumns();
    if (columns.isEmpty()) {
      assertThat(r.capture.columns).isNull();
      assertThat(r.capture.extras).isEmpty();
    } else {
      assertThat(r.capture.columns).isEqualTo(columns);
      assertThat(r.capture.extras).hasSize((int) scenario().blocks())
          .allSatisfy(v -> assertThat(v).hasSize(columns.size()));
    }
  }

  @Test
  public void summary_serialisesToJson() throws Exception {
    Run r = run();
    assertThat(r.summary).isNotNull();
    assertThat(JSON.writeValueAsString(r.summary)).isNotBlank();
  }

  @Test
  public void summary_isTheSameWhenTheRunIsRepeated() {
    JsonNode a = withoutWallClock(JSON.valueToTree(run().summary));
    JsonNode b = withoutWallClock(JSON.valueToTree(run().summary));
    assertThat(b).isEqualTo(a);
  }

  private static JsonNode withoutWallClock(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
        if (it.next().contains("_wall_")) {
          it.remove();
        }
      }
      o.forEach(EntityPluginContract::withoutWallClock);
    } else if (node != null && node.isArray()) {
      node.forEach(EntityPluginContract::withoutWallClock);
    }
    return node;
  }

  /** Passes every call on to the plugin under test, counting and checking the event times. */
  private static final class Watch implements EntityPlugin {

    final EntityPlugin plugin;
    final List<String> problems = new ArrayList<>();
    EntityContext context;
    int starts;
    long blocks;
    long arrivals;
    long uplinks;
    long inferences;
    double lastS;

    Watch(EntityPlugin plugin) {
      this.plugin = plugin;
    }

    private void at(String event, double expectedS) {
      double now = context.now();
      if (now < lastS) {
        problems.add(event + " at " + now + " s after an event at " + lastS + " s");
      }
      if (!Double.isNaN(expectedS) && expectedS != now) {
        problems.add(event + " delivered at " + now + " s, happened at " + expectedS + " s");
      }
      lastS = now;
    }

    @Override
    public void start(EntityContext ctx) {
      context = ctx;
      starts++;
      plugin.start(ctx);
    }

    @Override
    public void block(BlockRecord block) {
      at("block " + block.block(), block.timeS());
      blocks++;
      plugin.block(block);
    }

    @Override
    public void arrival(RequestRecord request) {
      at("arrival of " + request.id(), request.arrivalS());
      arrivals++;
      plugin.arrival(request);
    }

    @Override
    public void uplinkDone(RequestRecord request) {
      at("uplink done of " + request.id(), request.uplinkDoneS());
      uplinks++;
      plugin.uplinkDone(request);
    }

    @Override
    public void inferenceDone(RequestRecord request) {
      at("inference done of " + request.id(), request.doneS());
      inferences++;
      plugin.inferenceDone(request);
    }

    @Override
    public List<String> blockColumns() {
      return plugin.blockColumns();
    }

    @Override
    public double[] blockValues(BlockRecord block) {
      return plugin.blockValues(block);
    }

    @Override
    public Map<String, Object> summary() {
      return plugin.summary();
    }
  }

  /** Keeps the counts, the extra columns and their values. */
  private static final class Capture implements RunListener {

    long arrived;
    long requests;
    List<String> columns;
    final List<double[]> extras = new ArrayList<>();

    @Override
    public void inferenceDone(RequestRecord r) {
      requests++;
    }

    @Override
    public void blockColumns(List<String> names) {
      columns = List.copyOf(names);
    }

    @Override
    public void block(BlockRecord b) {
      if (columns != null) {
        extras.add(b.columns());
      }
    }

    @Override
    public void arrival(RequestRecord r) {
      arrived++;
    }
  }
}
