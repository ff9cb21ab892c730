package io.fluidedge.cell;

/**
 * One user's large-scale link in one block.
 *
 * @param xM              position x, m (base station at the origin)
 * @param yM              position y, m
 * @param distanceM       ground distance d_2D to the base station, m
 * @param los             line-of-sight state
 * @param pathLossDb      mean path loss PL(d, LoS), dB
 * @param shadowingDb     shadow fading SF, dB (the loss is PL + SF)
 * @param largeScaleGain  β_k = 10^(−(PL + SF)/10), the power gain scaling H_k H_kᴴ
 * @param speedMps        speed at the block start, m/s
 */
public record UserLink(double xM, double yM, double distanceM, boolean los, double pathLossDb,
    double shadowingDb, double largeScaleGain, double speedMps) {}
