package io.fluidedge.radio;

/**
 * The row kernel shared by the built-in channels: a superposition of plane waves at the BS,
 * h[n](r) = Σ_q exp(−j·(kx_q·x + ky_q·y))·U[q, n], and its gradient
 * ∂h[n]/∂x = Σ_q (−j·kx_q)·exp(−j·(kx_q·x + ky_q·y))·U[q, n] (ky_q for y).
 *
 * <p>The field-response channel is this form with one wave per path (U = diag(σ)·G); the
 * correlated-port channel evaluates its kriging interpolation through the same form (see
 * {@link PortBasis}). Subclasses set the waves once in their constructor ({@link #waves}).
 * Immutable apart from scratch arrays for the phasors, so one instance must not be evaluated
 * from several threads at once.
 */
abstract class PlaneWaveChannel implements UserChannel {

  private final int antennas;
  private final double txPower;
  private double[] kx;
  private double[] ky;
  private double[] uRe;
  private double[] uIm;
  private double[] conjRe;
  private double[] conjIm;

  /**
   * @param antennas N
   * @param txPower  p_k (total over the user's antennas; σ² = 1)
   */
  PlaneWaveChannel(int antennas, double txPower) {
    if (!(txPower >= 0) || !Double.isFinite(txPower)) {
      throw new IllegalArgumentException("tx power must be finite and >= 0: " + txPower);
    }
    this.antennas = antennas;
    this.txPower = txPower;
  }

  /**
   * Sets the waves (arrays kept, not copied).
   *
   * @param kx  wave-vector x components, rad/m (length Q)
   * @param ky  wave-vector y components, rad/m (length Q)
   * @param uRe Re U, row-major Q × N
   * @param uIm Im U, row-major Q × N
   */
  final void waves(double[] kx, double[] ky, double[] uRe, double[] uIm) {
    this.kx = kx;
    this.ky = ky;
    this.uRe = uRe;
    this.uIm = uIm;
    conjRe = new double[kx.length];
    conjIm = new double[kx.length];
  }

  @Override
  public final int antennas() {
    return antennas;
  }

  @Override
  public final double txPower() {
    return txPower;
  }

  /** exp(−j·(kx_q·x + ky_q·y)) for every wave into conjRe, conjIm. */
  private void conjugateResponses(double x, double y) {
    for (int q = 0; q < kx.length; q++) {
      Phasor.into(-(kx[q] * x + ky[q] * y), conjRe, conjIm, q, q);
    }
  }

  @Override
  public final void row(double x, double y, double[] re, double[] im) {
    int waves = kx.length;
    double[] cr = conjRe;
    double[] ci = conjIm;
    conjugateResponses(x, y);
    for (int n = 0; n < antennas; n++) {
      double sr = 0;
      double si = 0;
      for (int q = 0, i = n; q < waves; q++, i += antennas) {
        sr += cr[q] * uRe[i] - ci[q] * uIm[i];
        si += cr[q] * uIm[i] + ci[q] * uRe[i];
      }
      re[n] = sr;
      im[n] = si;
    }
  }

  /**
   * h(x, y) and its derivatives, element n at index offset + n (all modified):
   * ∂h[n]/∂x = Σ_q (−j·kx_q)·exp(−j·(kx_q·x + ky_q·y))·U[q, n], likewise y.
   */
  @Override
  public final void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
      double[] dxIm, double[] dyRe, double[] dyIm, int offset) {
    int waves = kx.length;
    double[] cr = conjRe;
    double[] ci = conjIm;
    conjugateResponses(x, y);
    for (int n = 0; n < antennas; n++) {
      double sr = 0;
      double si = 0;
      double xr = 0;
      double xi = 0;
      double yr = 0;
      double yi = 0;
      for (int q = 0, i = n; q < waves; q++, i += antennas) {
        double tr = cr[q] * uRe[i] - ci[q] * uIm[i];
        double ti = cr[q] * uIm[i] + ci[q] * uRe[i];
        sr += tr;
        si += ti;
        // (−j·k)·(tr + j·ti) = k·ti − j·k·tr
        xr += kx[q] * ti;
        xi -= kx[q] * tr;
        yr += ky[q] * ti;
        yi -= ky[q] * tr;
      }
      re[offset + n] = sr;
      im[offset + n] = si;
      dxRe[offset + n] = xr;
      dxIm[offset + n] = xi;
      dyRe[offset + n] = yr;
      dyIm[offset + n] = yi;
    }
  }
}
