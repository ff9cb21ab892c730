package io.fluidedge.fl;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Streams;

/** Seeded random channels and layouts for the tests. */
final class Channels {

  static final double LAMBDA = 0.0857;
  static final Panel PANEL = new Panel(LAMBDA, 4 * LAMBDA, LAMBDA / 2);

  private Channels() {
  }

  /** A geometric channel of {@code users} users with N antennas, tx power 10^(snrDb/10). */
  static Channel draw(long seed, int users, int userAntennas, double snrDb) {
    return new GeometricChannel(users, userAntennas, 5, 1, LAMBDA, Math.pow(10, snrDb / 10))
        .draw(Streams.of(seed, "test-channel"));
  }

  /** The spread layout of M antennas on the test panel. */
  static Positions spread(int antennas) {
    return Layouts.spread(PANEL, antennas);
  }
}
