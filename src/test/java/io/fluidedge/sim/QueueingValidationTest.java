package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.TrafficSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With a static channel, constant rates and a server too fast to matter, each user's uplink is a
 * single-server FIFO queue fed by Poisson arrivals; its mean sojourn (queueing + transmission)
 * must match queueing theory within the batch-means 95% confidence interval and within 2%.
 */
@Tag("validation")
class QueueingValidationTest {

  private static final int BATCHES = 20;
  private static final double LAMBDA = 20;
  private static final double SERVICE_S = 0.03;
  private static final int BITS = 8;

  /** Batch means of the uplink sojourn by arrival time in [warmup, end): {mean, 95% half-width}. */
  static double[] batchMeans(Iterable<RequestRecord> records, double warmupS, double endS) {
    return BatchMeans.of(records, RequestRecord::arrivalS, r -> r.uplinkDoneS() - r.arrivalS(),
        warmupS, endS, BATCHES);
  }

  /** R such that a request of D elements at b bits takes SERVICE_S to send. */
  private static double rate(Scenario s) {
    return BITS * s.model().featureElements() / (s.radio().bandwidthHz() * SERVICE_S);
  }

  private static TestScenario base(int users, double durationS) {
    TestScenario t = new TestScenario();
    t.seed = 11;
    t.users = users;
    t.durationS = durationS;
    t.coherenceS = durationS / 10;
    t.rateHz = LAMBDA;
    return t;
  }

  @Test
  void uplink_deterministicSizes_matchesPollaczekKhinchine() {
    Scenario s = base(2, 10_000).build();
    CapturingListener rec = new CapturingListener();
    RunResult r = SimRuns.run(s, TestPolicies.constant(2, BITS, 1e20, rate(s)),
        PluginRegistry.load().trafficSource(s), rec);

    double rho = LAMBDA * SERVICE_S;
    double expected = rho * SERVICE_S / (2 * (1 - rho)) + SERVICE_S;
    double[] est = batchMeans(rec.requests, 100, s.durationS() - 10);
    assertThat(r.completed()).isGreaterThan(390_000);
    assertThat(Math.abs(est[0] - expected)).as("|%f - %f| within CI ±%f", est[0], expected, est[1])
        .isLessThanOrEqualTo(est[1]);
    assertThat(Math.abs(est[0] - expected) / expected).isLessThan(0.02);
  }

  @Test
  void uplink_exponentialSizes_matchesMm1() {
    Scenario s = base(1, 40_000).build();
    TrafficSource exponential = ExponentialSizes.of(s, LAMBDA, "test-mm1");
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.constant(1, BITS, 1e20, rate(s)), exponential, rec);

    double mu = 1 / SERVICE_S;
    double expected = 1 / (mu - LAMBDA);
    double[] est = batchMeans(rec.requests, 100, s.durationS() - 10);
    assertThat(Math.abs(est[0] - expected)).as("|%f - %f| within CI ±%f", est[0], expected, est[1])
        .isLessThanOrEqualTo(est[1]);
    assertThat(Math.abs(est[0] - expected) / expected).isLessThan(0.02);
  }
}
