package io.fluidedge.bench;

import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.reproduce.Reference;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Loss and CPU time of the joint policy's cold solve on the reference scenario's first channel
 * draw, seeds 1..N: the problem {@code optimize scenarios/default.yaml --seed S} solves. Prints
 * one line per seed: seed, loss J (s), thread CPU time of the solve (ms). Compare two builds by
 * running each on the same seeds.
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}): {@code java -cp
 * target/benchmarks.jar io.fluidedge.bench.ColdSolveQuality N [fast|paper] [KEY=VALUE ...]}.
 */
public final class ColdSolveQuality {

  private ColdSolveQuality() {
  }

  /**
   * Solves seeds 1..N cold and prints each one's loss and CPU time.
   *
   * @param args N, then optionally the solver and scenario overrides
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    String solver = args.length > 1 ? args[1] : "fast";
    List<String> extra = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    PluginRegistry registry = PluginRegistry.load();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (long seed = 1; seed <= n; seed++) {
      List<String> overrides = new java.util.ArrayList<>(extra);
      overrides.add("seed=" + seed);
      overrides.add("optimizer.solver=" + solver);
      Scenario s = Reference.scenario(overrides);
      Problem p = Problem.of(s, registry.channelModel(s).draw(Streams.of(seed, Streams.CHANNEL)),
          new PsnrAccuracy(s.model().featureMin(), s.model().featureMax()));
      long start = cpu.getCurrentThreadCpuTime();
      Solution solution = registry.policy(s).solve(p, null);
      double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
      System.out.println(seed + "\t" + solution.loss().total() + "\t" + ms);
    }
  }
}
