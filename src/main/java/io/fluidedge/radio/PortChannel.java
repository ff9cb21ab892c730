package io.fluidedge.radio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user's spatially correlated fluid-antenna channel: each of the user's N antennas sees a
 * field over the panel with Jakes correlation J0(2π·d/λ) between points at distance d,
 * interpolated from a grid of ports ({@link PortBasis}): h[n](x) = Σ_p J0(2π·|x − p|/λ)·α_p[n].
 * Row m depends only on antenna m through its distances to the ports, and
 * ∂h[n]/∂x = −Σ_p (2π/λ)·J1(2π·d_p/λ)·(x − p_x)/d_p·α_p[n] (d_p = |r − p|); both are evaluated
 * exactly through the plane-wave form of {@link PortBasis}.
 *
 * <p>The state is the Gaussian mode coefficients c (r × N, i.i.d. CN(0, 1)); port values and
 * weights are linear in c. Immutable apart from scratch arrays, so one instance must not be
 * evaluated from several threads at once.
 */
public final class PortChannel extends PlaneWaveChannel {

  private final PortBasis basis;
  private final double[] cRe;
  private final double[] cIm;

  /**
   * @param basis    the ports and their modes
   * @param cRe      Re c, row-major r × N (kept, not copied)
   * @param cIm      Im c (kept)
   * @param antennas N
   * @param txPower  p_k
   */
  PortChannel(PortBasis basis, double[] cRe, double[] cIm, int antennas, double txPower) {
    super(antennas, txPower);
    this.basis = basis;
    this.cRe = cRe;
    this.cIm = cIm;
    double[][] u = basis.amplitudes(cRe, cIm, antennas);
    waves(basis.waveKx(), basis.waveKy(), u[0], u[1]);
  }

  /** Re c[i][n], the Gaussian coefficient of mode i for user antenna n. */
  double modeRe(int i, int n) {
    return cRe[i * antennas() + n];
  }

  /** Im c[i][n]. */
  double modeIm(int i, int n) {
    return cIm[i * antennas() + n];
  }

  /** The same ports and power with new mode coefficients (row-major r × N, kept). */
  PortChannel withModes(double[] re, double[] im) {
    return new PortChannel(basis, re, im, antennas(), txPower());
  }

  /**
   * {@code form: correlated-ports}, {@code tx_power}, {@code wavelength_m}, {@code kernel},
   * {@code ports_m} (P × 2), {@code port_values_re}/{@code _im} (g, P × N) and
   * {@code weights_re}/{@code _im} (α = K⁺g, P × N): H[m][n] = Σ_p J0(2π·|r_m − p|/λ)·α_p[n].
   */
  @Override
  public Map<String, Object> describe() {
    double[][][] values = basis.portMatrix(cRe, cIm, antennas(), 0.5);
    double[][][] weights = basis.portMatrix(cRe, cIm, antennas(), -0.5);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("form", "correlated-ports");
    d.put("tx_power", txPower());
    d.put("wavelength_m", basis.wavelengthM());
    d.put("kernel", "J0(2*pi*d/wavelength_m)");
    d.put("ports_m", basis.ports());
    d.put("port_values_re", values[0]);
    d.put("port_values_im", values[1]);
    d.put("weights_re", weights[0]);
    d.put("weights_im", weights[1]);
    return d;
  }
}
