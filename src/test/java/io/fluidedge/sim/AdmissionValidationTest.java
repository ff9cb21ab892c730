package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Queues;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Slo;
import io.fluidedge.traffic.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Finite buffers and deadlines against queueing theory. With a static channel, a fixed policy
 * and a server too fast to matter (1e20 cycles/s), user 0's uplink is a single-server FIFO:
 * with exponential request sizes and a buffer of B requests it is M/M/1/B, whose blocking
 * probability and mean sojourn of admitted requests are closed forms; with deterministic sizes
 * it is M/D/1, whose waiting-time distribution (Erlang's formula) gives the share of requests
 * finishing after a deadline. Estimates are batch means over arrival-time batches; each must be
 * within its 95 % confidence interval of the formula.
 */
@Tag("validation")
class AdmissionValidationTest {

  private static final int BATCHES = 20;
  private static final double LAMBDA = 20;
  private static final double SERVICE_S = 0.03;
  private static final int BITS = 8;
  private static final double WARMUP_S = 100;

  /** Every request event with its fate. */
  private static final class Fates implements RunListener {
    final List<double[]> rows = new ArrayList<>(); // arrival, dropped (0/1), sojourn or NaN

    @Override
    public void dropped(RequestRecord r) {
      rows.add(new double[] {r.arrivalS(), 1, Double.NaN});
    }

    @Override
    public void uplinkDone(RequestRecord r) {
      rows.add(new double[] {r.arrivalS(), 0, r.uplinkDoneS() - r.arrivalS()});
    }

    @Override
    public void inFlightAtEnd(RequestRecord r, double endS) {
      if (Double.isNaN(r.uplinkDoneS())) {
        rows.add(new double[] {r.arrivalS(), 0, Double.NaN});
      }
    }
  }

  /** Batch means of {@code value(row)} by arrival time (row[0]) in [warmup, end). */
  private static double[] batchMeans(List<double[]> rows, double endS,
      java.util.function.ToDoubleFunction<double[]> value) {
    return BatchMeans.of(rows, row -> row[0], value, WARMUP_S, endS, BATCHES);
  }

  private static TestScenario base(double durationS) {
    TestScenario t = new TestScenario();
    t.seed = 5;
    t.users = 1;
    t.durationS = durationS;
    t.coherenceS = durationS / 10;
    t.rateHz = LAMBDA;
    return t;
  }

  /** R such that a request of D elements at b bits takes SERVICE_S to send. */
  private static double rate(Scenario s) {
    return BITS * s.model().featureElements() / (s.radio().bandwidthHz() * SERVICE_S);
  }

  /** Poisson arrivals of exponentially distributed sizes (mean D) for user 0. */
  private static TrafficSource exponentialSizes(Scenario s) {
    return ExponentialSizes.of(s, LAMBDA, "test-mm1b");
  }

  @Test
  void uplink_bufferOfThreeRequests_matchesMm1bBlockingAndSojourn() {
    int buffer = 3;
    TestScenario t = base(20_000);
    t.queues = new Queues(buffer, 0);
    Scenario s = t.build();
    Fates fates = new Fates();
    RunResult r = SimRuns.run(s, TestPolicies.constant(1, BITS, 1e20, rate(s)),
        exponentialSizes(s), fates);

    double rho = LAMBDA * SERVICE_S;
    double blocking = (1 - rho) * Math.pow(rho, buffer) / (1 - Math.pow(rho, buffer + 1));
    double inSystem = rho / (1 - rho)
        - (buffer + 1) * Math.pow(rho, buffer + 1) / (1 - Math.pow(rho, buffer + 1));
    double sojourn = inSystem / (LAMBDA * (1 - blocking));
    double end = s.durationS() - 10;
    double[] dropped = batchMeans(fates.rows, end, row -> row[1]);
    double[] admitted = batchMeans(fates.rows, end, row -> row[2]);

    assertThat(r.dropped()).isGreaterThan(30_000);
    assertThat(Math.abs(dropped[0] - blocking)).as("blocking |%f - %f| within ±%f", dropped[0],
        blocking, dropped[1]).isLessThanOrEqualTo(dropped[1]);
    assertThat(Math.abs(admitted[0] - sojourn)).as("sojourn |%f - %f| within ±%f", admitted[0],
        sojourn, admitted[1]).isLessThanOrEqualTo(admitted[1]);
    assertThat(r.arrived()).isEqualTo(r.completed() + r.inFlight() + r.dropped() + r.expired());
  }

  /**
   * P(W ≤ t) of M/D/1 with arrival rate λ and service D (Erlang 1909):
   * (1 − ρ)·Σ_{k=0}^{⌊t/D⌋} (λ(kD − t))^k / k! · e^{−λ(kD − t)}.
   */
  static double md1WaitCdf(double lambda, double serviceS, double t) {
    double sum = 0;
    double factorial = 1;
    for (int k = 0; k <= (int) Math.floor(t / serviceS); k++) {
      factorial *= k == 0 ? 1 : k;
      double x = lambda * (k * serviceS - t);
      sum += Math.pow(x, k) / factorial * Math.exp(-x);
    }
    return (1 - lambda * serviceS) * sum;
  }

  @Test
  void md1WaitCdf_matchesKnownValues() {
    assertThat(md1WaitCdf(LAMBDA, SERVICE_S, 0)).isCloseTo(1 - LAMBDA * SERVICE_S,
        org.assertj.core.data.Offset.offset(1e-15));
    // One term below D: (1 − ρ)·e^{λt}; large t: 1.
    assertThat(md1WaitCdf(LAMBDA, SERVICE_S, 0.02)).isCloseTo(0.4 * Math.exp(0.4),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(md1WaitCdf(LAMBDA, SERVICE_S, 0.6)).isCloseTo(1, org.assertj.core.data.Offset
        .offset(1e-6));
  }

  @Test
  void uplink_deterministicService_missFractionMatchesMd1WaitingTime() throws Exception {
    double deadlineS = 0.08;
    TestScenario t = base(20_000);
    t.slo = new Slo(deadlineS, false);
    Scenario s = t.build();
    Fates fates = new Fates();
    RunRecorder rec = new RunRecorder(1, 100, false, false, null, null, WARMUP_S, deadlineS);
    RunResult r = SimRuns.run(s, TestPolicies.constant(1, BITS, 1e20, rate(s)),
        PluginRegistry.load().trafficSource(s), io.fluidedge.metrics.RunListener.tee(fates, rec));
    rec.finish(r.simulatedS());
    JsonNode slo = new ObjectMapper().readTree(RunOutputs.summaryJson(RunInfo.of(s.name(),
        s.seed(), true, r.simulatedS(), r.inFlight()), rec)).get("slo");
    rec.close();

    // The server adds c·S/f ≈ 3e-10 s, far below the resolution of the estimate.
    double miss = 1 - md1WaitCdf(LAMBDA, SERVICE_S, deadlineS - SERVICE_S);
    double[] est = batchMeans(fates.rows, s.durationS() - 10,
        row -> Double.isNaN(row[2]) ? Double.NaN : row[2] > deadlineS - 1e-9 ? 1 : 0);
    assertThat(miss).isBetween(0.14, 0.16);
    assertThat(Math.abs(est[0] - miss)).as("miss |%f - %f| within ±%f", est[0], miss, est[1])
        .isLessThanOrEqualTo(est[1]);
    double recorded = 1 - slo.get("slo_attainment").asDouble();
    assertThat(Math.abs(recorded - miss)).as("summary.json miss |%f - %f| within ±%f", recorded,
        miss, est[1]).isLessThanOrEqualTo(est[1]);
    assertThat(slo.get("slo_met").asLong() / (s.durationS() - WARMUP_S))
        .isCloseTo(slo.get("goodput_rps").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
  }
}
