package io.fluidedge.optimize;

import io.fluidedge.Fixtures;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.OptimizerSettings;
import java.util.Arrays;

public class Smoke {
  public static void main(String[] a) {
    var s = Fixtures.scenario();
    OptimizerSettings fs = s.optimizer();
    for (int rep = 0; rep < 3; rep++) {
      double cold = 0, warmT = 0; int it = 0, itw = 0;
      for (long seed = 1; seed <= 200; seed++) {
        Problem p = Fixtures.problem(s, seed);
        Solution sol = BcdPolicy.joint(fs, p.panel(), 8).solve(p, null);
        Solution w = BcdPolicy.joint(fs, p.panel(), 8).solve(Fixtures.problem(s, seed + 1000), sol.allocation());
        cold += sol.wallMs(); warmT += w.wallMs(); it += sol.iterations(); itw += w.iterations();
      }
      System.out.println("cold ms " + cold / 200 + " it " + it / 200.0 + " warm ms " + warmT / 200 + " it " + itw / 200.0);
    }
    if (a.length == 0) return;
    for (String solver : new String[] {"FAST", "PAPER"}) {
      OptimizerSettings set = s.optimizer().withSolver(OptimizerSettings.Solver.valueOf(solver)).withPolicy("joint");
      for (long seed = 1; seed <= 3; seed++) {
        Problem p = Fixtures.problem(s, seed);
        Panel panel = p.panel();
        Solution sol = BcdPolicy.joint(set, panel, 8).solve(p, null);
        Solution fpa = BcdPolicy.fpa(set, panel, 8).solve(p, null);
        System.out.println(solver + " seed " + seed + " joint " + Arrays.toString(sol.lossHistory()) + " it=" + sol.iterations() + " conv=" + sol.converged() + " ms=" + sol.wallMs() + " rates=" + Arrays.toString(sol.rates()) + " bits=" + Arrays.toString(sol.allocation().bits()));
        System.out.println("   fpa " + Arrays.toString(fpa.lossHistory()) + " rates=" + Arrays.toString(fpa.rates())+ " ms=" + fpa.wallMs());
        Solution warm = BcdPolicy.joint(set, panel, 8).solve(Fixtures.problem(s, seed + 100), sol.allocation());
        System.out.println("   warm " + Arrays.toString(warm.lossHistory()) + " ms=" + warm.wallMs());
      }
    }
  }
}
