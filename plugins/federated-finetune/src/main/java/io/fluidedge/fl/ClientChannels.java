package io.fluidedge.fl;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;

/**
 * The channel matrices H_k (M × N) of some clients at one antenna layout, built row by row from
 * the core's field-response channel ({@link UserChannel#row}), as flat complex arrays: element
 * (m, n) of client k's matrix is {@code re[k][m·N + n] + j·im[k][m·N + n]}.
 */
final class ClientChannels {

  final int antennas;
  final int userAntennas;
  final double[][] re;
  final double[][] im;
  /** P_k, each client's transmit power limit (the channel's tx power; σ² as the channel has it). */
  final double[] power;
  /** σ², the receiver noise power per antenna. */
  final double noise;

  private ClientChannels(int antennas, int userAntennas, int clients, double noise) {
    this.antennas = antennas;
    this.userAntennas = userAntennas;
    this.re = new double[clients][antennas * userAntennas];
    this.im = new double[clients][antennas * userAntennas];
    this.power = new double[clients];
    this.noise = noise;
  }

  /**
   * H_k for the listed clients at {@code layout}.
   *
   * @param channel the block's channel of the whole pool
   * @param clients pool indices, in the order the result keeps
   * @param layout  the base station's antenna positions
   */
  static ClientChannels of(Channel channel, int[] clients, Positions layout) {
    int n = channel.userAntennas();
    ClientChannels h = new ClientChannels(layout.size(), n, clients.length, channel.noisePower());
    double[] rowRe = new double[n];
    double[] rowIm = new double[n];
    for (int i = 0; i < clients.length; i++) {
      UserChannel u = channel.user(clients[i]);
      h.power[i] = u.txPower();
      for (int m = 0; m < layout.size(); m++) {
        u.row(layout.x(m), layout.y(m), rowRe, rowIm);
        System.arraycopy(rowRe, 0, h.re[i], m * n, n);
        System.arraycopy(rowIm, 0, h.im[i], m * n, n);
      }
    }
    return h;
  }

  /** Clients held. */
  int clients() {
    return re.length;
  }

  /**
   * g = H_kᴴ·c for a receive combiner c (length M), into gRe, gIm (modified, length ≥ N).
   *
   * @return ‖g‖²
   */
  double project(int k, double[] cRe, double[] cIm, double[] gRe, double[] gIm) {
    int n = userAntennas;
    double norm2 = 0;
    for (int a = 0; a < n; a++) {
      double sr = 0;
      double si = 0;
      for (int m = 0, i = a; m < antennas; m++, i += n) {
        // conj(H[m, a])·c[m]
        sr += re[k][i] * cRe[m] + im[k][i] * cIm[m];
        si += re[k][i] * cIm[m] - im[k][i] * cRe[m];
      }
      gRe[a] = sr;
      gIm[a] = si;
      norm2 += sr * sr + si * si;
    }
    return norm2;
  }

  /** y += scale·H_k·g (length M, modified) for an N-vector g. */
  void applyAdd(int k, double[] gRe, double[] gIm, double scale, double[] yRe, double[] yIm) {
    int n = userAntennas;
    for (int m = 0; m < antennas; m++) {
      double sr = 0;
      double si = 0;
      for (int a = 0; a < n; a++) {
        double hr = re[k][m * n + a];
        double hi = im[k][m * n + a];
        sr += hr * gRe[a] - hi * gIm[a];
        si += hr * gIm[a] + hi * gRe[a];
      }
      yRe[m] += scale * sr;
      yIm[m] += scale * si;
    }
  }
}
