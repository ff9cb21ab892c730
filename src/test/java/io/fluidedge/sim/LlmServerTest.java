package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.scenario.LlmServing;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Server;
import io.fluidedge.traffic.Request;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The llm discipline end to end (uplink, then batched iterations) against hand-computed
 * timelines: a lone request's TTFT is its uplink plus one prefill iteration and its TPOT one
 * decode iteration; with room for one request in the KV cache the server is a FIFO single
 * server.
 */
class LlmServerTest {

  private static final double A = 0.004;
  private static final double B = 1e-4;
  private static final double C = 5e-4;
  private static final double FEATURES_PER_TOKEN = 100;
  private static final int BITS = 8;
  private static final double RATE = 2;
  private static final double BANDWIDTH_HZ = 20e6;

  private static LlmServing llm(double kvMemoryBytes, double downlinkTokenS) {
    return new LlmServing(A, B, C, 8, 512, 2, 8, 2, kvMemoryBytes, downlinkTokenS, 1, 1);
  }

  private static Scenario scenario(LlmServing llm) {
    TestScenario t = new TestScenario();
    t.users = 1;
    t.durationS = 2;
    t.bandwidthHz = BANDWIDTH_HZ;
    t.discipline = Server.Discipline.LLM;
    t.featuresPerToken = FEATURES_PER_TOKEN;
    t.llm = llm;
    return t.build();
  }

  private static CapturingListener run(Scenario s, Request... requests) {
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.constant(1, BITS, 1e12, RATE), ListSource.of(requests), rec);
    return rec;
  }

  private static double uplinkS(int promptTokens) {
    return BITS * promptTokens * FEATURES_PER_TOKEN / (BANDWIDTH_HZ * RATE);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.002})
  void loneRequest_ttftIsUplinkPlusPrefillAndTpotOneDecodeIteration(double downlinkS) {
    Scenario s = scenario(llm(1e9, downlinkS));
    CapturingListener rec = run(s, new Request(0.0123, 0, 37 * FEATURES_PER_TOKEN, 5),
        new Request(0.5, 0, 300 * FEATURES_PER_TOKEN, 40));
    assertThat(rec.requests).hasSize(2);
    int[] prompt = {37, 300};
    int[] decode = {5, 40};
    for (int i = 0; i < 2; i++) {
      RequestRecord r = rec.requests.get(i);
      assertThat(r.prefillTokens()).isEqualTo(prompt[i]);
      assertThat(r.decodeTokens()).isEqualTo(decode[i]);
      double ttft = uplinkS(prompt[i]) + A + B * prompt[i] + downlinkS;
      assertThat(r.ttftS()).isCloseTo(ttft, within(1e-9));
      assertThat(r.tpotS()).isCloseTo(A + C, within(1e-9));
      assertThat(r.latencyS()).isCloseTo(ttft + (decode[i] - 1) * (A + C), within(1e-9));
    }
  }

  @Test
  void kvRoomForOneRequest_isAFifoSingleServer() {
    int prompt = 20;
    int decode = 4;
    double kvBytesPerToken = 2.0 * 2 * 8 * 2;
    Scenario s = scenario(llm((prompt + decode) * kvBytesPerToken, 0));
    double[] arrivals = {0.001, 0.002, 0.003, 0.030, 0.2, 0.2001};
    Request[] requests = new Request[arrivals.length];
    for (int i = 0; i < arrivals.length; i++) {
      requests[i] = new Request(arrivals[i], 0, prompt * FEATURES_PER_TOKEN, decode);
    }
    CapturingListener rec = run(s, requests);
    assertThat(rec.requests).hasSize(arrivals.length);

    double upload = uplinkS(prompt);
    double prefill = A + B * prompt;
    double service = prefill + (decode - 1) * (A + C);
    double uplinkFree = 0;
    double serverFree = 0;
    List<RequestRecord> done = rec.requests;
    for (int i = 0; i < arrivals.length; i++) {
      double uplinkDone = Math.max(arrivals[i], uplinkFree) + upload;
      uplinkFree = uplinkDone;
      double start = Math.max(uplinkDone, serverFree);
      serverFree = start + service;
      RequestRecord r = done.get(i);
      assertThat(r.id()).isEqualTo(i);
      assertThat(r.uplinkDoneS()).isCloseTo(uplinkDone, within(1e-9));
      assertThat(r.inferenceStartS()).isCloseTo(start, within(1e-9));
      assertThat(r.firstTokenS()).isCloseTo(start + prefill, within(1e-9));
      assertThat(r.doneS()).isCloseTo(start + service, within(1e-9));
    }
    assertThat(done).as("the burst queued behind the KV cache")
        .anyMatch(r -> r.inferenceStartS() > r.uplinkDoneS() + 1e-6);
  }

  @Test
  void requestLargerThanTheCache_isDropped() {
    Scenario s = scenario(llm(10 * 64.0, 0));
    CapturingListener rec = run(s, new Request(0.01, 0, 8 * FEATURES_PER_TOKEN, 2),
        new Request(0.02, 0, 9 * FEATURES_PER_TOKEN, 2));
    assertThat(rec.requests).extracting(RequestRecord::id).containsExactly(0L);
    assertThat(rec.dropped).isEqualTo(1);
  }
}
