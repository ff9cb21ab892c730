package io.fluidedge.radio;

/**
 * One user's field-response channel to the BS (Ma et al. eq. 7): L paths with angles of arrival at
 * the BS, angles of departure at the user, complex path gains σ_q, and the user's fixed antennas.
 *
 * <p>Phase of a point r = (x, y) on path q: ρ_q(r) = x·sinθ_q·cosφ_q + y·cosθ_q. Receive field
 * response f(r) = [exp(j·2π/λ·ρʳ_q(r))]_q, transmit g(t) likewise, and
 * H = Fᴴ·diag(σ)·G (M × N), so row m of H is f(r_m)ᴴ·U with U = diag(σ)·G (L × N).
 * Immutable (the evolution methods return new instances) apart from a two-element scratch array,
 * so one instance must not be evaluated from several threads at once.
 */
public final class UserChannel {

  private final double wavelengthM;
  private final double[] aoaElev;
  private final double[] aoaAzim;
  private final double[] aodElev;
  private final double[] aodAzim;
  private final double[] gainRe;
  private final double[] gainIm;
  private final double[] pathVariance;
  private final double[][] antennaPositionsM;
  private final double txPower;
  // Derived: receive wave-vector components and U = diag(σ)·G, row-major L × N.
  private final double[] kx;
  private final double[] ky;
  private final double[] uRe;
  private final double[] uIm;
  private final double[] conjRe;
  private final double[] conjIm;

  /**
   * @param wavelengthM       λ, m
   * @param aoaElev           θʳ_q, rad
   * @param aoaAzim           φʳ_q, rad
   * @param aodElev           θᵗ_q, rad
   * @param aodAzim           φᵗ_q, rad
   * @param gainRe            Re σ_q
   * @param gainIm            Im σ_q
   * @param pathVariance      E|σ_q|², used by Gauss-Markov evolution
   * @param antennaPositionsM the user's antenna positions t_n = {x, y}, m
   * @param txPower           p_k (total over the user's antennas; σ² = 1)
   */
  public UserChannel(double wavelengthM, double[] aoaElev, double[] aoaAzim, double[] aodElev,
      double[] aodAzim, double[] gainRe, double[] gainIm, double[] pathVariance,
      double[][] antennaPositionsM, double txPower) {
    int paths = aoaElev.length;
    if (aoaAzim.length != paths || aodElev.length != paths || aodAzim.length != paths
        || gainRe.length != paths || gainIm.length != paths || pathVariance.length != paths) {
      throw new IllegalArgumentException("path arrays must all have length L = " + paths);
    }
    if (!(txPower >= 0) || !Double.isFinite(txPower)) {
      throw new IllegalArgumentException("tx power must be finite and >= 0: " + txPower);
    }
    this.wavelengthM = wavelengthM;
    this.aoaElev = aoaElev.clone();
    this.aoaAzim = aoaAzim.clone();
    this.aodElev = aodElev.clone();
    this.aodAzim = aodAzim.clone();
    this.gainRe = gainRe.clone();
    this.gainIm = gainIm.clone();
    this.pathVariance = pathVariance.clone();
    this.antennaPositionsM = new double[antennaPositionsM.length][];
    for (int n = 0; n < antennaPositionsM.length; n++) {
      this.antennaPositionsM[n] = antennaPositionsM[n].clone();
    }
    this.txPower = txPower;
    int antennas = antennaPositionsM.length;
    double k0 = 2 * Math.PI / wavelengthM;
    kx = new double[paths];
    conjRe = new double[paths];
    conjIm = new double[paths];
    ky = new double[paths];
    uRe = new double[paths * antennas];
    uIm = new double[paths * antennas];
    for (int q = 0; q < paths; q++) {
      kx[q] = k0 * Math.sin(aoaElev[q]) * Math.cos(aoaAzim[q]);
      ky[q] = k0 * Math.cos(aoaElev[q]);
      double tx = k0 * Math.sin(aodElev[q]) * Math.cos(aodAzim[q]);
      double ty = k0 * Math.cos(aodElev[q]);
      for (int n = 0; n < antennas; n++) {
        double phase = tx * antennaPositionsM[n][0] + ty * antennaPositionsM[n][1];
        double gr = Math.cos(phase);
        double gi = Math.sin(phase);
        uRe[q * antennas + n] = gainRe[q] * gr - gainIm[q] * gi;
        uIm[q * antennas + n] = gainRe[q] * gi + gainIm[q] * gr;
      }
    }
  }

