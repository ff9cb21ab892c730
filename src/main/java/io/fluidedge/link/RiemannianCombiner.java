package io.fluidedge.link;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * The paper-faithful combiner: Riemannian gradient ascent of R_k(W) on the oblique manifold
 * (unit-norm columns), as in Jin et al.'s Riemannian step.
 *
 * <p>With f(W) = ln det(WᴴQW) − ln det(WᴴC_kW), the Euclidean gradient is
 * G = 2·[QW(WᴴQW)⁻¹ − C_kW(WᴴC_kW)⁻¹]; its tangent projection is G − W·diag(Re(WᴴG)) column-wise,
 * and the retraction normalises columns. Steps use Armijo backtracking, so the rate never falls.
 * The closed form ({@link ClosedFormCombiner}) reaches the global maximum; this method is kept to
 * reproduce the paper and to show what the closed form buys.
 */
public final class RiemannianCombiner {

  private static final double ARMIJO = 1e-4;

  private final int maxIterations;
  private final double tolerance;

  /**
   * @param maxIterations gradient steps at most
   * @param tolerance     stop when the Riemannian gradient norm falls below this
   */
  public RiemannianCombiner(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /**
   * The result of one ascent.
   *
   * @param combiner   W on the oblique manifold
   * @param rate       R_k(W), bit/s/Hz
   * @param iterations gradient steps taken
   */
  public record Result(ZMatrixRMaj combiner, double rate, int iterations) {
  }

  /**
   * Ascends from {@code start} (not modified; a matched filter H_k is a good start).
   *
   * @param q Q (M × M)
   * @param c C_k (M × M)
   */
  public Result maximize(ZMatrixRMaj q, ZMatrixRMaj c, ZMatrixRMaj start) {
    ZMatrixRMaj w = start.copy();
    UplinkRates.normalizeColumns(w);
    double f = UplinkRates.rate(q, c, w);
    double step = 0.1;
    int it = 0;
    for (; it < maxIterations; it++) {
      ZMatrixRMaj grad = riemannianGradient(q, c, w);
      double norm2 = 0;
      for (double v : grad.data) {
        norm2 += v * v;
      }
      if (Math.sqrt(norm2) < tolerance) {
        break;
      }
      boolean moved = false;
      while (step > 1e-12) {
        ZMatrixRMaj trial = grad.copy();
        CommonOps_ZDRM.scale(step, 0, trial);
        CommonOps_ZDRM.add(w, trial, trial);
        UplinkRates.normalizeColumns(trial);
        double ft = UplinkRates.rate(q, c, trial);
        if (ft >= f + ARMIJO * step * norm2 / Math.log(2)) {
          w = trial;
          f = ft;
          step *= 2;
          moved = true;
          break;
        }
        step /= 2;
      }
      if (!moved) {
        break;
      }
    }
    return new Result(w, f, it);
  }

  /** Tangent projection of the Euclidean gradient of ln det(WᴴQW) − ln det(WᴴCW). */
  static ZMatrixRMaj riemannianGradient(ZMatrixRMaj q, ZMatrixRMaj c, ZMatrixRMaj w) {
    ZMatrixRMaj g = logDetGradient(q, w);
    CommonOps_ZDRM.subtract(g, logDetGradient(c, w), g);
    for (int col = 0; col < w.numCols; col++) {
      double re = 0;
      for (int row = 0; row < w.numRows; row++) {
        re += w.getReal(row, col) * g.getReal(row, col) + w.getImag(row, col) * g.getImag(row, col);
      }
      for (int row = 0; row < w.numRows; row++) {
        g.set(row, col, g.getReal(row, col) - re * w.getReal(row, col),
            g.getImag(row, col) - re * w.getImag(row, col));
      }
    }
    return g;
  }

  /** 2·X·W·(WᴴXW)⁻¹: the real gradient of ln det(WᴴXW) with respect to W. */
  static ZMatrixRMaj logDetGradient(ZMatrixRMaj x, ZMatrixRMaj w) {
    int n = w.numCols;
    ZMatrixRMaj inner = UplinkRates.sandwich(x, w);
    ZMatrixRMaj inv = new ZMatrixRMaj(n, n);
    Hermitian.invert(inner.data, n, inv.data, new double[2 * n * n]);
    ZMatrixRMaj xw = new ZMatrixRMaj(x.numRows, n);
    CommonOps_ZDRM.mult(x, w, xw);
    ZMatrixRMaj g = new ZMatrixRMaj(x.numRows, n);
    CommonOps_ZDRM.mult(2, 0, xw, inv, g);
    return g;
  }
}
