package io.fluidedge.fl;

/**
 * The number of rounds R from the budgets: more rounds contract the initial gap
 * further, but each gets a smaller share of the latency and energy budgets and so a smaller
 * batch, which raises the noise floor. R is the integer in 1..R_max that minimises the bound
 * E24 after R rounds with that R's compute plan ({@link FederatedTraining#budgetPlan}) and an
 * assumed mean OTA MSE (the MSE is not known before the rounds run); a 1-D search over all
 * feasible R, so no convexity in R is assumed.
 */
final class RoundCount {

  private RoundCount() {
  }

  /**
   * R*, or 0 when no R in 1..R_max fits the budgets.
   *
   * @param settings         the settings, with R_max as their rounds
   * @param movementReserveS the antenna-travel time each round reserves, s
   * @param msePrior         the mean OTA MSE assumed in the bound
   */
  static int best(FlSettings settings, double movementReserveS, double msePrior) {
    int best = 0;
    double bestBound = Double.POSITIVE_INFINITY;
    for (int r = 1; r <= settings.rounds(); r++) {
      ComputePlan plan;
      try {
        plan = FederatedTraining.budgetPlan(settings.withChosenRounds(r), movementReserveS);
      } catch (IllegalArgumentException tooMany) {
        continue;
      }
      double b = settings.learning().bound(r, (double) settings.concurrency() * plan.batch(),
          msePrior);
      if (b < bestBound) {
        bestBound = b;
        best = r;
      }
    }
    return best;
  }
}
