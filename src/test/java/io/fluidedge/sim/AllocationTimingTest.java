package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.MappedChannelModel;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.Request;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTimingTest {

  /** Block k: bits k + 1, layout A on even blocks and B on odd ones. */
  private static TestPolicies.Script alternating(int users, Positions a, Positions b,
      double rate) {
    return k -> {
      TestPolicies.Plan p = TestPolicies.bitsPerBlock(users).plan(k);
      double[] r = new double[users];
      java.util.Arrays.fill(r, rate);
      return new TestPolicies.Plan(k % 2 == 0 ? a : b, p.bits(), p.cpuHz(), r);
    };
  }

  @Test
  void controlDelay_newAllocationTakesEffectAfterTheDelay() {
    TestScenario t = new TestScenario();
    t.controlDelayS = 0.003;
    Scenario s = t.build();
    double applied = 0.01 + 0.003;
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(TestPolicies.bitsPerBlock(2)), ListSource.of(
        new Request(0.005, 0, 1000, 1),
        new Request(0.012, 0, 1000, 1),
        new Request(Math.nextDown(applied), 0, 1000, 1),
        new Request(applied, 0, 1000, 1),
        new Request(0.0135, 0, 1000, 1)), rec);

    assertThat(rec.request(0).bits()).as("block 0 applies at once").isEqualTo(1);
    assertThat(rec.request(1).bits()).isEqualTo(1);
    assertThat(rec.request(2).bits()).isEqualTo(1);
    assertThat(rec.request(3).bits()).as("at the apply time").isEqualTo(2);
    assertThat(rec.request(4).bits()).isEqualTo(2);
  }

  @Test
  void antennaSpeed_travelTimeAddsToTheDelay() {
    TestScenario t = new TestScenario();
    t.controlDelayS = 0.001;
    t.antennaSpeedMps = 1.0;
    Scenario s = t.build();
    Panel panel = Panel.of(s.radio());
    Positions a = Layouts.spread(panel, s.radio().bsAntennas());
    Positions b = a.with(0, a.x(0) + 0.0012, a.y(0) + 0.0016); // moves 2 mm
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(alternating(2, a, b, 5)), ListSource.of(
        new Request(0.0129, 0, 1000, 1),
        new Request(0.0131, 0, 1000, 1)), rec);

    // Block 1 decided at 0.01, applies at 0.01 + 0.001 + 0.002 / 1 = 0.013.
    assertThat(rec.request(0).bits()).isEqualTo(1);
    assertThat(rec.request(1).bits()).isEqualTo(2);
  }

  @Test
  void antennaMoves_longerThanABlock_queueOneAfterAnother() {
    TestScenario t = new TestScenario();
    t.antennaSpeedMps = 1.0;
    Scenario s = t.build();
    Panel panel = Panel.of(s.radio());
    Positions a = Layouts.spread(panel, s.radio().bsAntennas());
    Positions b = a.with(1, a.x(1) - 0.009, a.y(1) + 0.012); // moves 15 mm: 0.015 s
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(alternating(2, a, b, 5)), ListSource.of(
        new Request(0.024, 0, 1000, 1),
        new Request(0.026, 0, 1000, 1),
        new Request(0.039, 0, 1000, 1),
        new Request(0.041, 0, 1000, 1)), rec);

    // Block 1 (0.01) applies at 0.025; block 2 (0.02) moves from 0.025 to 0.04; block 3 after.
    assertThat(rec.requests).extracting(r -> r.bits()).containsExactly(1, 2, 2, 3);
  }

  @Test
  void pendingAllocation_oldPositionsOnTheNewChannelSetTheRates() {
    TestScenario t = new TestScenario();
    t.users = 1;
    t.evolution = Radio.Evolution.IID;
    t.controlDelayS = 0.005;
    Scenario s = t.build();
    Panel panel = Panel.of(s.radio());
    Positions a = Layouts.spread(panel, s.radio().bsAntennas());
    Positions b = Layouts.diagonal(panel, s.radio().bsAntennas());
    List<Channel> draws = new ArrayList<>();
    ChannelModel model = GeometricChannel.of(s.radio());
    ChannelModel recording = new MappedChannelModel(model, c -> {
      draws.add(c);
      return c;
    });
    double features = 1000;
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, recording, TestPolicies.scripted(alternating(1, a, b, 1.0)), ListSource.of(
        new Request(0.0101, 0, features, 1),
        new Request(0.0151, 0, features, 1)), rec);

    double bandwidth = s.radio().bandwidthHz();
    double pendingRate = UplinkRates.rates(draws.get(1), a)[0];
    assertThat(pendingRate).isNotEqualTo(1.0);
    RequestRecord first = rec.request(0);
    assertThat(first.uplinkDoneS()).as("sent within the pending window").isLessThan(0.015);
    assertThat(first.uplinkS()).isCloseTo(features / (bandwidth * pendingRate), within(1e-12));
    assertThat(rec.request(1).uplinkS()).as("after it applied: the solver's rate")
        .isCloseTo(2 * features / bandwidth, within(1e-12));
  }
}
