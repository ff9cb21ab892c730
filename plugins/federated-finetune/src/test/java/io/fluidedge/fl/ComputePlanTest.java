package io.fluidedge.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CPU frequency and batch from the deadline and energy share, against brute force on a grid. */
class ComputePlanTest {

  private static final double C = 5.6e8;
  private static final double KAPPA = 1e-28;
  private static final double F_MIN = 0.5e9;
  private static final double F_MAX = 2e9;

  /**
   * Brute force: every batch in [B_min, B_max] and 20,001 frequencies on [f_min, f_max]; the
   * largest batch with a frequency meeting both T ≤ t and E ≤ e is the plan's, and no feasible
   * frequency for it spends less energy than the plan's.
   */
  @ParameterizedTest
  @CsvSource({
      "8.24, 16.4, 1, 64",    // latency binds (f = f_max territory)
      "8.24, 1.82, 1, 64",    // energy binds, frequency above the floor
      "20, 0.05, 1, 64",      // energy binds at the frequency floor
      "2, 100, 1, 5",         // batch-max binds
      "30, 3, 2, 1000",       // mixed
      "0.3, 0.01, 1, 64"})    // nothing fits: no plan
  void plan_matchesBruteForce(double deadlineS, double energyJ, int bMin, int bMax) {
    ComputePlan plan = ComputePlan.of(C, 1, KAPPA, F_MIN, F_MAX, bMin, bMax, deadlineS, energyJ);
    int bestBatch = -1;
    double bestEnergy = Double.POSITIVE_INFINITY;
    int grid = 20_000;
    for (int b = bMin; b <= bMax; b++) {
      double minE = Double.POSITIVE_INFINITY;
      for (int g = 0; g <= grid; g++) {
        double f = F_MIN + g * (F_MAX - F_MIN) / grid;
        double t = C * b / f;
        double e = KAPPA * C * b * f * f;
        if (t <= deadlineS && e <= energyJ) {
          minE = Math.min(minE, e);
        }
      }
      if (minE < Double.POSITIVE_INFINITY) {
        bestBatch = b;
        bestEnergy = minE;
      }
    }
    if (bestBatch < 0) {
      assertThat(plan).isNull();
      return;
    }
    assertThat(plan).isNotNull();
    assertThat(plan.batch()).isEqualTo(bestBatch);
    assertThat(plan.computeS()).isLessThanOrEqualTo(deadlineS * (1 + 1e-12));
    assertThat(plan.computeJ()).isLessThanOrEqualTo(energyJ * (1 + 1e-12));
    assertThat(plan.computeJ()).isLessThanOrEqualTo(bestEnergy * (1 + 1e-12));
    assertThat(plan.cpuHz()).isBetween(F_MIN, F_MAX);
    // Above the frequency floor the deadline is met with equality.
    if (plan.cpuHz() > F_MIN) {
      assertThat(plan.computeS()).isCloseTo(deadlineS, within(1e-12 * deadlineS));
    }
  }

  /** The continuous optimum B* meets the binding budget with equality. */
  @ParameterizedTest
  @CsvSource({"8.24, 1.82", "20, 0.05", "8.24, 16.4"})
  void continuousBatch_meetsTheBindingBudgetWithEquality(double deadlineS, double energyJ) {
    ComputePlan plan = ComputePlan.of(C, 1, KAPPA, F_MIN, F_MAX, 1, Integer.MAX_VALUE, deadlineS,
        energyJ);
    // B + 1 must break a budget at its cheapest deadline-meeting frequency.
    int b = plan.batch() + 1;
    double f = Math.max(F_MIN, C * b / deadlineS);
    boolean breaks = f > F_MAX || KAPPA * C * b * f * f > energyJ;
    assertThat(breaks).isTrue();
  }
}
