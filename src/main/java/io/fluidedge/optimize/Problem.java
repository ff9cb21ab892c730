package io.fluidedge.optimize;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One static instance of the joint problem (docs/model.md): a channel realisation and everything the
 * loss J = Σ_k (T_off,k + T_inf,k) − ρ·Σ_k accuracy_k needs, per user (heterogeneous users
 * allowed).
 *
 * <p>The channel held here is the effective one: user k's H_k already carries its large-scale
 * gain and transmit power. Rates depend on them only through H_k·P_k·H_kᴴ = (β_k·p_k/N)·H̄_k·H̄_kᴴ
 * (H̄_k the unit-gain channel), so {@link #of(Scenario, Channel, AccuracyModel, List)} gives user
 * k the drawn rows at transmit power β_k·p_k, whatever the channel's form; a printed channel (its
 * rows' description and that power as {@code tx_power}) therefore still rebuilds the rates
 * exactly.
 *
 * @param channel         the users' effective channels in this coherence block
 * @param panel           the BS antenna panel
 * @param antennas        M
 * @param bandwidthHz     B, Hz
 * @param cpuHz           F, cycles/s
 * @param profiles        each user's declared inputs (copied)
 * @param featureElements D_k per user as solved (the profiles' values, or measured means; copied)
 * @param inferenceCycles c_k·S_k·tokens per request per user, cycles (copied)
 * @param accuracy        accuracy model (PSNR in dB by default)
 * @param sensitivity     ρ, s per accuracy unit
 */
public record Problem(
    Channel channel,
    Panel panel,
    int antennas,
    double bandwidthHz,
    double cpuHz,
    List<UserProfile> profiles,
    double[] featureElements,
    double[] inferenceCycles,
    AccuracyModel accuracy,
    double sensitivity) {

  public Problem {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(accuracy, "accuracy");
    profiles = List.copyOf(profiles);
    int k = channel.userCount();
    if (featureElements.length != k || inferenceCycles.length != k || profiles.size() != k) {
      throw new IllegalArgumentException("need one profile, feature size and cycle count per user "
          + "(K = " + k + "): " + profiles.size() + ", " + featureElements.length + ", "
          + inferenceCycles.length);
    }
    if (k * channel.userAntennas() > antennas) {
      throw new IllegalArgumentException("K·N = " + k * channel.userAntennas() + " exceeds M = " + antennas);
    }
    featureElements = featureElements.clone();
    inferenceCycles = inferenceCycles.clone();
  }

  /** The problem of a scenario for one channel draw: every user has the scenario's values. */
  public static Problem of(Scenario scenario, Channel channel, AccuracyModel accuracy) {
    var m = scenario.model();
    UserProfile same = new UserProfile(m.parameters(), m.cyclesPerParameter(), m.featureElements(),
        m.bitsMin(), m.bitsMax(), scenario.radio().txPower(), 1);
    return of(scenario, channel, accuracy, Collections.nCopies(scenario.radio().users(), same));
  }

  /**
   * The problem of a scenario for one channel draw with per-user profiles (heterogeneous users);
   * the scenario gives the rest (panel, B, F, ρ, accuracy model).
   *
   * @param channel a draw of the scenario's channel model (unit large-scale gain)
   */
  public static Problem of(Scenario scenario, Channel channel, AccuracyModel accuracy,
      List<UserProfile> profiles) {
    double[] d = new double[profiles.size()];
    double[] cycles = new double[profiles.size()];
    for (int k = 0; k < d.length; k++) {
      d[k] = profiles.get(k).featureElements();
      cycles[k] = profiles.get(k).cycles();
    }
    return new Problem(effective(channel, profiles), Panel.of(scenario.radio()),
        scenario.radio().bsAntennas(), scenario.radio().bandwidthHz(), scenario.server().cpuHz(),
        profiles, d, cycles, accuracy, scenario.model().sensitivity());
  }

  /** A copy with other per-user feature sizes and cycle counts (e.g. measured traffic means). */
  public Problem withWorkload(double[] features, double[] cycles) {
    return new Problem(channel, panel, antennas, bandwidthHz, cpuHz, profiles, features, cycles,
        accuracy, sensitivity);
  }

  /** A copy with another sensitivity ρ. */
  public Problem withSensitivity(double rho) {
    return new Problem(channel, panel, antennas, bandwidthHz, cpuHz, profiles, featureElements,
        inferenceCycles, accuracy, rho);
  }

  /** Number of users K. */
  public int users() {
    return channel.userCount();
  }

  @Override
  public double[] featureElements() {
    return featureElements.clone();
  }

  @Override
  public double[] inferenceCycles() {
    return inferenceCycles.clone();
  }

  /** D_k. */
  public double features(int k) {
    return featureElements[k];
  }

  /** c_k·S_k·tokens (per request). */
  public double cycles(int k) {
    return inferenceCycles[k];
  }

  /**
   * The smallest b_min,k over the users: the scenario's {@code bits-min} when users share one
   * range. Per-user ranges may be narrower: see {@link #bitsMin(int)}.
   */
  public int bitsMin() {
    return profiles.stream().mapToInt(UserProfile::bitsMin).min().orElseThrow();
  }

  /**
   * The largest b_max,k over the users: the scenario's {@code bits-max} when users share one
   * range. Per-user ranges may be narrower: see {@link #bitsMax(int)}.
   */
  public int bitsMax() {
    return profiles.stream().mapToInt(UserProfile::bitsMax).max().orElseThrow();
  }

  /** b_min,k. */
  public int bitsMin(int k) {
    return profiles.get(k).bitsMin();
  }

  /** b_max,k. */
  public int bitsMax(int k) {
    return profiles.get(k).bitsMax();
  }

  /**
   * The channel with user k's transmit power set to β_k·p_k (equivalently, H_k scaled by √β_k at
   * power p_k), for any channel form; the channel itself when every user's power already is.
   */
  private static Channel effective(Channel drawn, List<UserProfile> profiles) {
    if (profiles.size() != drawn.userCount()) {
      throw new IllegalArgumentException("need one profile per user (K = " + drawn.userCount()
          + "): " + profiles.size());
    }
    boolean same = true;
    List<UserChannel> users = new ArrayList<>();
    for (int k = 0; k < profiles.size(); k++) {
      UserChannel u = drawn.user(k);
      double target = profiles.get(k).linkGain();
      if (u.txPower() == target) {
        users.add(u);
      } else {
        users.add(new LinkBudgetChannel(u, target));
        same = false;
      }
    }
    return same ? drawn : new Channel(users, drawn.noisePower());
  }
}
