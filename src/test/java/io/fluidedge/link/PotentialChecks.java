package io.fluidedge.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;

/** Φ = Σ w_k/R_k from full determinants, and gradients of Φ checked against it. */
public final class PotentialChecks {

  private PotentialChecks() {
  }

  /** Φ = Σ w_k/R_k with R_k from the full determinants ({@link UplinkRates#rates}). */
  public static double potential(Channel ch, Positions pos, double[] w) {
    double[] r = UplinkRates.rates(ch, pos);
    double v = 0;
    for (int u = 0; u < w.length; u++) {
      v += w[u] / r[u];
    }
    return v;
  }

  /**
   * Asserts that (gx, gy) is ∇Φ at pos for every antenna: central finite differences of step
   * {@code step}, within 1e-5 of the larger of the gradient's norm and 1e-3.
   */
  static void assertGradient(Channel ch, Positions pos, double[] w, double[] gx, double[] gy,
      double step) {
    for (int antenna = 0; antenna < pos.size(); antenna++) {
      double x = pos.x(antenna);
      double y = pos.y(antenna);
      double fdx = (potential(ch, pos.with(antenna, x + step, y), w)
          - potential(ch, pos.with(antenna, x - step, y), w)) / (2 * step);
      double fdy = (potential(ch, pos.with(antenna, x, y + step), w)
          - potential(ch, pos.with(antenna, x, y - step), w)) / (2 * step);
      double size = Math.max(1e-3, Math.hypot(fdx, fdy));
      assertThat(gx[antenna]).isCloseTo(fdx, within(1e-5 * size));
      assertThat(gy[antenna]).isCloseTo(fdy, within(1e-5 * size));
    }
  }
}
