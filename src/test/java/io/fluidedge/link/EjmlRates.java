package io.fluidedge.link;

import io.fluidedge.radio.Channel;
import org.ejml.data.ZMatrixRMaj;

/**
 * Reference closed-form rates for tests, through EJML matrices: R_k = log2 det Q − log2 det C_k
 * with Q and each C_k = Σ_{j≠k} H_jP_jH_jᴴ + σ²I assembled by {@link UplinkRates#covariance}
 * (matrix products, C_k built on its own rather than as Q minus user k's term).
 */
final class EjmlRates {

  private EjmlRates() {
  }

  static double[] rates(Channel channel, ZMatrixRMaj[] h) {
    int m = h[0].numRows;
    double[] work = new double[2 * m * m];
    double logDetQ = Hermitian.logDet(UplinkRates.covariance(channel, h, -1).data, m, work);
    double[] r = new double[h.length];
    for (int k = 0; k < h.length; k++) {
      double logDetC = Hermitian.logDet(UplinkRates.covariance(channel, h, k).data, m, work);
      r[k] = Math.max(0.0, (logDetQ - logDetC) / Math.log(2));
    }
    return r;
  }
}
