package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.MappedChannelModel;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.FieldResponseChannel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static final PluginRegistry REGISTRY = PluginRegistry.load();

  /** A short run of the joint policy with i.i.d. channels and Poisson traffic. */
  private static Scenario scenario(long seed, String policy) {
    TestScenario t = new TestScenario();
    t.seed = seed;
    t.users = 4;
    t.userAntennas = 2;
    t.bsAntennas = 8;
    t.durationS = 0.12;
    t.coherenceS = 0.01;
    t.rateHz = 100;
    t.evolution = Radio.Evolution.IID;
    t.policy = policy;
    return t.build();
  }

  /** Everything a run records and reports, with the wall-clock fields masked. */
  private record Outcome(List<?> requests, List<BlockRecord> blocks, RunResult result,
      List<Request> arrivals, List<double[]> gains) {
  }

  private static Outcome run(Scenario s) {
    Components c = Components.of(s, REGISTRY);
    List<Request> arrivals = new ArrayList<>();
    List<double[]> gains = new ArrayList<>();
    ChannelModel model = new MappedChannelModel(c.channelModel(), ch -> {
      gains.add(gains(ch));
      return ch;
    });
    TrafficSource traffic = new TrafficSource() {
      @Override
      public Request next() {
        Request r = c.traffic().next();
        if (r != null) {
          arrivals.add(r);
        }
        return r;
      }

      @Override
      public void close() {
        c.traffic().close();
      }
    };
    CapturingListener rec = new CapturingListener();
    RunResult r = NetworkSimulation.run(s, new Components(model, c.accuracy(), c.policy(), traffic),
        rec, () -> false);
    List<BlockRecord> blocks = rec.blocks.stream().map(b -> BlockRecord.of(b.block(), b.timeS(),
        b.loss(), b.iterations(), true, 0, b.ratesBpsHz(), b.bits(), b.cpuHz(), b.positionsM())).toList();
    RunResult masked = new RunResult(r.simulatedS(), r.complete(), r.arrived(), r.completed(),
        r.inFlight(), r.dropped(), r.events(), r.blocks(), 0, 0, r.rejectedRows(), r.firstRejection());
    return new Outcome(rec.requests, blocks, masked, arrivals, gains);
  }

  /** Angles and path gains of every user and path. */
  private static double[] gains(Channel ch) {
    List<Double> v = new ArrayList<>();
    for (UserChannel user : ch.users()) {
      FieldResponseChannel u = (FieldResponseChannel) user;
      for (int q = 0; q < u.paths(); q++) {
        v.add(u.gainRe(q));
        v.add(u.gainIm(q));
        v.add(u.aoaElev(q));
        v.add(u.aoaAzim(q));
      }
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void sameSeed_identicalRecords_otherSeedDifferent() {
    Outcome a = run(scenario(7, "joint"));
    Outcome b = run(scenario(7, "joint"));
    Outcome c = run(scenario(8, "joint"));

    assertThat(a.requests()).isNotEmpty();
    assertThat(a.blocks()).hasSize(12);
    assertThat(b.requests()).isEqualTo(a.requests());
    assertThat(b.blocks()).isEqualTo(a.blocks());
    assertThat(b.result()).isEqualTo(a.result());
    assertThat(c.requests()).isNotEqualTo(a.requests());
    assertThat(c.blocks()).isNotEqualTo(a.blocks());
  }

  @Test
  void commonRandomNumbers_jointAndFpaSeeTheSameArrivalsAndChannels() {
    Outcome joint = run(scenario(3, "joint"));
    Outcome fpa = run(scenario(3, "fpa"));

    assertThat(joint.arrivals()).isNotEmpty().isEqualTo(fpa.arrivals());
    assertThat(joint.gains()).hasSize(12);
    assertThat(fpa.gains()).hasSize(12);
    for (int k = 0; k < 12; k++) {
      assertThat(fpa.gains().get(k)).as("block %d", k).containsExactly(joint.gains().get(k));
    }
    assertThat(fpa.blocks()).as("the policies do decide differently")
        .isNotEqualTo(joint.blocks());
  }
}
