package io.fluidedge.radio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's field-response channel to the BS (Ma et al. eq. 7): L paths with angles of arrival at
 * the BS, angles of departure at the user, complex path gains σ_q, and the user's fixed antennas.
 *
 * <p>Phase of a point r = (x, y) on path q: ρ_q(r) = x·sinθ_q·cosφ_q + y·cosθ_q. Receive field
 * response f(r) = [exp(j·2π/λ·ρʳ_q(r))]_q, transmit g(t) likewise, and
 * H = Fᴴ·diag(σ)·G (M × N), so row m of H is f(r_m)ᴴ·U with U = diag(σ)·G (L × N): one plane
 * wave per path ({@link PlaneWaveChannel}). Immutable ({@link #withGains} returns a new instance) apart
 * from scratch arrays, so one instance must not be evaluated from several threads at once.
 */
public final class FieldResponseChannel extends PlaneWaveChannel {

  private final double wavelengthM;
  private final double[] aoaElev;
  private final double[] aoaAzim;
  private final double[] aodElev;
  private final double[] aodAzim;
  private final double[] gainRe;
  private final double[] gainIm;
  private final double[] pathVariance;
  private final double[][] antennaPositionsM;

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
  public FieldResponseChannel(double wavelengthM, double[] aoaElev, double[] aoaAzim, double[] aodElev,
      double[] aodAzim, double[] gainRe, double[] gainIm, double[] pathVariance,
      double[][] antennaPositionsM, double txPower) {
    super(antennaPositionsM.length, txPower);
    int paths = aoaElev.length;
    if (aoaAzim.length != paths || aodElev.length != paths || aodAzim.length != paths
        || gainRe.length != paths || gainIm.length != paths || pathVariance.length != paths) {
      throw new IllegalArgumentException("path arrays must all have length L = " + paths);
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
    int antennas = antennaPositionsM.length;
    double k0 = 2 * Math.PI / wavelengthM;
    // Receive wave-vector components and U = diag(σ)·G, row-major L × N.
    double[] kx = new double[paths];
    double[] ky = new double[paths];
    double[] uRe = new double[paths * antennas];
    double[] uIm = new double[paths * antennas];
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
    waves(kx, ky, uRe, uIm);
  }

  /** A copy with new path gains (angles and antennas kept). */
  public FieldResponseChannel withGains(double[] newRe, double[] newIm) {
    return new FieldResponseChannel(wavelengthM, aoaElev, aoaAzim, aodElev, aodAzim, newRe, newIm,
        pathVariance, antennaPositionsM, txPower());
  }

  /** Number of paths L. */
  public int paths() {
    return aoaElev.length;
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

  /**
   * {@code form: field-response}, {@code tx_power}, {@code antenna_positions_m} (the user's
   * t_n) and {@code paths}: per path {@code aoa_elev_rad, aoa_azim_rad, aod_elev_rad,
   * aod_azim_rad, gain_re, gain_im}. H[m][n] = Σ_q conj(f_q(r_m))·σ_q·g_q(t_n).
   */
  @Override
  public Map<String, Object> describe() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("form", "field-response");
    d.put("tx_power", txPower());
    double[][] antennas = new double[antennaPositionsM.length][];
    for (int n = 0; n < antennas.length; n++) {
      antennas[n] = antennaPositionsM[n].clone();
    }
    d.put("antenna_positions_m", antennas);
    List<Map<String, Object>> table = new ArrayList<>();
    for (int q = 0; q < paths(); q++) {
      Map<String, Object> path = new LinkedHashMap<>();
      path.put("aoa_elev_rad", aoaElev[q]);
      path.put("aoa_azim_rad", aoaAzim[q]);
      path.put("aod_elev_rad", aodElev[q]);
      path.put("aod_azim_rad", aodAzim[q]);
      path.put("gain_re", gainRe[q]);
      path.put("gain_im", gainIm[q]);
      table.add(path);
    }
    d.put("paths", table);
    return d;
  }
}