  /** A copy with new path gains (angles and antennas kept). */
  public UserChannel withGains(double[] newRe, double[] newIm) {
    return new UserChannel(wavelengthM, aoaElev, aoaAzim, aodElev, aodAzim, newRe, newIm,
        pathVariance, antennaPositionsM, txPower);
  }

  /** Number of paths L. */
  public int paths() {
    return aoaElev.length;
  }

  /** Number of user antennas N. */
  public int antennas() {
    return antennaPositionsM.length;
  }

  /** Total transmit power p_k. */
  public double txPower() {
    return txPower;
  }

  /** Carrier wavelength λ, m. */
  public double wavelengthM() {
    return wavelengthM;
  }

  /** θʳ_q, rad. */
  public double aoaElev(int q) {
    return aoaElev[q];
  }

  /** φʳ_q, rad. */
  public double aoaAzim(int q) {
    return aoaAzim[q];
  }

  /** θᵗ_q, rad. */
  public double aodElev(int q) {
    return aodElev[q];
  }

  /** φᵗ_q, rad. */
  public double aodAzim(int q) {
    return aodAzim[q];
  }

  /** Re σ_q. */
  public double gainRe(int q) {
    return gainRe[q];
  }

  /** Im σ_q. */
  public double gainIm(int q) {
    return gainIm[q];
  }

  /** E|σ_q|². */
  public double pathVariance(int q) {
    return pathVariance[q];
  }

  /** Position {x, y} of user antenna n, m (a copy). */
  public double[] antennaPosition(int n) {
    return antennaPositionsM[n].clone();
  }

  /** (2π/λ)·sinθʳ_q·cosφʳ_q, rad/m: ∂(phase of path q)/∂x at the BS. */
  public double kx(int q) {
    return kx[q];
  }

  /** (2π/λ)·cosθʳ_q, rad/m: ∂(phase of path q)/∂y at the BS. */
  public double ky(int q) {
    return ky[q];
  }

  /** Re U[q, n], U = diag(σ)·G. */
  public double uRe(int q, int n) {
    return uRe[q * antennaPositionsM.length + n];
  }

  /** Im U[q, n], U = diag(σ)·G. */
  public double uIm(int q, int n) {
    return uIm[q * antennaPositionsM.length + n];
  }

  /** conj(f_q(r)) = exp(−j·θ_q) for every path into conjRe, conjIm. */
  private void conjugateResponses(double x, double y) {
    for (int q = 0; q < kx.length; q++) {
      Phasor.into(-(kx[q] * x + ky[q] * y), conjRe, conjIm, q, q);
    }
  }

  /**
   * Row of H at BS point (x, y): h[n] = Σ_q conj(f_q(r))·U[q, n], written into {@code re}, {@code im}
   * (modified, length ≥ N).
   */
  public void row(double x, double y, double[] re, double[] im) {
    int antennas = antennaPositionsM.length;
    int paths = kx.length;
    double[] cr = conjRe;
    double[] ci = conjIm;
    conjugateResponses(x, y);
    for (int n = 0; n < antennas; n++) {
      double sr = 0;
      double si = 0;
      for (int q = 0, i = n; q < paths; q++, i += antennas) {
        sr += cr[q] * uRe[i] - ci[q] * uIm[i];
        si += cr[q] * uIm[i] + ci[q] * uRe[i];
      }
      re[n] = sr;
      im[n] = si;
    }
  }

  /**
   * Row of H at (x, y) and its derivatives: h[n] as in {@link #row}, and ∂h[n]/∂x, ∂h[n]/∂y with
   * ∂conj(f_q)/∂x = −j·kx_q·conj(f_q) (likewise y). All output arrays are modified (length ≥ N).
   */
  public void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
      double[] dxIm, double[] dyRe, double[] dyIm) {
    rowWithGradient(x, y, re, im, dxRe, dxIm, dyRe, dyIm, 0);
  }

  /** As {@link #rowWithGradient(double, double, double[], double[], double[], double[],
   * double[], double[])}, writing element n at index offset + n of each array. */
  public void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
      double[] dxIm, double[] dyRe, double[] dyIm, int offset) {
    int antennas = antennaPositionsM.length;
    int paths = kx.length;
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
      for (int q = 0, i = n; q < paths; q++, i += antennas) {
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
