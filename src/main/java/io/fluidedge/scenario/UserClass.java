package io.fluidedge.scenario;

import java.util.Objects;

/**
 * One class of users (an entry of {@code users.classes}): how many, their model split, traffic,
 * power, antennas, placement and mobility. Keys a class leaves out take the flat keys' values
 * ({@code model.*}, {@code traffic.rate-hz}, {@code radio.snr-db}, {@code cell.tx-power-dbm}, the
 * cell's annulus, static).
 *
 * @param name               class name (unique, used in outputs)
 * @param count              users in the class (≥ 1)
 * @param userAntennas       N (every class must have the scenario's {@code radio.user-antennas})
 * @param snrDb              SNR in the normalised link budget, dB
 * @param txPowerDbm         transmit power in the path-loss link budget, dBm
 * @param parameters         S
 * @param cyclesPerParameter c
 * @param featureElements    D
 * @param bitsMin            b_min
 * @param bitsMax            b_max
 * @param rateHz             Poisson request rate per user, 1/s (poisson source)
 * @param placement          where the users start
 * @param mobility           how they move
 */
public record UserClass(String name, int count, int userAntennas, double snrDb, double txPowerDbm,
    double parameters, double cyclesPerParameter, double featureElements, int bitsMin, int bitsMax,
    double rateHz, Placement placement, Mobility mobility) {

  /** The class name the flat keys give their one class. */
  public static final String DEFAULT_NAME = "default";

  /** Validates every field; the message names the offending key. */
  public UserClass {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(mobility, "mobility");
    if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException("name must be 1-64 letters, digits, '_', '.' or '-': '"
          + name + "'");
    }
    if (count < 1 || count > 1024) {
      throw new IllegalArgumentException("count must be in [1, 1024]: " + count);
    }
    if (userAntennas < 1) {
      throw new IllegalArgumentException("user-antennas must be >= 1: " + userAntennas);
    }
    if (!(snrDb >= -100 && snrDb <= 200)) {
      throw new IllegalArgumentException("snr-db must be in [-100, 200]: " + snrDb);
    }
    if (!(txPowerDbm >= -50 && txPowerDbm <= 60)) {
      throw new IllegalArgumentException("tx-power-dbm must be in [-50, 60]: " + txPowerDbm);
    }
    range("parameters", parameters, 1e15);
    range("cycles-per-parameter", cyclesPerParameter, 1e9);
    range("feature-elements", featureElements, 1e12);
    if (bitsMin < 1 || bitsMax > 32 || bitsMin > bitsMax) {
      throw new IllegalArgumentException("need 1 <= bits-min <= bits-max <= 32: " + bitsMin
          + " .. " + bitsMax);
    }
    if (!(rateHz >= 0 && rateHz <= 1e9)) {
      throw new IllegalArgumentException("rate-hz must be in [0, 1e9]: " + rateHz);
    }
    if (placement.kind() == Placement.Kind.POINTS && placement.points().size() != count) {
      throw new IllegalArgumentException("placement points-m has " + placement.points().size()
          + " points for count = " + count + " users");
    }
  }

  /** Transmit power p = 10^(snr/10) of the normalised link budget (σ² = 1). */
  public double normalisedTxPower() {
    return Math.pow(10.0, snrDb / 10.0);
  }

  private static void range(String key, double v, double max) {
    if (!(v > 0 && v <= max)) {
      throw new IllegalArgumentException(key + " must be in (0, " + max + "]: " + v);
    }
  }
}
