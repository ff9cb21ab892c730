package io.fluidedge.bench;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.BcdPolicy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Streams;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Solve times of the joint policy: cold starts, and warm starts from the previous solve's
 * allocation on the next block's channel, drawn by the scenario's block-to-block process:
 * {@code gauss-markov} (the default scenario's: path gains with correlation J0(2π·10 Hz·10 ms) =
 * 0.90, angles kept) or {@code iid} (an independent draw, where the previous positions carry no
 * information). The channel model is {@code geometric} unless {@code -p channel=correlated}. Run:
 * {@code mvn -B -Pbench package -DskipTests && java -jar target/benchmarks.jar SolverBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SolverBench {

  /**
   * "KxNxM" problem sizes: the reference cell, a medium one, and the large cells K·N = 32 and 64
   * with M = 32, 64 and 128 (M = 128 on an 8λ panel, see {@link #panel}).
   */
  @Param({"4x2x8", "8x2x32", "16x2x32", "64x1x64", "16x2x128"})
  public String size;

  /** fast | paper. */
  @Param({"fast"})
  public String solver;

  /** Block-to-block channel process: gauss-markov | iid. */
  @Param({"gauss-markov", "iid"})
  public String evolution;

  /** Channel model: geometric | correlated (e.g. {@code -p channel=correlated}). */
  @Param({"geometric"})
  public String channel;

  private Scenario scenario;
  private ChannelProcess channels;
  private BcdPolicy policy;
  private PsnrAccuracy accuracy;
  private Allocation previous;
  private Problem next;

  /** Builds the scenario for the size. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] p = size.split("x");
    scenario = ScenarioLoader.load("radio: {users: " + p[0] + ", user-antennas: " + p[1]
        + ", bs-antennas: " + p[2] + panel(p[2]) + ", evolution: " + evolution + ", channel: "
        + channel
        + "}\noptimizer: {solver: "
        + solver + "}\n", "bench",
        List.of());
    OptimizerSettings settings = scenario.optimizer();
    channels = new ChannelProcess(PluginRegistry.load().channelModel(scenario),
        scenario.radio().evolution(), scenario.radio().dopplerHz(), scenario.coherenceS(),
        Streams.of(1, Streams.CHANNEL));
    accuracy = new PsnrAccuracy(-1, 1);
    Panel panel = Panel.of(scenario.radio());
    policy = BcdPolicy.joint(settings, panel, scenario.radio().bsAntennas(),
        Streams.of(1, Streams.POSITIONS));
    previous = policy.solve(problem(), null).allocation();
  }

  /** The next block's channel for the next invocation. */
  @Setup(Level.Invocation)
  public void draw() {
    next = problem();
  }

  private Problem problem() {
    return Problem.of(scenario, channels.next(), accuracy);
  }

  /** Warm start from the previous solve's allocation. */
  @Benchmark
  public Solution warm() {
    Solution s = policy.solve(next, previous);
    previous = s.allocation();
    return s;
  }

  /** Cold start from the spread layout. */
  @Benchmark
  public Solution cold() {
    return policy.solve(next, null);
  }

  /**
   * The default 4λ panel holds at most 81 antennas at D_min = λ/2; larger M get an 8λ panel
   * (up to 289).
   */
  static String panel(String antennas) {
    return Integer.parseInt(antennas) > 81 ? ", panel-wavelengths: 8" : "";
  }
}
