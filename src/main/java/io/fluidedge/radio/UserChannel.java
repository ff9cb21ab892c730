package io.fluidedge.radio;

import java.util.Map;

/**
 * One user's channel to the BS in one coherence block, as the optimizer sees it: the rows of
 * H_k (M × N) at any BS antenna positions, their gradient with respect to the position, the
 * user's antenna count N and transmit power p_k.
 *
 * <p>Row m of H_k depends only on the position r_m = (x, y) of BS antenna m, so moving antenna m
 * changes only row m of every H_k; the optimizer relies on this. {@link #row} gives h(r) (length
 * N), {@link #rowWithGradient} also ∂h/∂x and ∂h/∂y, which must be the exact derivatives of
 * {@link #row} (the contract test checks them against finite differences). Implementations:
 * {@link FieldResponseChannel} (Ma et al.'s multipath field response) and {@link PortChannel}
 * (a spatially correlated field interpolated from ports). Instances may keep scratch arrays, so
 * one instance must not be evaluated from several threads at once.
 */
public interface UserChannel {

  /** Number of user antennas N (columns of H_k). */
  int antennas();

  /** Total transmit power p_k over the user's antennas (σ² = 1). */
  double txPower();

  /**
   * Row of H_k at BS point (x, y), m: h[n] into {@code re}, {@code im} (modified, length ≥ N).
   */
  void row(double x, double y, double[] re, double[] im);

  /**
   * Row of H_k at (x, y) and its derivatives ∂h[n]/∂x and ∂h[n]/∂y (per m), element n written at
   * index {@code offset + n} of each array (all modified).
   */
  void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
      double[] dxIm, double[] dyRe, double[] dyIm, int offset);

  /** As {@link #rowWithGradient(double, double, double[], double[], double[], double[],
   * double[], double[], int)} with offset 0. */
  default void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
      double[] dxIm, double[] dyRe, double[] dyIm) {
    rowWithGradient(x, y, re, im, dxRe, dxIm, dyRe, dyIm, 0);
  }

  /**
   * What {@code optimize --dump-channel} prints for this user: everything needed to rebuild
   * H_k at any positions independently. Keys are lower_snake_case with units in the name, in
   * print order; values are {@link String}, {@link Number}, {@code double[]}, {@code double[][]}
   * (rows), or a {@link java.util.List} of such maps (a table). By convention the first keys
   * are {@code form} (the channel's form, naming how to rebuild it) and {@code tx_power}.
   */
  Map<String, Object> describe();
}
