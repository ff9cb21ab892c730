package example.policy;

import io.fluidedge.link.UplinkRates;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.plugin.PluginContext;
import io.fluidedge.plugin.PolicyProvider;
import io.fluidedge.plugin.Provider;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Positions;
import java.util.Arrays;

/**
 * Antennas fixed on the panel diagonal, equal CPU shares, and for each user the bits that
 * minimise the loss J at those rates, found by evaluating every candidate: a policy written only
 * against the public rate and loss functions.
 */
public final class BestBits implements Policy {

  @Override
  public Solution solve(Problem problem, Allocation warm) {
    long t0 = System.nanoTime();
    int users = problem.users();
    Positions positions = Layouts.diagonal(problem.panel(), problem.antennas());
    double[] rates = UplinkRates.rates(problem.channel(), positions);
    double[] cpu = new double[users];
    Arrays.fill(cpu, problem.cpuHz() / users);
    int[] bits = new int[users];
    Arrays.fill(bits, problem.bitsMin());
    Loss start = Loss.evaluate(problem, rates, bits, cpu);
    // J is a sum over users, so each user's bits can be chosen alone: try every value.
    for (int k = 0; k < users; k++) {
      double best = Double.POSITIVE_INFINITY;
      int[] candidate = bits.clone();
      for (int b = problem.bitsMin(); b <= problem.bitsMax(); b++) {
        candidate[k] = b;
        double j = Loss.evaluate(problem, rates, candidate, cpu).total();
        if (j < best) {
          best = j;
          bits[k] = b;
        }
      }
    }
    Loss loss = Loss.evaluate(problem, rates, bits, cpu);
    double wallMs = (System.nanoTime() - t0) / 1e6;
    return new Solution(new Allocation(positions, bits, cpu), rates, loss,
        new double[] {start.total(), loss.total()}, 1, true, wallMs);
  }

  /** The provider. */
  public static final class Provider implements PolicyProvider {
    @Override
    public String name() {
      return "best-bits";
    }

    @Override
    public String description() {
      return "diagonal antennas, equal CPU, each user's best bits by exhaustive search";
    }

    @Override
    public Policy create(PluginContext context) {
      return new BestBits();
    }
  }
}
