package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.link.UplinkRates;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.EntityPluginContract;
import io.fluidedge.plugin.EntityPluginProvider;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code fl} plugin against the core's entity-plugin contract, plus the channel replay: at
 * every block the plugin's channel gives the core's own rates at the core's positions.
 */
class FederatedFineTuneContractTest extends EntityPluginContract {

  @Override
  protected EntityPluginProvider provider() {
    return new FederatedFineTuneProvider();
  }

  @Override
  protected String scenarioYaml() {
    return SMALL_SCENARIO + """
        plugins:
          fl: {concurrency: 1, rounds: 5, entries: 1000, ota-bandwidth-hz: 1e6,
               cycles-per-sample: 1e6, budget-latency-s: 0.15, budget-energy-j: 1}
        """;
  }

  @Test
  void replay_givesTheCoresChannelAtEveryBlock() {
    Scenario s = scenario();
    FederatedFineTune fl = (FederatedFineTune) provider().create(context());
    List<double[]> mismatches = new ArrayList<>();
    EntityPlugin check = new EntityPlugin() {
      @Override
      public void start(EntityContext ctx) {
        fl.start(ctx);
      }

      @Override
      public void block(BlockRecord block) {
        fl.block(block);
        double[] expected = block.ratesBpsHz();
        double[][] rows = block.positionsM();
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int m = 0; m < rows.length; m++) {
          x[m] = rows[m][0];
          y[m] = rows[m][1];
        }
        double[] replayed = UplinkRates.rates(fl.channel(), Positions.of(x, y));
        for (int k = 0; k < expected.length; k++) {
          if (Math.abs(expected[k] - replayed[k]) > 1e-9 * Math.max(1, expected[k])) {
            mismatches.add(new double[] {block.block(), k, expected[k], replayed[k]});
          }
        }
      }
    };
    var registry = registry();
    Components components = new Components(registry.channelModel(s), registry.accuracyModel(s),
        registry.policy(s), registry.trafficSource(s), Map.of("fl", check));
    NetworkSimulation.run(s, components, new RunListener() { }, () -> false);
    assertThat(mismatches).isEmpty();
    assertThat(fl.training().rounds()).hasSize(5);
    assertThat(fl.training().rounds().get(4).elapsedS()).isCloseTo(
        fl.training().rounds().stream().mapToDouble(RoundRecord::latencyS).sum(), within(1e-12));
  }
}
