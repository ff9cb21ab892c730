package io.fluidedge.radio;

import io.fluidedge.scenario.Radio;

/**
 * The base-station antenna panel: the square [0, A] × [0, A] in which antennas move, with a minimum
 * spacing D_min between any two of them (docs/model.md).
 *
 * @param wavelengthM  carrier wavelength λ, m
 * @param sideM        panel side A, m
 * @param minSpacingM  D_min, m
 */
public record Panel(double wavelengthM, double sideM, double minSpacingM) {

  public Panel {
    if (!(wavelengthM > 0) || !(sideM > 0) || !(minSpacingM >= 0)) {
      throw new IllegalArgumentException("bad panel: lambda=" + wavelengthM + " A=" + sideM
          + " Dmin=" + minSpacingM);
    }
  }

  /** The panel of a scenario's radio section. */
  public static Panel of(Radio radio) {
    double lambda = radio.wavelengthM();
    return new Panel(lambda, radio.panelWavelengths() * lambda,
        radio.minSpacingWavelengths() * lambda);
  }

  /** True if (x, y) lies in the closed panel square. */
  public boolean contains(double x, double y) {
    return x >= 0 && x <= sideM && y >= 0 && y <= sideM;
  }

  /**
   * The candidate grid of spacing δ over the panel: indices 0 … {@code gridSteps(δ)} along each
   * side, at {@link #gridCoordinate} (the last one clamped to A).
   *
   * @param spacingM δ, m
   * @return the largest index, ⌊A/δ⌋ (with a tolerance of 1e-9 steps for A a multiple of δ)
   */
  public int gridSteps(double spacingM) {
    return (int) Math.floor(sideM / spacingM + 1e-9);
  }

  /** Grid index i's coordinate along either side, min(i·δ, A), m. */
  public double gridCoordinate(int i, double spacingM) {
    return Math.min(i * spacingM, sideM);
  }

  /** Clamps a coordinate into [0, A]. */
  public double clamp(double v) {
    return Math.max(0.0, Math.min(sideM, v));
  }
}
