package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.scenario.LlmServing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Continuous batching under heavy random load, watched iteration by iteration: batch limits and
 * KV capacity hold in every iteration, every request yields exactly its T tokens (the prompt's
 * last chunk one, each decode step one), and the iteration times follow a + b·P + c·D.
 */
class LlmBatchingTest {

  private static final int MAX_BATCH = 6;
  private static final int MAX_TOKENS = 64;
  private static final long CAPACITY = 600;

  @Test
  void randomLoad_respectsLimitsAndConservesTokens() {
    LlmServing model = new LlmServing(0.01, 1e-4, 1e-3, MAX_BATCH, MAX_TOKENS, 1, 1, 1,
        2.0 * CAPACITY, 0, 1, 1);
    EventLoop sim = new EventLoop();
    CapturingListener out = new CapturingListener();
    Ledger ledger = new Ledger(out, new PsnrAccuracy(-1, 1), 3,
        new EntityHub(sim, new TestScenario().build(), Map.of()));
    LlmServer server = new LlmServer(sim, model, ledger);
    Map<Long, Integer> tokens = new HashMap<>();
    Map<Long, Integer> prefilled = new HashMap<>();
    long[] iterations = {0};
    double[] lastStart = {-1};
    double[] lastLength = {0};
    server.observe((running, prefill, decodes, kvUsed) -> {
      iterations[0]++;
      assertThat(sim.time()).as("iterations do not overlap")
          .isGreaterThanOrEqualTo(lastStart[0] + lastLength[0] - 1e-12);
      lastStart[0] = sim.time();
      lastLength[0] = model.iterationTimeS(prefill, decodes);
      assertThat(running.size()).isLessThanOrEqualTo(MAX_BATCH);
      assertThat(prefill + decodes).isLessThanOrEqualTo(MAX_TOKENS).isPositive();
      assertThat(kvUsed).isLessThanOrEqualTo(CAPACITY);
      long reserved = 0;
      long prefillSum = 0;
      int decodeSum = 0;
      for (Job j : running) {
        reserved += j.prefillTokens + j.decodeTokens;
        if (j.step > 0) {
          prefillSum += j.step;
          int before = prefilled.merge(j.id, j.step, Integer::sum);
          assertThat(before).isLessThanOrEqualTo(j.prefillTokens);
          if (before == j.prefillTokens) {
            tokens.merge(j.id, 1, Integer::sum);
          }
        } else if (j.step < 0) {
          assertThat(prefilled.getOrDefault(j.id, 0)).isEqualTo(j.prefillTokens);
          decodeSum++;
          tokens.merge(j.id, 1, Integer::sum);
        }
      }
      assertThat(reserved).isEqualTo(kvUsed);
      assertThat(prefillSum).isEqualTo(prefill);
      assertThat(decodeSum).isEqualTo(decodes);
    });

    Random random = new Random(11);
    int n = 400;
    double t = 0;
    for (int i = 0; i < n; i++) {
      t += random.nextDouble() * 0.02;
      Job job = new Job(i, i % 3, t, 1, 1, 0);
      job.bits = 8;
      job.uplinkStartS = t;
      job.uplinkDoneS = t;
      job.prefillTokens = 1 + random.nextInt(i % 7 == 0 ? 500 : 120);
      job.decodeTokens = 1 + random.nextInt(i % 5 == 0 ? 90 : 30);
      double at = t;
      new PluginEvent(sim, () -> server.submit(job)).scheduleAt(at);
    }
    sim.runUntil(1e6, () -> false);

    assertThat(out.requests).hasSize(n);
    assertThat(server.inFlight()).isZero();
    for (RequestRecord r : out.requests) {
      assertThat(tokens.get(r.id())).as("tokens of request %d", r.id())
          .isEqualTo(r.decodeTokens());
      assertThat(r.firstTokenS()).isGreaterThan(r.inferenceStartS());
    }
    assertThat(out.requests).as("requests overtake in the batch")
        .anyMatch(r -> r.id() != out.requests.indexOf(r));
    assertThat(iterations[0]).isGreaterThan(n);
    List<RequestRecord> byDone = out.requests;
    for (int i = 1; i < byDone.size(); i++) {
      assertThat(byDone.get(i).doneS()).isGreaterThanOrEqualTo(byDone.get(i - 1).doneS());
    }
  }
}
