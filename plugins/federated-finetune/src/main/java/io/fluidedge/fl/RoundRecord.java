package io.fluidedge.fl;

import io.fluidedge.radio.Positions;

/**
 * One completed round, as the per-round CSV has it.
 *
 * @param round        r, from 1
 * @param startS       when the round began (selection), s
 * @param clients      the selected pool indices, increasing
 * @param design       the OTA transceiver of the upload
 * @param layout       the antenna positions during the upload
 * @param maxMoveM     the farthest any antenna moved for this round, m
 * @param movementS    T^mov, s
 * @param broadcastS   T^dl, s
 * @param computeS     max_k T_k^cmp, s
 * @param uploadS      T^ota, s
 * @param plan         the clients' CPU frequency and batch
 * @param uploadJ      E_k^ota per selected client, J
 * @param bound        E24 after this round
 * @param perplexity   E25 after this round
 * @param jain         Jain's index of participation after this round
 * @param elapsedS     cumulative latency Σ T_r, s
 * @param spentJ       cumulative energy Σ E_r, J
 */
record RoundRecord(int round, double startS, int[] clients, OtaDesign design, Positions layout,
    double maxMoveM, double movementS, double broadcastS, double computeS, double uploadS,
    ComputePlan plan, double[] uploadJ, double bound, double perplexity, double jain,
    double elapsedS, double spentJ) {

  /** T_r = T^mov + T^dl + max T^cmp + T^ota (E19), s. */
  double latencyS() {
    return movementS + broadcastS + computeS + uploadS;
  }

  /** E_r = Σ_k (E_k^cmp + E_k^ota) (E20), J. */
  double energyJ() {
    double e = clients.length * plan.computeJ();
    for (double u : uploadJ) {
      e += u;
    }
    return e;
  }
}
