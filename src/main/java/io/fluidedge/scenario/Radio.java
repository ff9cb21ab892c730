package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Radio settings (scenario section {@code radio}).
 *
 * @param carrierHz             carrier frequency f_c, Hz; λ = c0 / f_c
 * @param bandwidthHz           uplink bandwidth B, Hz
 * @param snrDb                 transmit SNR p_k / σ² with σ² = 1, dB
 * @param users                 K
 * @param userAntennas          N, antennas per user (half-wavelength linear array)
 * @param bsAntennas            M, base-station antennas (K·N ≤ M)
 * @param panelWavelengths      panel side A / λ
 * @param minSpacingWavelengths D_min / λ
 * @param paths                 L, propagation paths (path 1 is line of sight)
 * @param ricianK               κ, power ratio of the line-of-sight path to the scatterers
 * @param channel               channel-model plugin name (built-in: geometric, correlated)
 * @param evolution             how the channel changes from block to block
 * @param dopplerHz             maximum Doppler shift f_D, Hz (gauss-markov only)
 * @param portSpacingWavelengths largest port spacing / λ of the correlated channel's port grid,
 *                              in (0, 0.5] (correlated only)
 */
public record Radio(
    double carrierHz,
    double bandwidthHz,
    double snrDb,
    int users,
    int userAntennas,
    int bsAntennas,
    double panelWavelengths,
    double minSpacingWavelengths,
    int paths,
    double ricianK,
    String channel,
    Evolution evolution,
    double dopplerHz,
    double portSpacingWavelengths) {

  /** Speed of light in vacuum, m/s. */
  public static final double C0 = 299_792_458.0;

  public Radio {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(evolution, "evolution");
    positive("carrier-hz", carrierHz);
    positive("bandwidth-hz", bandwidthHz);
    if (!Double.isFinite(snrDb)) {
      throw new IllegalArgumentException("snr-db must be finite: " + snrDb);
    }
    if (users < 1 || userAntennas < 1 || bsAntennas < 1 || paths < 1) {
      throw new IllegalArgumentException("users, user-antennas, bs-antennas and paths must be >= 1: "
          + users + ", " + userAntennas + ", " + bsAntennas + ", " + paths);
    }
    if ((long) users * userAntennas > bsAntennas) {
      throw new IllegalArgumentException("users x user-antennas = " + (users * userAntennas)
          + " exceeds bs-antennas = " + bsAntennas);
    }
    positive("panel-wavelengths", panelWavelengths);
    if (!(minSpacingWavelengths >= 0) || Double.isInfinite(minSpacingWavelengths)) {
      throw new IllegalArgumentException("min-spacing-wavelengths must be >= 0: " + minSpacingWavelengths);
    }
    if (!(ricianK >= 0) || Double.isInfinite(ricianK)) {
      throw new IllegalArgumentException("rician-k must be >= 0: " + ricianK);
    }
    if (!(dopplerHz >= 0) || Double.isInfinite(dopplerHz)) {
      throw new IllegalArgumentException("doppler-hz must be >= 0: " + dopplerHz);
    }
    if (!(portSpacingWavelengths > 0 && portSpacingWavelengths <= 0.5)) {
      throw new IllegalArgumentException("port-spacing-wavelengths must be in (0, 0.5]: "
          + portSpacingWavelengths);
    }
  }

  /** Wavelength λ = c0 / f_c, m. */
  public double wavelengthM() {
    return C0 / carrierHz;
  }

  /** Transmit power p_k = 10^(snr/10) (linear, σ² = 1). */
  public double txPower() {
    return Math.pow(10.0, snrDb / 10.0);
  }

  /** How the channel evolves from one coherence block to the next. */
  public enum Evolution {
    /** The first draw is kept for the whole run. */
    STATIC,
    /** A fresh independent draw every block. */
    IID,
    /** Path gains follow a first-order Gauss-Markov process with correlation J0(2π f_D T_c); angles are kept. */
    GAUSS_MARKOV
  }

  static void positive(String key, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(key + " must be positive and finite: " + v);
    }
  }
}
