package io.fluidedge.radio;

import java.util.List;

/**
 * The channels of all K users in one coherence block, plus the noise power σ² (= 1: SNR sets
 * power). Immutable.
 *
 * @param users      per-user channels, index k = user
 * @param noisePower σ²
 */
public record Channel(List<UserChannel> users, double noisePower) {

  public Channel {
    users = List.copyOf(users);
    if (users.isEmpty()) {
      throw new IllegalArgumentException("a channel needs at least one user");
    }
    if (!(noisePower > 0) || !Double.isFinite(noisePower)) {
      throw new IllegalArgumentException("noise power must be positive: " + noisePower);
    }
    int n = users.get(0).antennas();
    for (UserChannel u : users) {
      if (u.antennas() != n) {
        throw new IllegalArgumentException("all users need the same antenna count N = " + n);
      }
    }
  }

  /** Number of users K. */
  public int userCount() {
    return users.size();
  }

  /** Antennas per user N. */
  public int userAntennas() {
    return users.get(0).antennas();
  }

  /** User k's channel. */
  public UserChannel user(int k) {
    return users.get(k);
  }
}
