package io.fluidedge.bench;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.BcdPolicy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Streams;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Thread CPU time of warm joint solves along one trajectory of blocks: the problem of
 * {@link SolverBench} (geometric channel, next block drawn by {@code gauss-markov}, each solve
 * warm-started from the previous one's allocation), timed with {@code ThreadMXBean} so that a
 * machine shared with other work moves the figures far less than it moves JMH's wall times.
 * Prints, per size, the median and quartiles of the counted solves, the mean BCD iterations, the
 * mean loss J and a hash of every counted solve's J and positions (equal hashes: the same
 * trajectory, bit for bit).
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}): {@code java -cp
 * target/benchmarks.jar io.fluidedge.bench.WarmSolveCpuTime SIZES WARMUP SOLVES}, e.g.
 * {@code ... WarmSolveCpuTime 4x2x8,16x2x32,64x1x64 100 100}; SIZES are K×N×M.
 */
public final class WarmSolveCpuTime {

  private WarmSolveCpuTime() {
  }

  /**
   * Times WARMUP + SOLVES warm solves per size, counting the last SOLVES.
   *
   * @param args SIZES (comma-separated KxNxM) WARMUP SOLVES
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: WarmSolveCpuTime SIZES WARMUP SOLVES");
      System.exit(2);
    }
    int warmup = Integer.parseInt(args[1]);
    int solves = Integer.parseInt(args[2]);
    for (String size : args[0].split(",")) {
      time(size, warmup, solves);
    }
  }

  private static void time(String size, int warmup, int solves) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] p = size.split("x");
    Scenario scenario = ScenarioLoader.load("radio: {users: " + p[0] + ", user-antennas: " + p[1]
        + ", bs-antennas: " + p[2] + SolverBench.panel(p[2]) + ", evolution: gauss-markov}\n",
        "bench", List.of());
    ChannelProcess channels = new ChannelProcess(PluginRegistry.load().channelModel(scenario),
        scenario.radio().evolution(), scenario.radio().dopplerHz(), scenario.coherenceS(),
        Streams.of(1, Streams.CHANNEL));
    PsnrAccuracy accuracy = new PsnrAccuracy(-1, 1);
    BcdPolicy policy = BcdPolicy.joint(scenario.optimizer(), Panel.of(scenario.radio()),
        scenario.radio().bsAntennas(), Streams.of(1, Streams.POSITIONS));
    Allocation previous = policy.solve(Problem.of(scenario, channels.next(), accuracy), null)
        .allocation();
    double[] ms = new double[solves];
    double loss = 0;
    long iterations = 0;
    long hash = 0;
    for (int i = 0; i < warmup + solves; i++) {
      Problem problem = Problem.of(scenario, channels.next(), accuracy);
      long t0 = threads.getCurrentThreadCpuTime();
      Solution s = policy.solve(problem, previous);
      long t1 = threads.getCurrentThreadCpuTime();
      previous = s.allocation();
      if (i >= warmup) {
        ms[i - warmup] = (t1 - t0) / 1e6;
        loss += s.loss().total();
        iterations += s.iterations();
        hash = 31 * hash + Double.doubleToLongBits(s.loss().total())
            + Arrays.hashCode(previous.positions().xs())
            + 17L * Arrays.hashCode(previous.positions().ys());
      }
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%s warm solve: median %.3f ms thread CPU (quartiles %.3f, "
        + "%.3f) over %d solves; mean iterations %.2f, mean J %.9g, hash %016x%n", size,
        ms[solves / 2], ms[solves / 4], ms[3 * solves / 4], solves,
        iterations / (double) solves, loss / solves, hash);
  }
}
