package io.fluidedge.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import org.junit.jupiter.api.Test;

/**
 * The cold solve reuses joint's own descent as equal-cpu's end point only where the two descents
 * are the same computation: checked here by running both.
 */
class ColdStartsTest {

  @Test
  void equalCpuEndPoint_isJointsOwnColdSolve_whenKktSharesAreEqual() {
    for (long seed = 1; seed <= 5; seed++) {
      Scenario s = JointStartsTest.scenario(4, 8, seed, "joint");
      Problem p = JointStartsTest.problem(s, seed);
      OptimizerSettings settings = s.optimizer();
      Panel panel = p.panel();
      BlockCoordinateDescent.Plan joint = BcdPolicy.joint(settings, panel, p.antennas()).plan();
      BlockCoordinateDescent.Plan equalCpu =
          BcdPolicy.equalCpu(settings, panel, p.antennas()).plan();
      assertThat(ColdStarts.sameAsJoint(p, joint, equalCpu)).isTrue();

      Solution own = BlockCoordinateDescent.run(p, settings, joint, null);
      Solution baseline = BlockCoordinateDescent.run(p, settings, equalCpu, null);
      assertThat(baseline.lossHistory()).as("seed %d", seed).containsExactly(own.lossHistory());
      assertThat(baseline.allocation().positions()).isEqualTo(own.allocation().positions());
      assertThat(baseline.allocation().bits()).containsExactly(own.allocation().bits());
      assertThat(baseline.allocation().cpuHz()).containsExactly(own.allocation().cpuHz());
    }
  }

  @Test
  void otherBaselines_andUnequalShares_areSolvedOnTheirOwn() {
    Scenario s = JointStartsTest.scenario(4, 8, 1, "joint");
    Problem p = JointStartsTest.problem(s, 1);
    OptimizerSettings settings = s.optimizer();
    Panel panel = p.panel();
    BlockCoordinateDescent.Plan joint = BcdPolicy.joint(settings, panel, p.antennas()).plan();
    assertThat(ColdStarts.sameAsJoint(p, joint, BcdPolicy.fpa(settings, panel, p.antennas())
        .plan())).isFalse();
    assertThat(ColdStarts.sameAsJoint(p, joint, BcdPolicy.fixedBits(settings, panel,
        p.antennas()).plan())).isFalse();

    Problem mixed = HeterogeneousUsersTest.problem(1, HeterogeneousUsersTest.randomProfiles(
        Streams.of(3, "test"), 4, s.radio().txPower()));
    BlockCoordinateDescent.Plan equalCpu =
        BcdPolicy.equalCpu(settings, mixed.panel(), mixed.antennas()).plan();
    BlockCoordinateDescent.Plan mixedJoint =
        BcdPolicy.joint(settings, mixed.panel(), mixed.antennas()).plan();
    assertThat(ColdStarts.sameAsJoint(mixed, mixedJoint, equalCpu)).isFalse();
    // There the baseline is solved, and joint still ends at or below it.
    double jointLoss = BcdPolicy.joint(settings, mixed.panel(), mixed.antennas())
        .solve(mixed, null).loss().total();
    double baselineLoss = BcdPolicy.equalCpu(settings, mixed.panel(), mixed.antennas())
        .solve(mixed, null).loss().total();
    assertThat(jointLoss).isLessThanOrEqualTo(baselineLoss);
  }
}
