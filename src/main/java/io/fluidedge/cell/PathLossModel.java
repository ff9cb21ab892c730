package io.fluidedge.cell;

/**
 * Large-scale path-loss models: 3GPP TR 38.901 Table 7.4.1-1 (UMi street canyon and UMa, with the
 * line-of-sight probability of Table 7.4.2-1) and a simple log-distance model.
 *
 * <p>Conventions of the report: f_c in GHz inside the formulas, distances in m, d_2D the ground
 * distance and d_3D = √(d_2D² + (h_BS − h_UT)²). The breakpoint distance is
 * d'_BP = 4·h'_BS·h'_UT·f_c/c with effective heights h' = h − h_E, h_E = 1 m and c = 3·10⁸ m/s
 * (the report's note 1). For UMa h_E = 1 m holds with probability 1/(1 + C(d_2D, h_UT)) and
 * C = 0 for h_UT &lt; 13 m, so the scenario requires h_UT &lt; 13 m and h_E is exactly 1 m.
 * Distances below the report's 10 m validity are evaluated at 10 m.
 */
public enum PathLossModel {

  /** TR 38.901 UMi street canyon: σ_SF 4 dB (LoS), 7.82 dB (NLoS). */
  UMI(32.4, 21.0, 9.5, 4.0, 7.82, 36.0),
  /** TR 38.901 UMa: σ_SF 4 dB (LoS), 6 dB (NLoS). */
  UMA(28.0, 22.0, 9.0, 4.0, 6.0, 63.0),
  /**
   * Log-distance: PL(d) = FSPL(1 m) + 10·n·log10(d_3D / 1 m) with FSPL(1 m) = 20·log10(4π/λ),
   * always line of sight; exponent and shadowing from the scenario.
   */
  LOG_DISTANCE(0, 0, 0, 0, 0, 0);

  /** Speed of light the report uses in the breakpoint distance, m/s. */
  public static final double C_REPORT = 3.0e8;
  /** Smallest ground distance the TR 38.901 formulas are evaluated at, m. */
  public static final double MIN_DISTANCE_M = 10.0;
  /** Effective environment height h_E, m. */
  public static final double ENVIRONMENT_HEIGHT_M = 1.0;

  private final double losIntercept;
  private final double losSlope;
  private final double breakpointTerm;
  private final double losSigmaDb;
  private final double nlosSigmaDb;
  private final double losDecayM;

  PathLossModel(double losIntercept, double losSlope, double breakpointTerm, double losSigmaDb,
      double nlosSigmaDb, double losDecayM) {
    this.losIntercept = losIntercept;
    this.losSlope = losSlope;
    this.breakpointTerm = breakpointTerm;
    this.losSigmaDb = losSigmaDb;
    this.nlosSigmaDb = nlosSigmaDb;
    this.losDecayM = losDecayM;
  }

  /**
   * Breakpoint distance d'_BP = 4·(h_BS − 1)·(h_UT − 1)·f_c/c, m.
   *
   * @param carrierHz f_c, Hz
   * @param bsHeightM h_BS, m
   * @param ueHeightM h_UT, m
   */
  public static double breakpointM(double carrierHz, double bsHeightM, double ueHeightM) {
    return 4 * (bsHeightM - ENVIRONMENT_HEIGHT_M) * (ueHeightM - ENVIRONMENT_HEIGHT_M) * carrierHz
        / C_REPORT;
  }

  /**
   * Line-of-sight probability at ground distance d_2D (Table 7.4.2-1): 1 up to 18 m, then
   * 18/d + exp(−d/d₁)·(1 − 18/d) with d₁ = 36 m (UMi) or 63 m (UMa; C'(h_UT) = 0 for
   * h_UT ≤ 13 m). The log-distance model is always line of sight.
   *
   * @param distance2dM d_2D, m
   */
  public double losProbability(double distance2dM) {
    if (this == LOG_DISTANCE || distance2dM <= 18.0) {
      return 1.0;
    }
    return 18.0 / distance2dM + Math.exp(-distance2dM / losDecayM) * (1 - 18.0 / distance2dM);
  }

  /**
   * Mean path loss in dB (shadowing excluded).
   *
   * @param distance2dM   d_2D, m (evaluated at ≥ 10 m for UMi/UMa, ≥ 1 m for log-distance)
   * @param los           line-of-sight state (ignored by log-distance)
   * @param carrierHz     f_c, Hz
   * @param bsHeightM     h_BS, m
   * @param ueHeightM     h_UT, m
   * @param exponent      n of the log-distance model (ignored otherwise)
   * @return PL, dB
   */
  public double meanDb(double distance2dM, boolean los, double carrierHz, double bsHeightM,
      double ueHeightM, double exponent) {
    double fGhz = carrierHz / 1e9;
    double dh = bsHeightM - ueHeightM;
    if (this == LOG_DISTANCE) {
      double d3 = Math.max(1.0, Math.hypot(distance2dM, dh));
      double lambda = io.fluidedge.scenario.Radio.C0 / carrierHz;
      return 20 * Math.log10(4 * Math.PI / lambda) + 10 * exponent * Math.log10(d3);
    }
    double d2 = Math.max(MIN_DISTANCE_M, distance2dM);
    double d3 = Math.hypot(d2, dh);
    double bp = breakpointM(carrierHz, bsHeightM, ueHeightM);
    double losDb = d2 <= bp
        ? losIntercept + losSlope * Math.log10(d3) + 20 * Math.log10(fGhz)
        : losIntercept + 40 * Math.log10(d3) + 20 * Math.log10(fGhz)
            - breakpointTerm * Math.log10(bp * bp + dh * dh);
    if (los) {
      return losDb;
    }
    double nlosDb = this == UMI
        ? 35.3 * Math.log10(d3) + 22.4 + 21.3 * Math.log10(fGhz) - 0.3 * (ueHeightM - 1.5)
        : 13.54 + 39.08 * Math.log10(d3) + 20 * Math.log10(fGhz) - 0.6 * (ueHeightM - 1.5);
    return Math.max(losDb, nlosDb);
  }

  /**
   * Shadow-fading standard deviation σ_SF, dB, of the report (LoS or NLoS); the log-distance
   * model's comes from the scenario.
   *
   * @param los            line-of-sight state
   * @param logDistanceDb  σ_SF of the log-distance model, dB
   */
  public double shadowingSigmaDb(boolean los, double logDistanceDb) {
    if (this == LOG_DISTANCE) {
      return logDistanceDb;
    }
    return los ? losSigmaDb : nlosSigmaDb;
  }

  /**
   * Thermal noise power N = −174 dBm/Hz + 10·log10(B) + NF, dBm.
   *
   * @param bandwidthHz   B, Hz
   * @param noiseFigureDb NF, dB
   */
  public static double noiseDbm(double bandwidthHz, double noiseFigureDb) {
    return -174.0 + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
  }
}
