package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.traffic.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkSimulationTest {

  @Test
  void run_conservesRequests() {
    TestScenario t = new TestScenario();
    t.users = 3;
    t.durationS = 5;
    t.coherenceS = 0.5;
    t.rateHz = 30;
    Scenario s = t.build();
    CapturingListener rec = new CapturingListener();
    // b·D / (B·R) = 8·151296 / (20e6·0.1) ≈ 0.6 s per request: a heavily loaded uplink.
    RunResult r = SimRuns.run(s, TestPolicies.constant(3, 8, 1e12, 0.1), PluginRegistry.load().trafficSource(s), rec);

    assertThat(r.complete()).isTrue();
    assertThat(r.simulatedS()).isEqualTo(5.0);
    assertThat(r.arrived()).isGreaterThan(300);
    assertThat(r.inFlight()).isPositive();
    assertThat(r.arrived()).isEqualTo(r.completed() + r.inFlight() + r.dropped());
    assertThat(rec.arrived).isEqualTo(r.arrived());
    assertThat(rec.requests).hasSize((int) r.completed());
    assertThat(r.blocks()).isEqualTo(10);
  }

  @Test
  void run_dropsRequestsOfUnknownUsersAndClosesTheSource() {
    Scenario s = new TestScenario().build();
    ListSource source = ListSource.of(new Request(0.1, 0, 1000, 1), new Request(0.2, 7, 1000, 1),
        new Request(0.3, 1, 1000, 1), new Request(5.0, 1, 1000, 1));
    CapturingListener rec = new CapturingListener();
    RunResult r = SimRuns.run(s, TestPolicies.constant(2, 8, 1e14, 5), source, rec);

    assertThat(r.arrived()).as("the request after the duration is not simulated").isEqualTo(3);
    assertThat(r.dropped()).isEqualTo(1);
    assertThat(rec.dropped).isEqualTo(1);
    assertThat(r.completed()).isEqualTo(2);
    assertThat(r.inFlight()).isZero();
    assertThat(source.closed).isTrue();
  }

  @Test
  void blocks_startAtMultiplesOfTheCoherenceTime() {
    TestScenario t = new TestScenario();
    t.durationS = 0.3;
    t.coherenceS = 0.01;
    Scenario s = t.build();
    CapturingListener rec = new CapturingListener();
    RunResult r = SimRuns.run(s, TestPolicies.constant(2, 8, 1e14, 5), ListSource.of(), rec);

    assertThat(r.blocks()).isEqualTo(s.blocks()).isEqualTo(30);
    for (int k = 0; k < rec.blocks.size(); k++) {
      assertThat(rec.blocks.get(k).block()).isEqualTo(k);
      assertThat(rec.blocks.get(k).timeS()).isEqualTo(k * 0.01);
    }
  }

  @Test
  void transmission_spanningBlocks_lastsTheIntegralOfThePiecewiseRates() {
    TestScenario t = new TestScenario();
    t.users = 1;
    t.durationS = 1;
    Scenario s = t.build();
    double tc = s.coherenceS();
    double bandwidth = s.radio().bandwidthHz();
    TestPolicies.Script script = k -> new TestPolicies.Plan(null, new int[] {1},
        new double[] {1e14}, new double[] {0.5 * (k + 1)});
    double arrival = 0.0037;
    double payload = 1e6;
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(script), ListSource.of(new Request(arrival, 0, payload, 1)),
        rec);

    double remaining = payload;
    double time = arrival;
    long k = 0;
    while (true) {
      double end = (k + 1) * tc;
      double rate = bandwidth * 0.5 * (k + 1);
      if ((end - time) * rate >= remaining) {
        time += remaining / rate;
        break;
      }
      remaining -= (end - time) * rate;
      time = end;
      k++;
    }
    RequestRecord r = rec.request(0);
    assertThat(k).as("blocks spanned").isGreaterThanOrEqualTo(3);
    assertThat(r.uplinkStartS()).isEqualTo(arrival);
    assertThat(r.uplinkDoneS()).isCloseTo(time, within(1e-9 * time));
  }

  @Test
  void arrival_atABlockBoundary_seesTheNewBlocksAllocation() {
    Scenario s = new TestScenario().build();
    double boundary = 2 * s.coherenceS();
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(TestPolicies.bitsPerBlock(2)),
        ListSource.of(new Request(Math.nextDown(boundary), 0, 1000, 1),
            new Request(boundary, 1, 1000, 1)), rec);

    assertThat(rec.request(0).bits()).as("just before the boundary: block 1").isEqualTo(2);
    assertThat(rec.request(1).bits()).as("at the boundary: block 2").isEqualTo(3);
  }

  @Test
  void zeroRate_transmitsNothingUntilTheRateTurnsPositive() {
    TestScenario t = new TestScenario();
    t.users = 1;
    Scenario s = t.build();
    TestPolicies.Script script = k -> new TestPolicies.Plan(null, new int[] {1},
        new double[] {1e14}, new double[] {k == 0 ? 0 : 1});
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(script), ListSource.of(new Request(0.002, 0, 1e5, 1)),
        rec);

    double expected = s.coherenceS() + 1e5 / s.radio().bandwidthHz();
    assertThat(rec.request(0).uplinkDoneS()).isCloseTo(expected, within(1e-15));
  }

  @Test
  void stopRequested_endsTheRunEarlyAndStillConserves() {
    TestScenario t = new TestScenario();
    t.durationS = 10;
    t.rateHz = 50;
    Scenario s = t.build();
    AtomicInteger polls = new AtomicInteger();
    RunResult r = NetworkSimulation.run(s, new Components(GeometricChannel.of(s.radio()),
        new io.fluidedge.inference.PsnrAccuracy(-1, 1), TestPolicies.constant(2, 8, 1e12, 0.5),
        PluginRegistry.load().trafficSource(s)), new RunListener() {}, () -> polls.incrementAndGet() > 20);

    assertThat(r.complete()).isFalse();
    assertThat(r.simulatedS()).isLessThan(1.0);
    assertThat(r.blocks()).isLessThanOrEqualTo(21);
    assertThat(r.arrived()).isEqualTo(r.completed() + r.inFlight() + r.dropped());
  }

  @Test
  void spans_areRecordedWhenWanted() {
    Scenario s = new TestScenario().build();
    CapturingListener rec = new CapturingListener(true);
    SimRuns.run(s, TestPolicies.constant(2, 8, 1e12, 5),
        ListSource.of(new Request(0.1, 1, 1000, 1)), rec);

    assertThat(rec.spans).extracting(CapturingListener.Span::entity)
        .containsExactly("user 1 uplink", "server user 1");
    RequestRecord r = rec.request(0);
    assertThat(rec.spans.get(0).startS()).isEqualTo(r.uplinkStartS());
    assertThat(rec.spans.get(1).endS()).isEqualTo(r.doneS());
  }

  @Test
  void blockRecords_carryTheDecision() {
    Scenario s = new TestScenario().build();
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(TestPolicies.bitsPerBlock(2)), ListSource.of(), rec);

    BlockRecord b = rec.blocks.get(3);
    assertThat(b.bits()).containsExactly(4, 4);
    assertThat(b.positionsM()).hasNumberOfRows(s.radio().bsAntennas());
  }

  @Test
  void traceSource_resolvesBesideTheScenarioFileAndReplaysEveryRow(@TempDir Path dir)
      throws Exception {
    Scenario s = traceScenario(dir, "replay-test-trace.csv",
        "time_s,user,features\n0.1,0,1000\n0.2,1,2000\n0.2,0,500\n0.9,1,1000\n", 0.5);
    CapturingListener rec = new CapturingListener();
    RunResult r = SimRuns.run(s, TestPolicies.constant(2, 8, 1e14, 5), PluginRegistry.load().trafficSource(s), rec);

    assertThat(r.arrived()).isEqualTo(3);
    assertThat(r.completed()).isEqualTo(3);
    assertThat(rec.requests).extracting(RequestRecord::features)
        .containsExactlyInAnyOrder(1000.0, 2000.0, 500.0);
  }

  /** The test scenario replaying {@code text}, written as {@code name} beside its scenario file. */
  private static Scenario traceScenario(Path dir, String name, String text, double durationS)
      throws IOException {
    Files.writeString(dir.resolve(name), text);
    TestScenario t = new TestScenario();
    t.source = "trace";
    t.trace = name;
    t.sourceFile = dir.resolve("scenario.yaml").toString();
    t.durationS = durationS;
    return t.build();
  }

  /**
   * A run stopped early while its trace is read ahead (or, on one processor, read on its own
   * thread) ends with every request accounted for and leaves no reading thread behind.
   */
  @Test
  void stopRequested_duringATraceReplay_endsAndStopsTheReadingThreads(@TempDir Path dir)
      throws Exception {
    StringBuilder trace = new StringBuilder("time_s,user,features\n");
    for (int i = 0; i < 200_000; i++) {
      trace.append(i * 5e-4).append(',').append(i % 2).append(",1000\n");
    }
    Scenario s = traceScenario(dir, "long-trace.csv", trace.toString(), 100);
    AtomicInteger polls = new AtomicInteger();
    RunResult r = NetworkSimulation.run(s, new Components(GeometricChannel.of(s.radio()),
        new io.fluidedge.inference.PsnrAccuracy(-1, 1), TestPolicies.constant(2, 8, 1e14, 0.5),
        PluginRegistry.load().trafficSource(s)), new RunListener() {},
        () -> polls.incrementAndGet() > 20);

    assertThat(r.complete()).isFalse();
    assertThat(r.arrived()).isPositive().isLessThan(200_000)
        .isEqualTo(r.completed() + r.inFlight() + r.dropped());
    // A thread joined is no longer alive, but the JVM may list it for a moment longer.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (readingThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .noneMatch(name -> name.contains("long-trace.csv"));
  }

  private static long readingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().contains("long-trace.csv")).count();
  }
}
