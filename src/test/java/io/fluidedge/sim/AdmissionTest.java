package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.scenario.Queues;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Slo;
import io.fluidedge.traffic.Request;
import io.fluidedge.traffic.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Buffers and deadlines on hand-computed timelines: one user, a constant uplink of 30 ms per
 * request and a constant inference of 10 ms (f = c·S / 10 ms), requests at chosen times.
 */
class AdmissionTest {

  private static final int BITS = 8;
  private static final double UPLINK_S = 0.03;

  /** Records every fate, in event order. */
  private static final class Fates extends CapturingListener {
    final List<RequestRecord> expired = new ArrayList<>();
    final List<RequestRecord> inFlight = new ArrayList<>();
    final List<RequestRecord> droppedRecords = new ArrayList<>();

    @Override
    public void expired(RequestRecord r) {
      expired.add(r);
    }

    @Override
    public void dropped(RequestRecord r) {
      super.dropped(r);
      droppedRecords.add(r);
    }

    @Override
    public void inFlightAtEnd(RequestRecord r, double endS) {
      inFlight.add(r);
    }
  }

  private static TrafficSource at(double... times) {
    return new TrafficSource() {
      private int next;

      @Override
      public Request next() {
        return next < times.length ? new Request(times[next++], 0, 151296, 1) : null;
      }

      @Override
      public void close() {
      }
    };
  }

  private static RunResult run(Scenario s, TrafficSource traffic, Fates fates) {
    double rate = BITS * s.model().featureElements() / (s.radio().bandwidthHz() * UPLINK_S);
    double cpu = s.model().cyclesPerParameter() * s.model().parameters() / 0.01;
    return SimRuns.run(s, TestPolicies.constant(1, BITS, cpu, rate), traffic, fates);
  }

  private static TestScenario oneUser() {
    TestScenario t = new TestScenario();
    t.users = 1;
    t.durationS = 1;
    t.coherenceS = 1;
    return t;
  }

  @Test
  void dropExpired_removesRequestsWhereverTheyAre_onTheHandTimeline() {
    TestScenario t = oneUser();
    t.slo = new Slo(0.055, true);
    Fates fates = new Fates();
    RunResult r = run(t.build(), at(0, 0.01, 0.02, 0.03, 0.2), fates);

    assertThat(fates.requests).extracting(RequestRecord::id).containsExactly(0L, 4L);
    assertThat(fates.request(0).doneS()).isCloseTo(0.04, offset(1e-9));
    assertThat(fates.request(4).doneS()).isCloseTo(0.24, offset(1e-9));
    assertThat(fates.expired).extracting(RequestRecord::id).containsExactly(1L, 2L, 3L);
    RequestRecord atServer = fates.expired.get(0);
    assertThat(atServer.inferenceStartS()).isCloseTo(0.06, offset(1e-9));
    RequestRecord sending = fates.expired.get(1);
    assertThat(sending.uplinkStartS()).isCloseTo(0.06, offset(1e-9));
    assertThat(sending.uplinkDoneS()).isNaN();
    assertThat(fates.expired.get(2).uplinkStartS()).isCloseTo(0.075, offset(1e-9));
    assertThat(r.expired()).isEqualTo(3);
    assertThat(r.arrived()).isEqualTo(r.completed() + r.inFlight() + r.dropped() + r.expired());
  }

  @Test
  void deadlineWithoutDropExpired_finishesLateRequests() {
    TestScenario t = oneUser();
    t.slo = new Slo(0.055, false);
    Fates fates = new Fates();
    RunResult r = run(t.build(), at(0, 0.01, 0.02, 0.03, 0.2), fates);
    assertThat(fates.requests).hasSize(5);
    assertThat(fates.expired).isEmpty();
    assertThat(r.expired()).isZero();
  }

  @Test
  void bufferOfTwoRequests_dropsTheThirdArrivalWhileTwoAreHeld() {
    TestScenario t = oneUser();
    t.queues = new Queues(2, 0);
    Fates fates = new Fates();
    RunResult r = run(t.build(), at(0, 0.001, 0.002, 0.031, 0.032), fates);
    // At 0.002 requests 0 (sending) and 1 are held; at 0.031 request 0 has left the device.
    assertThat(fates.droppedRecords).extracting(RequestRecord::id).containsExactly(2L, 4L);
    assertThat(fates.droppedRecords.get(0).bits()).isEqualTo(BITS);
    assertThat(r.dropped()).isEqualTo(2);
    assertThat(r.completed()).isEqualTo(3);
  }

  @Test
  void bufferOfBits_countsTheWholePayloadOfTheRequestBeingSent() {
    TestScenario t = oneUser();
    t.queues = new Queues(0, 2.5 * BITS * 151296);
    Fates fates = new Fates();
    RunResult r = run(t.build(), at(0, 0.001, 0.002, 0.029), fates);
    assertThat(fates.droppedRecords).extracting(RequestRecord::id).containsExactly(2L, 3L);
    assertThat(r.completed()).isEqualTo(2);
  }

  @Test
  void endOfRun_reportsRequestsStillInFlightWithTheStagesTheyReached() {
    TestScenario t = oneUser();
    t.durationS = 0.05;
    t.coherenceS = 0.05;
    Fates fates = new Fates();
    RunResult r = run(t.build(), at(0.01, 0.02, 0.03), fates);
    // Request 0 is sent 0.01..0.04 and served 0.04..0.05; request 1 is sent from 0.04 on.
    assertThat(r.arrived()).isEqualTo(3);
    assertThat(r.inFlight()).isEqualTo(fates.inFlight.size());
    assertThat(r.arrived()).isEqualTo(r.completed() + r.inFlight() + r.dropped() + r.expired());
    RequestRecord second = fates.inFlight.stream().filter(x -> x.id() == 1).findFirst()
        .orElseThrow();
    assertThat(second.uplinkStartS()).isCloseTo(0.04, offset(1e-9));
    assertThat(second.uplinkDoneS()).isNaN();
    assertThat(second.doneS()).isNaN();
  }
}
