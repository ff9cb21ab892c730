package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Server;
import io.fluidedge.traffic.Request;
import org.junit.jupiter.api.Test;

class EdgeServerTest {

  private static final double SHARE_HZ = 5e11;

  private static CapturingRecording run(Server.Discipline discipline, double[] shares) {
    TestScenario t = new TestScenario();
    t.coherenceS = 1;
    t.discipline = discipline;
    Scenario s = t.build();
    TestPolicies.Script script = k -> new TestPolicies.Plan(null, new int[] {8, 8}, shares,
        new double[] {1e6, 1e6});
    CapturingRecording rec = new CapturingRecording();
    SimRuns.run(s, TestPolicies.scripted(script), ListSource.of(
        new Request(0.0, 0, 1000, 1),
        new Request(0.005, 1, 1000, 4)), rec);
    return rec;
  }

  private static double cycles(double tokens) {
    TestScenario t = new TestScenario();
    Scenario s = t.build();
    return s.model().cyclesPerParameter() * s.model().parameters() * tokens;
  }

  @Test
  void partitioned_servesEachUserAtItsShare() {
    CapturingRecording rec = run(Server.Discipline.PARTITIONED, new double[] {SHARE_HZ, SHARE_HZ});
    for (RequestRecord r : rec.requests) {
      assertThat(r.serverS()).isCloseTo(cycles(r.tokens()) / SHARE_HZ, within(1e-12));
    }
  }

  @Test
  void workConserving_redistributesIdleSharesAndRetimesOnBusyChanges() {
    CapturingRecording rec = run(Server.Discipline.WORK_CONSERVING,
        new double[] {SHARE_HZ, 3 * SHARE_HZ});
    RequestRecord u0 = rec.request(0);
    RequestRecord u1 = rec.request(1);
    double total = 4 * SHARE_HZ;
    // User 0 alone at the whole capacity, then at its share once user 1 is busy.
    double doneAlone = cycles(1) - (u1.inferenceStartS() - u0.inferenceStartS()) * total;
    double u0Done = u1.inferenceStartS() + doneAlone / SHARE_HZ;
    assertThat(u0.doneS()).isCloseTo(u0Done, within(1e-12));
    // User 1 at 3/4 of the capacity while user 0 is busy, then at all of it.
    double left = cycles(4) - (u0Done - u1.inferenceStartS()) * 3 * SHARE_HZ;
    assertThat(u1.doneS()).isCloseTo(u0Done + left / total, within(1e-12));
  }
}
