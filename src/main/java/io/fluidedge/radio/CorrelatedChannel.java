package io.fluidedge.radio;

import io.fluidedge.scenario.Radio;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * The spatially correlated fluid-antenna channel ({@code radio.channel: correlated}): Rayleigh
 * fading whose correlation between two BS antenna positions at distance d is Jakes'
 * J0(2π·d/λ), as in the fluid-antenna literature (K.-K. Wong, K.-F. Tong et al., "Fluid antenna
 * multiple access", IEEE TWC 2022; W. C. Jakes, Microwave Mobile Communications, 1974).
 *
 * <p>Every user antenna n sees an independent field h[n](x) over the panel, unit variance, built
 * from a grid of ports at spacing ≤ {@code radio.port-spacing-wavelengths}·λ and interpolated
 * between them by kriging ({@link PortBasis}, {@link PortChannel}). The user side is
 * uncorrelated (identity Kronecker factor). Transmit power p = 10^(SNR/10), σ² = 1.
 * {@code radio.paths} and {@code radio.rician-k} do not apply.
 */
public final class CorrelatedChannel implements ChannelModel {

  /** Most ports the grid may have (the eigendecomposition is O(P³) once per model). */
  public static final int MAX_PORTS = 4225;

  private final PortBasis basis;
  private final int users;
  private final int userAntennas;
  private final double txPower;

  /**
   * @param users        K
   * @param userAntennas N
   * @param panelM       panel side A, m
   * @param spacingM     largest port spacing, m
   * @param wavelengthM  λ, m
   * @param txPower      p_k, the same for every user
   * @throws IllegalArgumentException if the grid would exceed {@link #MAX_PORTS} ports
   */
  public CorrelatedChannel(int users, int userAntennas, double panelM, double spacingM,
      double wavelengthM, double txPower) {
    int side = PortBasis.portsPerSide(panelM, spacingM);
    if ((long) side * side > MAX_PORTS) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%d x %d ports exceed the %d allowed: raise port-spacing-wavelengths", side, side,
          MAX_PORTS));
    }
    this.basis = new PortBasis(panelM, spacingM, wavelengthM);
    this.users = users;
    this.userAntennas = userAntennas;
    this.txPower = txPower;
  }

  /** The model for a scenario's radio section. */
  public static CorrelatedChannel of(Radio radio) {
    double lambda = radio.wavelengthM();
    return new CorrelatedChannel(radio.users(), radio.userAntennas(),
        radio.panelWavelengths() * lambda, radio.portSpacingWavelengths() * lambda, lambda,
        radio.txPower());
  }

  /** Number of ports P on the grid. */
  public int ports() {
    return basis.portCount();
  }

  /** Number of Gaussian modes r kept per field. */
  public int modes() {
    return basis.modes();
  }

  /** Per user and user antenna, r mode coefficients i.i.d. CN(0, 1). */
  @Override
  public Channel draw(RandomStream rng) {
    int size = basis.modes() * userAntennas;
    List<UserChannel> list = new ArrayList<>(users);
    for (int k = 0; k < users; k++) {
      double[] re = new double[size];
      double[] im = new double[size];
      double sd = Math.sqrt(0.5);
      for (int i = 0; i < size; i++) {
        re[i] = sd * GeometricChannel.standardNormal(rng);
        im[i] = sd * GeometricChannel.standardNormal(rng);
      }
      list.add(new PortChannel(basis, re, im, userAntennas, txPower));
    }
    return new Channel(list, 1.0);
  }

  /**
   * Each mode coefficient c' = a·c + √(1−a²)·w with w ~ CN(0, 1): port values, weights and the
   * field at every point follow the same Gauss-Markov law.
   *
   * @throws IllegalArgumentException if a user's channel is not a {@link PortChannel}
   */
  @Override
  public Channel evolve(Channel previous, double correlation, RandomStream rng) {
    double a = correlation;
    double b = Math.sqrt(Math.max(0.0, 1 - a * a));
    double sd = Math.sqrt(0.5);
    List<UserChannel> next = new ArrayList<>(previous.userCount());
    for (UserChannel user : previous.users()) {
      if (!(user instanceof PortChannel u)) {
        throw new IllegalArgumentException("not a correlated-port channel: " + user);
      }
      int size = basis.modes() * u.antennas();
      double[] re = new double[size];
      double[] im = new double[size];
      for (int i = 0; i < size; i++) {
        re[i] = a * u.modeRe(i / u.antennas(), i % u.antennas())
            + b * sd * GeometricChannel.standardNormal(rng);
        im[i] = a * u.modeIm(i / u.antennas(), i % u.antennas())
            + b * sd * GeometricChannel.standardNormal(rng);
      }
      next.add(u.withModes(re, im));
    }
    return new Channel(next, previous.noisePower());
  }
}
