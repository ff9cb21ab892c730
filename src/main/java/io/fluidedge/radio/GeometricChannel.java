package io.fluidedge.radio;

import io.fluidedge.scenario.Radio;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * The field-response geometric channel of Ma, Zhu, Zhang (IEEE TWC 2024) eq. 7 (docs/model.md):
 * every user's channel is a {@link FieldResponseChannel}.
 *
 * <p>Per user: L paths, angles of arrival and departure i.i.d. uniform on [0, π]; path 1 is line of
 * sight with σ_1 ~ CN(0, κ/(κ+1)), paths q ≥ 2 are scatterers with σ_q ~ CN(0, 1/((κ+1)(L−1)))
 * (with L = 1 the single path carries unit power). The user's N antennas form a half-wavelength
 * linear array along x: t_n = (n·λ/2, 0). Transmit power p = 10^(SNR/10), σ² = 1.
 */
public final class GeometricChannel implements ChannelModel {

  private final int users;
  private final int userAntennas;
  private final int paths;
  private final double ricianK;
  private final double wavelengthM;
  private final double txPower;

  /**
   * @param users        K
   * @param userAntennas N
   * @param paths        L
   * @param ricianK      κ
   * @param wavelengthM  λ, m
   * @param txPower      p_k, the same for every user
   */
  public GeometricChannel(int users, int userAntennas, int paths, double ricianK,
      double wavelengthM, double txPower) {
    this.users = users;
    this.userAntennas = userAntennas;
    this.paths = paths;
    this.ricianK = ricianK;
    this.wavelengthM = wavelengthM;
    this.txPower = txPower;
  }

  /** The model for a scenario's radio section. */
  public static GeometricChannel of(Radio radio) {
    return new GeometricChannel(radio.users(), radio.userAntennas(), radio.paths(),
        radio.ricianK(), radio.wavelengthM(), radio.txPower());
  }

  /** E|σ_q|² for path q (0-based) under the Rician split. */
  public static double pathVariance(int q, int paths, double ricianK) {
    if (paths == 1) {
      return 1.0;
    }
    return q == 0 ? ricianK / (ricianK + 1) : 1.0 / ((ricianK + 1) * (paths - 1));
  }

  @Override
  public Channel draw(RandomStream rng) {
    List<UserChannel> list = new ArrayList<>(users);
    double[][] antennas = new double[userAntennas][];
    for (int n = 0; n < userAntennas; n++) {
      antennas[n] = new double[] {n * wavelengthM / 2, 0.0};
    }
    for (int k = 0; k < users; k++) {
      double[] aoaElev = new double[paths];
      double[] aoaAzim = new double[paths];
      double[] aodElev = new double[paths];
      double[] aodAzim = new double[paths];
      double[] re = new double[paths];
      double[] im = new double[paths];
      double[] var = new double[paths];
      for (int q = 0; q < paths; q++) {
        aoaElev[q] = Math.PI * rng.nextDouble();
        aoaAzim[q] = Math.PI * rng.nextDouble();
        aodElev[q] = Math.PI * rng.nextDouble();
        aodAzim[q] = Math.PI * rng.nextDouble();
        var[q] = pathVariance(q, paths, ricianK);
        double sd = Math.sqrt(var[q] / 2);
        re[q] = sd * standardNormal(rng);
        im[q] = sd * standardNormal(rng);
      }
      list.add(new FieldResponseChannel(wavelengthM, aoaElev, aoaAzim, aodElev, aodAzim, re, im, var,
          antennas, txPower));
    }
    return new Channel(list, 1.0);
  }

  /**
   * Angles and user antennas kept; each path gain σ_q' = a·σ_q + √(1−a²)·w with
   * w ~ CN(0, E|σ_q|²), so the Rician split is kept.
   *
   * @throws IllegalArgumentException if a user's channel is not a {@link FieldResponseChannel}
   */
  @Override
  public Channel evolve(Channel previous, double correlation, RandomStream rng) {
    double a = correlation;
    double b = Math.sqrt(Math.max(0.0, 1 - a * a));
    List<UserChannel> next = new ArrayList<>(previous.userCount());
    for (UserChannel user : previous.users()) {
      if (!(user instanceof FieldResponseChannel u)) {
        throw new IllegalArgumentException("not a field-response channel: " + user);
      }
      double[] re = new double[u.paths()];
      double[] im = new double[u.paths()];
      for (int q = 0; q < u.paths(); q++) {
        double sd = Math.sqrt(u.pathVariance(q) / 2);
        re[q] = a * u.gainRe(q) + b * sd * standardNormal(rng);
        im[q] = a * u.gainIm(q) + b * sd * standardNormal(rng);
      }
      next.add(u.withGains(re, im));
    }
    return new Channel(next, previous.noisePower());
  }

  /** A standard normal variate by inversion (one uniform per variate, so streams stay aligned). */
  static double standardNormal(RandomStream rng) {
    return NormalDist.inverseF01(rng.nextDouble());
  }
}
