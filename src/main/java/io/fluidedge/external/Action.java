package io.fluidedge.external;

import com.fasterxml.jackson.databind.JsonNode;
import io.fluidedge.optimize.Problem;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;

/**
 * An agent's decision for one block: any subset of the antenna positions, the bits and the CPU
 * shares; a part left out (null) is decided by the built-in blocks.
 *
 * @param positions antenna positions (M, feasible on the panel), or null
 * @param bits      b_k per user in [b_min, b_max], or null
 * @param cpuHz     f_k per user, cycles/s, positive and summing to F, or null
 */
record Action(Positions positions, int[] bits, double[] cpuHz) {

  /** Relative tolerance on Σ f_k = F (the shares arrive as decimal text). */
  static final double SHARE_TOLERANCE = 1e-6;

  /**
   * Reads and checks the optional parts of an action message.
   *
   * @param node  the action message (type and block already checked)
   * @param p     the block's problem (K, M, b_min, b_max, F)
   * @param panel the panel the positions must fit
   * @throws BadReply naming the first field at fault
   */
  static Action parse(JsonNode node, Problem p, Panel panel) {
    return new Action(positions(node.get("positions_m"), p.antennas(), panel),
        bits(node.get("bits"), p), cpu(node.get("cpu_hz"), p));
  }

  private static int[] bits(JsonNode node, Problem p) {
    if (absent(node)) {
      return null;
    }
    array(node, "bits", p.users());
    int[] bits = new int[p.users()];
    for (int k = 0; k < bits.length; k++) {
      JsonNode v = node.get(k);
      if (!v.isIntegralNumber() || v.asLong() < p.bitsMin() || v.asLong() > p.bitsMax()) {
        throw new BadReply("bits[" + k + "]", "must be a whole number in " + p.bitsMin() + ".."
            + p.bitsMax() + " (model.bits-min..bits-max), got " + v);
      }
      bits[k] = v.asInt();
    }
    return bits;
  }

  private static double[] cpu(JsonNode node, Problem p) {
    if (absent(node)) {
      return null;
    }
    array(node, "cpu_hz", p.users());
    double[] f = new double[p.users()];
    double sum = 0;
    for (int k = 0; k < f.length; k++) {
      f[k] = number(node.get(k), "cpu_hz[" + k + "]");
      if (!(f[k] > 0)) {
        throw new BadReply("cpu_hz[" + k + "]", "must be > 0 cycles/s, got " + f[k]);
      }
      sum += f[k];
    }
    if (Math.abs(sum - p.cpuHz()) > SHARE_TOLERANCE * p.cpuHz()) {
      throw new BadReply("cpu_hz", "the shares must sum to server.cpu-hz = " + p.cpuHz()
          + " (relative tolerance " + SHARE_TOLERANCE + "), got " + sum);
    }
    return f;
  }

  private static Positions positions(JsonNode node, int antennas, Panel panel) {
    if (absent(node)) {
      return null;
    }
    array(node, "positions_m", antennas);
    double[] x = new double[antennas];
    double[] y = new double[antennas];
    double slack = 1e-9 * panel.wavelengthM();
    for (int m = 0; m < antennas; m++) {
      String field = "positions_m[" + m + "]";
      JsonNode xy = node.get(m);
      if (!xy.isArray() || xy.size() != 2) {
        throw new BadReply(field, "expected [x, y] in m, got " + xy);
      }
      x[m] = number(xy.get(0), field + "[0]");
      y[m] = number(xy.get(1), field + "[1]");
      if (x[m] < -slack || y[m] < -slack || x[m] > panel.sideM() + slack
          || y[m] > panel.sideM() + slack) {
        throw new BadReply(field, "(" + x[m] + ", " + y[m] + ") m lies outside the panel [0, "
            + panel.sideM() + "]²");
      }
      for (int n = 0; n < m; n++) {
        double d = Math.hypot(x[m] - x[n], y[m] - y[n]);
        if (d < panel.minSpacingM() - slack) {
          throw new BadReply(field, "is " + d + " m from positions_m[" + n
              + "], closer than the minimum spacing " + panel.minSpacingM() + " m");
        }
      }
    }
    return Positions.of(x, y);
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private static void array(JsonNode node, String field, int length) {
    if (!node.isArray() || node.size() != length) {
      throw new BadReply(field, "expected an array of " + length + " values, got "
          + (node.isArray() ? node.size() + " values" : node.toString()));
    }
  }

  private static double number(JsonNode v, String field) {
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new BadReply(field, "expected a finite number, got " + v);
    }
    return v.asDouble();
  }
}
