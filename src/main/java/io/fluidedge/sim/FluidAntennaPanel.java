package io.fluidedge.sim;

import io.fluidedge.radio.Positions;

/**
 * The BS antenna panel as an entity: the positions in force and the antennas' movement.
 *
 * <p>A new layout takes effect once the control delay has passed and the antennas have travelled:
 * the move starts at max(decision + control delay, end of the previous move), all antennas move
 * at once at the configured speed, so the travel time is the longest single move divided by the
 * speed (zero at infinite speed). Moves are sequential: a layout decided while another move is
 * scheduled starts from that move's target.
 */
final class FluidAntennaPanel {

  private final double speedMps;
  private Positions positions;
  private Positions target;
  private double idleFromS;

  /** @param speedMps antenna speed, m/s (+∞: instantaneous) */
  FluidAntennaPanel(double speedMps) {
    this.speedMps = speedMps;
  }

  /** Positions in force (null before the first allocation). */
  Positions positions() {
    return positions;
  }

  /** Travel time from one layout to another: longest antenna move / speed, s. */
  double travelS(Positions from, Positions to) {
    if (Double.isInfinite(speedMps)) {
      return 0;
    }
    double longest = from.maxMove(to);
    return longest == 0 ? 0 : longest / speedMps;
  }

  /**
   * Plans the move to {@code next} decided at {@code nowS}.
   *
   * @return the time the new layout takes effect, s (≥ nowS)
   */
  double plan(Positions next, double nowS, double controlDelayS) {
    double start = Math.max(nowS + controlDelayS, idleFromS);
    idleFromS = start + travelS(target, next);
    target = next;
    return idleFromS;
  }

  /** Puts a layout in force (the initial one also becomes the move target). */
  void apply(Positions next) {
    positions = next;
    if (target == null) {
      target = next;
    }
  }
}
