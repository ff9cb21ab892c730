package io.fluidedge.scenario;

import java.util.Objects;

/**
 * The cell around the base station (scenario section {@code cell}): how a user's SNR is set and,
 * in path-loss mode, the propagation model, heights, noise figure and the default placement
 * annulus.
 *
 * @param linkBudget           normalised: every user at its {@code snr-db} (the paper's mode);
 *                             path-loss: SNR from transmit power, path loss, shadowing and noise
 * @param pathLoss             umi | uma (3GPP TR 38.901) | log-distance
 * @param bsHeightM            h_BS, m
 * @param ueHeightM            h_UT, m (in [1, 13) for umi/uma: the report's h_E = 1 m case)
 * @param noiseFigureDb        receiver noise figure NF, dB
 * @param txPowerDbm           default user transmit power, dBm
 * @param shadowing            whether log-normal shadowing is drawn
 * @param logDistanceExponent  n of the log-distance model
 * @param logDistanceSigmaDb   shadowing standard deviation of the log-distance model, dB
 * @param rMinM                inner radius of the cell (default placement, random waypoint), m
 * @param rMaxM                outer radius of the cell, m
 */
public record Cell(LinkBudget linkBudget, PathLoss pathLoss, double bsHeightM, double ueHeightM,
    double noiseFigureDb, double txPowerDbm, boolean shadowing, double logDistanceExponent,
    double logDistanceSigmaDb, double rMinM, double rMaxM) {

  /** The defaults resource's values (normalised link budget: the cell is not used). */
  public static final Cell DEFAULT = new Cell(LinkBudget.NORMALISED, PathLoss.UMI, 10, 1.5, 9, 23,
      true, 3, 4, 10, 100);

  /** Validates heights, radii and the model's parameters. */
  public Cell {
    Objects.requireNonNull(linkBudget, "linkBudget");
    Objects.requireNonNull(pathLoss, "pathLoss");
    Radio.positive("bs-height-m", bsHeightM);
    Radio.positive("ue-height-m", ueHeightM);
    if (pathLoss != PathLoss.LOG_DISTANCE && !(ueHeightM >= 1 && ueHeightM < 13)) {
      throw new IllegalArgumentException("ue-height-m must be in [1, 13) for " + Values.kebab(pathLoss)
          + " (TR 38.901 with h_E = 1 m): " + ueHeightM);
    }
    if (pathLoss != PathLoss.LOG_DISTANCE && !(bsHeightM > ueHeightM)) {
      throw new IllegalArgumentException("bs-height-m must exceed ue-height-m: " + bsHeightM);
    }
    if (!Double.isFinite(noiseFigureDb) || noiseFigureDb < 0 || noiseFigureDb > 50) {
      throw new IllegalArgumentException("noise-figure-db must be in [0, 50]: " + noiseFigureDb);
    }
    if (!(txPowerDbm >= -50 && txPowerDbm <= 60)) {
      throw new IllegalArgumentException("tx-power-dbm must be in [-50, 60]: " + txPowerDbm);
    }
    if (!(logDistanceExponent >= 1 && logDistanceExponent <= 8)) {
      throw new IllegalArgumentException("log-distance-exponent must be in [1, 8]: "
          + logDistanceExponent);
    }
    if (!(logDistanceSigmaDb >= 0 && logDistanceSigmaDb <= 30)) {
      throw new IllegalArgumentException("log-distance-sigma-db must be in [0, 30]: "
          + logDistanceSigmaDb);
    }
    if (!(rMinM >= 0) || !(rMaxM > rMinM) || rMaxM > 1e5) {
      throw new IllegalArgumentException("need 0 <= r-min-m < r-max-m <= 1e5: r-min-m = " + rMinM
          + ", r-max-m = " + rMaxM);
    }
  }

  /** Whether users have positions: path-loss mode. */
  public boolean spatial() {
    return linkBudget == LinkBudget.PATH_LOSS;
  }

  /** How a user's SNR is set. */
  public enum LinkBudget {
    /** Every user at its {@code snr-db}, β_k = 1 (the paper's normalised mode). */
    NORMALISED,
    /** p_k from dBm over thermal noise, β_k from path loss and shadowing at the user's position. */
    PATH_LOSS
  }

  /** Path-loss model. */
  public enum PathLoss {
    /** 3GPP TR 38.901 urban micro, street canyon. */
    UMI,
    /** 3GPP TR 38.901 urban macro. */
    UMA,
    /** Free space to 1 m, then 10·n·log10(d). */
    LOG_DISTANCE
  }
}
