package io.fluidedge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.IndependentBessel;

/**
 * Uplink rates rebuilt from an {@code optimize --json --dump-channel} object alone, with plain
 * complex arithmetic (no radio or link classes): H_k = F_kᴴ·Σ_k·G_k for the field-response
 * form, H_k[m][n] = Σ_p J0(2π·|r_m − p|/λ)·α_p[n] for the correlated-port form,
 * Q = Σ_j (p_j/N)·H_j·H_jᴴ + σ²·I and R_k = log2 det Q − log2 det(Q − (p_k/N)·H_k·H_kᴴ), or,
 * with the paper solver's dumped combiners W_k, R_k = log2 det(W_kᴴQW_k) − log2 det(W_kᴴC_kW_k).
 * Matrices are {@code [row][col]} arrays of re and im parts.
 */
final class IndependentRates {

  private IndependentRates() {
  }

  /** R_k for every user, bit/s/Hz. */
  static double[] rates(JsonNode json) {
    double lambda = json.get("wavelength_m").asDouble();
    JsonNode positions = json.get("positions_m");
    JsonNode channel = json.get("channel");
    JsonNode users = channel.get("users");
    int m = positions.size();
    int k = users.size();
    double[][][] hRe = new double[k][][];
    double[][][] hIm = new double[k][][];
    double[] scale = new double[k];
    for (int u = 0; u < k; u++) {
      JsonNode user = users.get(u);
      int n = user.has("weights_re") ? user.get("weights_re").get(0).size()
          : user.get("antenna_positions_m").size();
      scale[u] = user.get("tx_power").asDouble() / n;
      hRe[u] = new double[m][n];
      hIm[u] = new double[m][n];
      if (user.path("form").asText().equals("correlated-ports")) {
        portMatrix(positions, user, hRe[u], hIm[u]);
      } else {
        channelMatrix(lambda, positions, user, hRe[u], hIm[u]);
      }
    }
    double noise = channel.get("noise_power").asDouble();
    double[][] qRe = new double[m][m];
    double[][] qIm = new double[m][m];
    for (int a = 0; a < m; a++) {
      qRe[a][a] = noise;
    }
    for (int u = 0; u < k; u++) {
      addOuter(qRe, qIm, hRe[u], hIm[u], scale[u]);
    }
    double logDetQ = logDet(qRe, qIm);
    JsonNode w = json.get("combiners");
    double[] rates = new double[k];
    for (int u = 0; u < k; u++) {
      double[][] cRe = copy(qRe);
      double[][] cIm = copy(qIm);
      addOuter(cRe, cIm, hRe[u], hIm[u], -scale[u]);
      if (w == null) {
        rates[u] = (logDetQ - logDet(cRe, cIm)) / Math.log(2);
      } else {
        // R_k(W) = log2 det(WᴴQW) − log2 det(WᴴC_kW) for the dumped combiner W = W_k
        JsonNode wk = w.get(u);
        int n = wk.get(0).size();
        double[][] wRe = new double[m][n];
        double[][] wIm = new double[m][n];
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < n; b++) {
            wRe[a][b] = wk.get(a).get(b).get(0).asDouble();
            wIm[a][b] = wk.get(a).get(b).get(1).asDouble();
          }
        }
        double[][][] wq = sandwich(qRe, qIm, wRe, wIm);
        double[][][] wc = sandwich(cRe, cIm, wRe, wIm);
        rates[u] = (logDet(wq[0], wq[1]) - logDet(wc[0], wc[1])) / Math.log(2);
      }
    }
    return rates;
  }

  /**
   * The closed-form rates (R_k with the optimal combiner), or, when the object holds the paper
   * solver's {@code combiners}, R_k(W_k) for those.
   */
  static double[] closedFormRates(JsonNode json) {
    ObjectNode copy = ((ObjectNode) json).deepCopy();
    copy.remove("combiners");
    return rates(copy);
  }

  /** {re, im} of WᴴXW (N × N). */
  private static double[][][] sandwich(double[][] xRe, double[][] xIm, double[][] wRe,
      double[][] wIm) {
    int m = wRe.length;
    int n = wRe[0].length;
    double[][] re = new double[n][n];
    double[][] im = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            // conj(W[a][i])·X[a][b]·W[b][j]
            double pRe = wRe[a][i] * xRe[a][b] + wIm[a][i] * xIm[a][b];
            double pIm = wRe[a][i] * xIm[a][b] - wIm[a][i] * xRe[a][b];
            re[i][j] += pRe * wRe[b][j] - pIm * wIm[b][j];
            im[i][j] += pRe * wIm[b][j] + pIm * wRe[b][j];
          }
        }
      }
    }
    return new double[][][] {re, im};
  }

  /**
   * H[m][n] = Σ_q conj(f_q(r_m))·σ_q·g_q(t_n), f_q(r) = exp(j·2π/λ·(x sinθʳ cosφʳ + y cosθʳ)),
   * g_q(t) likewise with the departure angles.
   */
  private static void channelMatrix(double lambda, JsonNode positions, JsonNode user,
      double[][] re, double[][] im) {
    double k0 = 2 * Math.PI / lambda;
    JsonNode antennas = user.get("antenna_positions_m");
    for (JsonNode path : user.get("paths")) {
      double thR = path.get("aoa_elev_rad").asDouble();
      double phR = path.get("aoa_azim_rad").asDouble();
      double thT = path.get("aod_elev_rad").asDouble();
      double phT = path.get("aod_azim_rad").asDouble();
      double gRe = path.get("gain_re").asDouble();
      double gIm = path.get("gain_im").asDouble();
      for (int a = 0; a < re.length; a++) {
        double x = positions.get(a).get(0).asDouble();
        double y = positions.get(a).get(1).asDouble();
        double rho = k0 * (x * Math.sin(thR) * Math.cos(phR) + y * Math.cos(thR));
        for (int n = 0; n < re[a].length; n++) {
          double tx = antennas.get(n).get(0).asDouble();
          double ty = antennas.get(n).get(1).asDouble();
          double tau = k0 * (tx * Math.sin(thT) * Math.cos(phT) + ty * Math.cos(thT));
          // conj(exp(j·rho)) · σ · exp(j·tau) = σ · exp(j·(tau − rho))
          double c = Math.cos(tau - rho);
          double s = Math.sin(tau - rho);
          re[a][n] += gRe * c - gIm * s;
          im[a][n] += gRe * s + gIm * c;
        }
      }
    }
  }

  /**
   * The correlated-port form: H[m][n] = Σ_p J0(2π·|r_m − p|/λ)·(weights_re + j·weights_im)[p][n]
   * over the dumped ports p, with J0 from its integral.
   */
  private static void portMatrix(JsonNode positions, JsonNode user, double[][] re,
      double[][] im) {
    double lambda = user.get("wavelength_m").asDouble();
    JsonNode ports = user.get("ports_m");
    JsonNode wRe = user.get("weights_re");
    JsonNode wIm = user.get("weights_im");
    for (int a = 0; a < re.length; a++) {
      double x = positions.get(a).get(0).asDouble();
      double y = positions.get(a).get(1).asDouble();
      for (int p = 0; p < ports.size(); p++) {
        double d = Math.hypot(x - ports.get(p).get(0).asDouble(),
            y - ports.get(p).get(1).asDouble());
        double k = IndependentBessel.j0(2 * Math.PI * d / lambda);
        for (int n = 0; n < re[a].length; n++) {
          re[a][n] += k * wRe.get(p).get(n).asDouble();
          im[a][n] += k * wIm.get(p).get(n).asDouble();
        }
      }
    }
  }

  /** X += w·H·Hᴴ (modified). */
  private static void addOuter(double[][] xRe, double[][] xIm, double[][] hRe, double[][] hIm,
      double w) {
    for (int a = 0; a < xRe.length; a++) {
      for (int b = 0; b < xRe.length; b++) {
        double sRe = 0;
        double sIm = 0;
        for (int n = 0; n < hRe[a].length; n++) {
          // h[a][n] · conj(h[b][n])
          sRe += hRe[a][n] * hRe[b][n] + hIm[a][n] * hIm[b][n];
          sIm += hIm[a][n] * hRe[b][n] - hRe[a][n] * hIm[b][n];
        }
        xRe[a][b] += w * sRe;
        xIm[a][b] += w * sIm;
      }
    }
  }

  /** ln det of a Hermitian positive definite matrix by Cholesky: 2·Σ ln L_ii. */
  static double logDet(double[][] aRe, double[][] aIm) {
    int m = aRe.length;
    double[][] lRe = new double[m][m];
    double[][] lIm = new double[m][m];
    double sum = 0;
    for (int i = 0; i < m; i++) {
      double d = aRe[i][i];
      for (int p = 0; p < i; p++) {
        d -= lRe[i][p] * lRe[i][p] + lIm[i][p] * lIm[i][p];
      }
      if (!(d > 0)) {
        throw new ArithmeticException("not positive definite at " + i + ": " + d);
      }
      double lii = Math.sqrt(d);
      lRe[i][i] = lii;
      sum += Math.log(lii);
      for (int j = i + 1; j < m; j++) {
        double re = aRe[j][i];
        double im = aIm[j][i];
        for (int p = 0; p < i; p++) {
          // L[j][p] · conj(L[i][p])
          re -= lRe[j][p] * lRe[i][p] + lIm[j][p] * lIm[i][p];
          im -= lIm[j][p] * lRe[i][p] - lRe[j][p] * lIm[i][p];
        }
        lRe[j][i] = re / lii;
        lIm[j][i] = im / lii;
      }
    }
    return 2 * sum;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
