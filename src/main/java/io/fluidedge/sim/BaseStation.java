package io.fluidedge.sim;

/**
 * The base station: holds the uplink rate R_k in force for every user (bit/s/Hz) and tells a
 * device when its rate B·R_k changes. The receive combiners are implicit in the rates (closed form,
 * or the paper solver's own combiners for the block they were solved for).
 */
final class BaseStation {

  private final double bandwidthHz;
  private final UserDevice[] users;
  private final double[] ratesBpsHz;

  BaseStation(double bandwidthHz, UserDevice[] users) {
    this.bandwidthHz = bandwidthHz;
    this.users = users;
    this.ratesBpsHz = new double[users.length];
  }

  /**
   * Puts new rates in force; devices whose rate changed re-time their transmission.
   *
   * @param rates R_k per user, bit/s/Hz (finite, ≥ 0)
   */
  void setRates(double[] rates) {
    for (int k = 0; k < users.length; k++) {
      if (rates[k] != ratesBpsHz[k]) {
        ratesBpsHz[k] = rates[k];
        users[k].setRate(bandwidthHz * rates[k]);
      }
    }
  }
}
