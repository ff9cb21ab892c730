package io.fluidedge.sim;

import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Positions;
import java.util.Arrays;

/** Policies with known outputs, for checking the simulator against hand computations. */
final class TestPolicies {

  private TestPolicies() {
  }

  /** What a scripted policy returns at block k (positions null: the spread layout). */
  record Plan(Positions positions, int[] bits, double[] cpuHz, double[] rates) {
  }

  /** A policy that returns {@code script.plan(k)} at its k-th call, whatever the channel. */
  interface Script {
    Plan plan(long block);
  }

  static Policy scripted(Script script) {
    return new Policy() {
      private long block;

      @Override
      public Solution solve(Problem problem, Allocation warm) {
        Plan plan = script.plan(block++);
        Positions positions = plan.positions() != null ? plan.positions()
            : Layouts.spread(problem.panel(), problem.antennas());
        return solution(problem, positions, plan.bits(), plan.cpuHz(), plan.rates());
      }
    };
  }

  /** The same bits, CPU share and rate for every user and block. */
  static Policy constant(int users, int bits, double cpuHz, double rate) {
    int[] b = new int[users];
    double[] f = new double[users];
    double[] r = new double[users];
    Arrays.fill(b, bits);
    Arrays.fill(f, cpuHz);
    Arrays.fill(r, rate);
    return scripted(k -> new Plan(null, b, f, r));
  }

  static Solution solution(Problem p, Positions positions, int[] bits, double[] cpuHz,
      double[] rates) {
    Loss loss = Loss.evaluate(p, rates, bits, cpuHz);
    return new Solution(new Allocation(positions, bits, cpuHz), rates, loss,
        new double[] {loss.total()}, 0, true, 0);
  }

  /** Block k gives every user k + 1 bits (rate 5 bit/s/Hz, 1e14 cycles/s, spread layout). */
  static Script bitsPerBlock(int users) {
    return k -> {
      int[] b = new int[users];
      double[] f = new double[users];
      double[] r = new double[users];
      Arrays.fill(b, (int) Math.min(32, k + 1));
      Arrays.fill(f, 1e14);
      Arrays.fill(r, 5);
      return new Plan(null, b, f, r);
    };
  }
}
