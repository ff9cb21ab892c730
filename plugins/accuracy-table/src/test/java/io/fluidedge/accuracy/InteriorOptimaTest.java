package io.fluidedge.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.ResourceBlocks;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Streams;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * With the saturating table of the folder's scenario the bits block finds interior optima: the
 * bits minimising b·D/(B·R) − ρ·accuracy(b) lie strictly inside [b_min, b_max] at every rate,
 * while the PSNR model (about 6 dB per bit) jumps from a few bits to b_max (docs/model.md).
 */
class InteriorOptimaTest {

  private static final Scenario SCENARIO = ScenarioLoader.load(Path.of("scenario.yaml"),
      List.of());

  private static int[] bitsOverRates(Scenario s, AccuracyModel accuracy, double[] rates) {
    Channel c = PluginRegistry.load().channelModel(s).draw(Streams.of(1, Streams.CHANNEL));
    Problem p = Problem.of(s, c, accuracy);
    int[] out = new int[rates.length];
    for (int i = 0; i < rates.length; i++) {
      double[] r = new double[s.radio().users()];
      Arrays.fill(r, rates[i]);
      out[i] = ResourceBlocks.bits(p, r)[0];
    }
    return out;
  }

  @Test
  void bits_areInteriorAtEveryRateWithTheTable() {
    double[] rates = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20, 30};
    int[] table = bitsOverRates(SCENARIO, PluginRegistry.load().accuracyModel(SCENARIO), rates);
    assertThat(table).containsExactly(3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6);
    Scenario psnrScenario = ScenarioLoader.load(Path.of("scenario.yaml"),
        List.of("model.accuracy=psnr", "model.sensitivity=1.4e-4"));
    int[] psnr = bitsOverRates(psnrScenario, new PsnrAccuracy(-1, 1), rates);
    assertThat(psnr).containsExactly(1, 1, 1, 1, 1, 2, 2, 3, 16, 16, 16, 16, 16, 16, 16);
  }

  @Test
  void joint_choosesInteriorBitsForEveryUserOnTheScenariosChannels() {
    PluginRegistry registry = PluginRegistry.load();
    var model = registry.channelModel(SCENARIO);
    var rng = Streams.of(SCENARIO.seed(), Streams.CHANNEL);
    TreeSet<Integer> seen = new TreeSet<>();
    for (int draw = 0; draw < 5; draw++) {
      Problem p = Problem.of(SCENARIO, model.draw(rng), registry.accuracyModel(SCENARIO));
      Policy joint = registry.policy(SCENARIO);
      Solution s = joint.solve(p, null);
      for (int b : s.allocation().bits()) {
        seen.add(b);
      }
    }
    assertThat(seen.first()).isGreaterThan(SCENARIO.model().bitsMin());
    assertThat(seen.last()).isLessThan(SCENARIO.model().bitsMax());
  }
}
