package io.fluidedge.link;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * The optimal receive combiner W_k = C_k⁻¹·H_k with unit-norm columns (docs/model.md): it attains
 * R_k = log2 det Q − log2 det C_k, the data-processing bound, since the rate is invariant to
 * W → W·T for invertible T (column scaling included).
 */
public final class ClosedFormCombiner {

  private ClosedFormCombiner() {
  }

  /**
   * W_k for user k.
   *
   * @param c C_k (M × M, interference plus noise seen by user k)
   * @param h H_k (M × N)
   */
  public static ZMatrixRMaj combiner(ZMatrixRMaj c, ZMatrixRMaj h) {
    int m = c.numRows;
    double[] inv = new double[2 * m * m];
    Hermitian.invert(c.data, m, inv, new double[2 * m * m]);
    ZMatrixRMaj cInv = new ZMatrixRMaj(m, m);
    System.arraycopy(inv, 0, cInv.data, 0, inv.length);
    ZMatrixRMaj w = new ZMatrixRMaj(m, h.numCols);
    CommonOps_ZDRM.mult(cInv, h, w);
    UplinkRates.normalizeColumns(w);
    return w;
  }
}
