package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entity plugins in the simulation: their events, their own scheduled actions, their columns. */
class EntityPluginsTest {

  /** Logs every callback as "time what". */
  private static class Logger implements EntityPlugin {
    final List<String> log = new ArrayList<>();
    EntityContext context;

    void log(String what) {
      log.add(context.now() + " " + what);
    }

    @Override
    public void start(EntityContext ctx) {
      context = ctx;
      log("start " + ctx.name());
      ctx.schedule(0.05, () -> log("a"));
      ctx.schedule(0.05, () -> log("b"));
      ctx.schedule(10, () -> log("never"));
    }

    @Override
    public void block(BlockRecord block) {
      log("block " + block.block());
      if (block.block() == 1) {
        context.schedule(0, () -> log("after block 1"));
      }
    }

    @Override
    public void arrival(RequestRecord r) {
      log("arrival " + r.id() + " bits " + r.bits() + " uplink " + r.uplinkDoneS());
    }

    @Override
    public void uplinkDone(RequestRecord r) {
      log("uplink " + r.id() + " from " + r.uplinkStartS());
    }

    @Override
    public void inferenceDone(RequestRecord r) {
      log("done " + r.id() + " latency>0 " + (r.latencyS() > 0));
    }
  }

  private static RunResult run(Scenario s, Map<String, EntityPlugin> entities, RunListener rec,
      Request... requests) {
    return NetworkSimulation.run(s, new Components(GeometricChannel.of(s.radio()),
        new PsnrAccuracy(-1, 1), TestPolicies.constant(2, 8, 1e14, 5), ListSource.of(requests),
        entities), rec, () -> false);
  }

  private static Scenario scenario() {
    TestScenario t = new TestScenario();
    t.durationS = 0.1;
    t.coherenceS = 0.02;
    return t.build();
  }

  @Test
  void plugin_seesEveryEventAndItsOwnActionsAfterTheSimulatorsAtEqualTimes() {
    Logger logger = new Logger();
    run(scenario(), Map.of("logger", logger), new RunListener() {},
        new Request(0.02, 0, 1000, 1), new Request(0.05, 1, 1000, 1));
    assertThat(logger.log).startsWith("0.0 start logger", "0.0 block 0", "0.02 block 1",
        "0.02 arrival 0 bits 8 uplink NaN", "0.02 after block 1");
    assertThat(logger.log).containsSubsequence("0.04 block 2", "0.05 arrival 1 bits 8 uplink NaN",
        "0.05 a", "0.05 b");
    assertThat(logger.log).anyMatch(l -> l.matches("0\\.02\\d* uplink 0 from 0\\.02"))
        .anyMatch(l -> l.matches("0\\.0\\d+ done 0 latency>0 true"))
        .noneMatch(l -> l.contains("never"));
  }

  @Test
  void blockColumns_ofEveryPluginReachTheRecordingInPluginOrder() {
    List<String> columns = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    RunListener rec = new RunListener() {
      @Override
      public void blockColumns(List<String> names) {
        columns.addAll(names);
      }

      @Override
      public void block(BlockRecord b) {
        if (b.columnCount() == 0) {
          throw new AssertionError("block without its extra values");
        }
        values.add(b.columns());
      }
    };
    Map<String, EntityPlugin> entities = new LinkedHashMap<>();
    entities.put("one", columns("one_a", "one_b"));
    entities.put("quiet", new EntityPlugin() { });
    entities.put("two", columns("two_a"));
    run(scenario(), entities, rec);
    assertThat(columns).containsExactly("one_a", "one_b", "two_a");
    assertThat(values).hasSize(5);
    assertThat(values.get(3)).containsExactly(3, 4, 3);
  }

  /** A plugin with the given columns whose values are block, block + 1, ... */
  private static EntityPlugin columns(String... names) {
    return new EntityPlugin() {
      @Override
      public List<String> blockColumns() {
        return List.of(names);
      }

      @Override
      public double[] blockValues(BlockRecord block) {
        double[] v = new double[names.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = block.block() + i;
        }
        return v;
      }
    };
  }

  @Test
  void badPlugins_failTheRunNamingThePlugin() {
    assertThatThrownBy(() -> run(scenario(), Map.of("a", columns("x"), "b", columns("x")),
        new RunListener() {})).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("blocks.csv column 'x' is already taken");
    EntityPlugin wrongCount = new EntityPlugin() {
      @Override
      public List<String> blockColumns() {
        return List.of("x", "y");
      }
    };
    assertThatThrownBy(() -> run(scenario(), Map.of("short", wrongCount), new RunListener() {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("entity plugin 'short' gave 0 values for its 2 blocks.csv columns at block 0");
    EntityPlugin backwards = new EntityPlugin() {
      @Override
      public void start(EntityContext ctx) {
        ctx.schedule(-1, () -> { });
      }
    };
    assertThatThrownBy(() -> run(scenario(), Map.of("back", backwards), new RunListener() {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entity plugin 'back': delay must be finite and >= 0, got -1.0 s");
  }
}
