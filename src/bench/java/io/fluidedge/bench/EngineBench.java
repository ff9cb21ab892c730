package io.fluidedge.bench;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Streams;
import io.fluidedge.sim.Components;
import io.fluidedge.sim.NetworkSimulation;
import io.fluidedge.sim.RunResult;
import io.fluidedge.traffic.PoissonSource;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Event-engine throughput with a fixed policy: K = 500 users, each with its uplink and server
 * busy most of the time, so about a thousand events are pending; no recording. The {@code events}
 * counter is events per second. Run:
 * {@code mvn -B -Pbench package -DskipTests && java -jar target/benchmarks.jar EngineBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EngineBench {

  private static final int USERS = 500;

  /** Events and simulated seconds processed, reported per second of wall time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Events processed. */
    public long events;
    /** Simulated time, in milliseconds. */
    public long simulatedMs;
  }

  private Scenario scenario;
  private long seed;

  /** A scenario with a wide panel (M = K = 500) and a tiny model so the server keeps up. */
  @Setup(Level.Trial)
  public void setUp() {
    scenario = ScenarioLoader.load(String.join("\n",
        "duration-s: 0.2",
        "coherence-s: 0.05",
        "radio: {users: " + USERS + ", user-antennas: 1, bs-antennas: " + USERS
            + ", panel-wavelengths: 12, evolution: static}",
        "model: {parameters: 1e4, feature-elements: 1000, bits-min: 8, bits-max: 8}",
        "traffic: {rate-hz: 10000}",
        "output: {plots: false}", ""), "engine-bench", List.of());
  }

  /** One 0.2 s simulation (about 3M events). */
  @Benchmark
  public RunResult run(Counters counters) {
    Scenario s = scenario.withSeed(++seed);
    Components components = new Components(GeometricChannel.of(s.radio()),
        new PsnrAccuracy(-1, 1), new FixedPolicy(),
        new PoissonSource(Streams.of(s.seed(), Streams.TRAFFIC), USERS, 10000, 1000, 0.2));
    RunResult r = NetworkSimulation.run(s, components, new RunListener() {}, () -> false);
    counters.events += r.events();
    counters.simulatedMs += Math.round(r.simulatedS() * 1000);
    return r;
  }

  /** 8 bits, 5 bit/s/Hz and F/K cycles/s for every user, whatever the channel. */
  static final class FixedPolicy implements Policy {
    @Override
    public Solution solve(Problem p, Allocation warm) {
      int[] bits = new int[p.users()];
      double[] cpu = new double[p.users()];
      double[] rates = new double[p.users()];
      Arrays.fill(bits, 8);
      Arrays.fill(cpu, p.cpuHz() / p.users());
      Arrays.fill(rates, 5);
      Loss loss = Loss.evaluate(p, rates, bits, cpu);
      Allocation a = new Allocation(Layouts.spread(p.panel(), p.antennas()), bits, cpu);
      return new Solution(a, rates, loss, new double[] {loss.total()}, 0, true, 0);
    }
  }
}
