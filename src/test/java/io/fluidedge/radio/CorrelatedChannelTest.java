package io.fluidedge.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.IndependentBessel;
import io.fluidedge.scenario.Radio.Evolution;
import io.fluidedge.scenario.Streams;
import java.util.Map;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/**
 * The correlated-port channel against independent computations: rows equal the kriging sum
 * Σ_p J0(2π|x − p|/λ)·α_p evaluated directly (J0 from its integral), the weights
 * reproduce the port values (Kα = g), the empirical correlation between two points matches
 * J0(2πd/λ) within its confidence interval, and Gauss-Markov evolution correlates blocks by a.
 */
class CorrelatedChannelTest {

  private static final double LAMBDA = 0.1;
  private static final double PANEL = 2 * LAMBDA;

  private final CorrelatedChannel model =
      new CorrelatedChannel(1, 2, PANEL, 0.25 * LAMBDA, LAMBDA, 10);

  private static double j0(double u) {
    return IndependentBessel.j0(u);
  }

  private static double[][] matrix(Map<String, Object> d, String key) {
    return (double[][]) d.get(key);
  }

  @Test
  void grid_hasPortsAtQuarterWavelengthAndFewerModesThanPorts() {
    assertThat(model.ports()).isEqualTo(81);
    assertThat(model.modes()).isBetween(10, 81);
  }

  @Test
  void row_equalsTheKrigingSumOfItsDescription() {
    PortChannel u = (PortChannel) model.draw(Streams.of(3, Streams.CHANNEL)).user(0);
    Map<String, Object> d = u.describe();
    assertThat(d.get("form")).isEqualTo("correlated-ports");
    double[][] ports = matrix(d, "ports_m");
    double[][] wRe = matrix(d, "weights_re");
    double[][] wIm = matrix(d, "weights_im");
    RandomStream rng = Streams.of(4, "points");
    double[] re = new double[2];
    double[] im = new double[2];
    for (int t = 0; t < 20; t++) {
      double x = PANEL * rng.nextDouble();
      double y = PANEL * rng.nextDouble();
      u.row(x, y, re, im);
      for (int n = 0; n < 2; n++) {
        double sr = 0;
        double si = 0;
        for (int p = 0; p < ports.length; p++) {
          double k = j0(2 * Math.PI * Math.hypot(x - ports[p][0], y - ports[p][1]) / LAMBDA);
          sr += k * wRe[p][n];
          si += k * wIm[p][n];
        }
        assertThat(re[n]).isCloseTo(sr, within(1e-10));
        assertThat(im[n]).isCloseTo(si, within(1e-10));
      }
    }
  }

  @Test
  void weights_reproduceThePortValues_andRowsAtPortsAreThePortValues() {
    PortChannel u = (PortChannel) model.draw(Streams.of(5, Streams.CHANNEL)).user(0);
    Map<String, Object> d = u.describe();
    double[][] ports = matrix(d, "ports_m");
    double[][] gRe = matrix(d, "port_values_re");
    double[][] gIm = matrix(d, "port_values_im");
    double[][] wRe = matrix(d, "weights_re");
    double[][] wIm = matrix(d, "weights_im");
    double[] re = new double[2];
    double[] im = new double[2];
    for (int i = 0; i < ports.length; i += 7) {
      u.row(ports[i][0], ports[i][1], re, im);
      for (int n = 0; n < 2; n++) {
        double sr = 0;
        double si = 0;
        for (int p = 0; p < ports.length; p++) {
          double k = j0(2 * Math.PI * Math.hypot(ports[i][0] - ports[p][0],
              ports[i][1] - ports[p][1]) / LAMBDA);
          sr += k * wRe[p][n];
          si += k * wIm[p][n];
        }
        assertThat(sr).isCloseTo(gRe[i][n], within(1e-9));
        assertThat(si).isCloseTo(gIm[i][n], within(1e-9));
        assertThat(re[n]).isCloseTo(gRe[i][n], within(1e-9));
        assertThat(im[n]).isCloseTo(gIm[i][n], within(1e-9));
      }
    }
  }

  /**
   * E[h(x)·conj h(y)] = J0(2π·d/λ) and E|h|² = 1 at points off the port grid, estimated over
   * independent draws; the tolerance is 5 standard errors of the sample mean (the products have
   * variance at most 1 per real part) plus the grid's interpolation error (about 1e-7 here).
   */
  @Test
  void correlation_betweenTwoPointsMatchesJakes() {
    RandomStream rng = Streams.of(6, Streams.CHANNEL);
    double[][] pairs = {{0.3, 0.37, 0.13, 0.41}, {0.52, 0.5, 0.9, 0.61}, {0.11, 0.2, 0.71, 0.8}};
    int draws = 20000;
    double[] cross = new double[pairs.length];
    double[] power = new double[pairs.length];
    double[] a = new double[2];
    double[] ai = new double[2];
    double[] b = new double[2];
    double[] bi = new double[2];
    for (int t = 0; t < draws; t++) {
      UserChannel u = model.draw(rng).user(0);
      for (int i = 0; i < pairs.length; i++) {
        double[] p = pairs[i];
        u.row(p[0] * PANEL, p[1] * PANEL, a, ai);
        u.row(p[2] * PANEL, p[3] * PANEL, b, bi);
        // Both user antennas are independent fields with the same law: pool them.
        for (int n = 0; n < 2; n++) {
          cross[i] += (a[n] * b[n] + ai[n] * bi[n]) / (2.0 * draws);
          power[i] += (a[n] * a[n] + ai[n] * ai[n]) / (2.0 * draws);
        }
      }
    }
    double tol = 5 * Math.sqrt(1.0 / (2 * draws));
    for (int i = 0; i < pairs.length; i++) {
      double[] p = pairs[i];
      double d = Math.hypot(p[0] - p[2], p[1] - p[3]) * PANEL;
      assertThat(cross[i]).as("pair %d at d = %.3f λ", i, d / LAMBDA)
          .isCloseTo(j0(2 * Math.PI * d / LAMBDA), within(tol));
      assertThat(power[i]).isCloseTo(1.0, within(tol));
    }
  }

  @Test
  void gaussMarkov_keepsThePowerAndCorrelatesConsecutiveBlocksByA() {
    ChannelProcess gm = new ChannelProcess(model, Evolution.GAUSS_MARKOV, 20, 0.01,
        Streams.of(7, "c"));
    double a = gm.correlation();
    UserChannel prev = gm.next().user(0);
    double cross = 0;
    double power = 0;
    int steps = 6000;
    double[] re = new double[2];
    double[] im = new double[2];
    double[] re2 = new double[2];
    double[] im2 = new double[2];
    for (int t = 0; t < steps; t++) {
      UserChannel next = gm.next().user(0);
      prev.row(0.4 * PANEL, 0.7 * PANEL, re, im);
      next.row(0.4 * PANEL, 0.7 * PANEL, re2, im2);
      cross += re[0] * re2[0] + im[0] * im2[0];
      power += re[0] * re[0] + im[0] * im[0];
      prev = next;
    }
    // Lag-one autocorrelation of an AR(1) process; its standard error is about √((1−a²)/n).
    assertThat(cross / power).isCloseTo(a, within(10 * Math.sqrt((1 - a * a) / steps) + 0.01));
    assertThat(power / steps).isCloseTo(1.0, within(0.1));
  }
}
