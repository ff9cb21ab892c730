package io.fluidedge.reproduce;

import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.radio.Channel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.List;

/**
 * The base scenario of every figure and the one solve each draw performs.
 *
 * <p>The scenario is {@code scenarios/default.yaml}'s values, built from the defaults resource
 * plus {@link #OVERRIDES} (the keys where that file differs from the defaults), so that
 * {@code reproduce} does not depend on the working directory. A test keeps the two in step.
 */
public final class Reference {

  /** The keys where {@code scenarios/default.yaml} differs from the defaults resource. */
  public static final List<String> OVERRIDES = List.of(
      "radio.evolution=gauss-markov",
      "model.sensitivity=1.4e-4",
      "model.bits-max=16");

  private Reference() {
  }

  /**
   * The reference scenario with further {@code key.path=value} overrides applied after
   * {@link #OVERRIDES}.
   *
   * @throws io.fluidedge.scenario.InputException if an override is bad
   */
  public static Scenario scenario(List<String> overrides) {
    return scenario(List.of(), overrides);
  }

  /**
   * The reference scenario with the user's {@code base} overrides ({@code reproduce --set}) and
   * then a figure's own {@code figure} overrides applied after {@link #OVERRIDES}: a figure's
   * own key (the value it varies) wins over the same key in {@code base}.
   *
   * @throws io.fluidedge.scenario.InputException if an override is bad
   */
  public static Scenario scenario(List<String> base, List<String> figure) {
    List<String> all = new ArrayList<>(OVERRIDES);
    all.addAll(base);
    all.addAll(figure);
    return ScenarioLoader.load("", "<reproduce>", all);
  }

  /**
   * Solves one channel draw cold with a fresh instance of the scenario's policy.
   *
   * @param registry where the channel model, accuracy model and policy come from
   * @param s        the scenario (its seed is ignored)
   * @param draw     the draw number (≥ 1): the channel is the first draw of
   *                 {@code Streams.of(draw, CHANNEL)}, the same for every configuration
   */
  public static Solution solve(PluginRegistry registry, Scenario s, long draw) {
    Channel channel = registry.channelModel(s).draw(Streams.of(draw, Streams.CHANNEL));
    Problem problem = Problem.of(s, channel, registry.accuracyModel(s));
    return registry.policy(s).solve(problem, null);
  }

  /**
   * Every configuration solved cold on draws 1..{@code draws}, on {@code threads} threads: element
   * [c][d] is configuration c on draw d + 1, the same for any number of threads.
   *
   * @param registry where the channel model, accuracy model and policy come from
   * @param configs  the configurations
   * @param draws    draws per configuration (&ge; 1)
   * @param threads  pool size (&ge; 1)
   */
  public static List<List<Solution>> solveAll(PluginRegistry registry, List<Scenario> configs,
      int draws, int threads) {
    List<Solution> flat = Draws.map(configs.size() * draws, threads,
        i -> solve(registry, configs.get(i / draws), i % draws + 1));
    List<List<Solution>> out = new ArrayList<>(configs.size());
    for (int c = 0; c < configs.size(); c++) {
      out.add(List.copyOf(flat.subList(c * draws, (c + 1) * draws)));
    }
    return out;
  }

  /** The mean of a solution's per-user accuracy (PSNR, dB, with the default model). */
  public static double meanAccuracy(Solution solution) {
    double[] acc = solution.loss().accuracy();
    double sum = 0;
    for (double a : acc) {
      sum += a;
    }
    return sum / acc.length;
  }

  /** A number as a scenario override value (Java's shortest round-trip text). */
  static String value(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
