package io.fluidedge.optimize;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.Scenario;
import java.util.Arrays;
import java.util.Objects;

/**
 * One static instance of the joint problem (docs/model.md): a channel realisation and everything the
 * loss J = Σ_k (T_off,k + T_inf,k) − ρ·Σ_k accuracy_k needs.
 *
 * @param channel         the users' channels in this coherence block
 * @param panel           the BS antenna panel
 * @param antennas        M
 * @param bandwidthHz     B, Hz
 * @param cpuHz           F, cycles/s
 * @param featureElements D_k per user (copied)
 * @param inferenceCycles c·S_k·tokens per request per user, cycles (copied)
 * @param accuracy        accuracy model (PSNR in dB by default)
 * @param sensitivity     ρ, s per accuracy unit
 * @param bitsMin         b_min
 * @param bitsMax         b_max
 */
public record Problem(
    Channel channel,
    Panel panel,
    int antennas,
    double bandwidthHz,
    double cpuHz,
    double[] featureElements,
    double[] inferenceCycles,
    AccuracyModel accuracy,
    double sensitivity,
    int bitsMin,
    int bitsMax) {

  public Problem {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(accuracy, "accuracy");
    int k = channel.userCount();
    if (featureElements.length != k || inferenceCycles.length != k) {
      throw new IllegalArgumentException("need one feature size and one cycle count per user (K = "
          + k + "): " + featureElements.length + ", " + inferenceCycles.length);
    }
    if (k * channel.userAntennas() > antennas) {
      throw new IllegalArgumentException("K·N = " + k * channel.userAntennas() + " exceeds M = " + antennas);
    }
    featureElements = featureElements.clone();
    inferenceCycles = inferenceCycles.clone();
  }

  /** The problem of a scenario for one channel draw (every user: D, c·S, one token). */
  public static Problem of(Scenario scenario, Channel channel, AccuracyModel accuracy) {
    int k = scenario.radio().users();
    double[] d = new double[k];
    double[] cycles = new double[k];
    Arrays.fill(d, scenario.model().featureElements());
    Arrays.fill(cycles, scenario.model().cyclesPerParameter() * scenario.model().parameters());
    return new Problem(channel, Panel.of(scenario.radio()), scenario.radio().bsAntennas(),
        scenario.radio().bandwidthHz(), scenario.server().cpuHz(), d, cycles, accuracy,
        scenario.model().sensitivity(), scenario.model().bitsMin(), scenario.model().bitsMax());
  }

  /** A copy with other per-user feature sizes and cycle counts (e.g. measured traffic means). */
  public Problem withWorkload(double[] features, double[] cycles) {
    return new Problem(channel, panel, antennas, bandwidthHz, cpuHz, features, cycles, accuracy,
        sensitivity, bitsMin, bitsMax);
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

  /** c·S_k (per request). */
  public double cycles(int k) {
    return inferenceCycles[k];
  }
}
