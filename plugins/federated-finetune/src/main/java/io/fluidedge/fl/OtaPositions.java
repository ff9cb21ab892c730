package io.fluidedge.fl;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Antenna positions for the OTA objective: maximise Ψ(T) = min_k w_k·‖H_k(T)ᴴc‖²
 * (w_k = P_k/φ_k²), i.e. minimise the zero-forcing MSE σ²/Ψ (E10 with ‖c‖ = 1), by block
 * coordinate ascent over the antennas and the combiner, warm-started from the layout in force.
 *
 * <p>Antenna j alone changes row j of every H_k, so with g_k = H_kᴴc = Σ_m conj(row_m)·c_m the
 * trial value at (x, y) costs one row per client: g_k' = g_k − conj(row_j)c_j +
 * conj(row_j(x, y))c_j. Per antenna: every point of a grid of spacing δ over the panel that keeps
 * D_min to the other antennas, then a pattern search around the best (steps δ/2 … δ/64 along ±x,
 * ±y). The antenna moves only to a strictly better feasible point. After each pass over the
 * antennas the combiner is designed again ({@link Receiver#design}) for the new layout and kept
 * only if it raises Ψ. Passes stop when Ψ rises by less than 10⁻³ relative or after
 * {@code passes}. So Ψ never falls and every layout visited is feasible (E27).
 */
final class OtaPositions {

  private static final int PATTERN_HALVINGS = 6;

  private final Panel panel;
  private final double gridM;
  private final int passes;

  /** Every accepted move, for tests: the layout after it and Ψ there. */
  final List<Accepted> trail = new ArrayList<>();

  /**
   * One accepted step.
   *
   * @param layout the layout after the step
   * @param value  Ψ after the step
   */
  record Accepted(Positions layout, double value) {
  }

  /** The outcome: layout, combiner {re, im} and Ψ. */
  record Result(Positions layout, double[][] combiner, double value) {
  }

  /**
   * @param panel  the panel (side A, D_min)
   * @param gridM  δ, the candidate grid's spacing, m
   * @param passes most passes over the antennas
   */
  OtaPositions(Panel panel, double gridM, int passes) {
    this.panel = panel;
    this.gridM = gridM;
    this.passes = passes;
  }

  /**
   * Improves {@code start} for the clients {@code clients} (pool indices) of {@code channel}.
   *
   * @param weights w_k = P_k/φ_k² per client
   */
  Result improve(Channel channel, int[] clients, double[] weights, Positions start) {
    trail.clear();
    int[] all = new int[clients.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    Positions layout = start;
    ClientChannels h = ClientChannels.of(channel, clients, layout);
    double[][] c = Receiver.design(h, all, weights);
    double value = Receiver.minGain(h, all, weights, c);
    int n = channel.userAntennas();
    double[][] gRe = new double[clients.length][n];
    double[][] gIm = new double[clients.length][n];
    double[] rowRe = new double[n];
    double[] rowIm = new double[n];
    for (int pass = 0; pass < passes; pass++) {
      double before = value;
      for (int j = 0; j < layout.size(); j++) {
        // g_k without antenna j's term
        for (int i = 0; i < clients.length; i++) {
          h.project(i, c[0], c[1], gRe[i], gIm[i]);
          UserChannel u = channel.user(clients[i]);
          u.row(layout.x(j), layout.y(j), rowRe, rowIm);
          subtract(rowRe, rowIm, c[0][j], c[1][j], gRe[i], gIm[i], -1);
        }
        double bx = layout.x(j);
        double by = layout.y(j);
        double best = value;
        int steps = (int) Math.floor(panel.sideM() / gridM + 1e-9);
        for (int a = 0; a <= steps; a++) {
          for (int b = 0; b <= steps; b++) {
            double x = Math.min(a * gridM, panel.sideM());
            double y = Math.min(b * gridM, panel.sideM());
            double v = trial(channel, clients, weights, c, j, x, y, layout, gRe, gIm);
            if (v > best) {
              best = v;
              bx = x;
              by = y;
            }
          }
        }
        double step = gridM / 2;
        for (int halving = 0; halving < PATTERN_HALVINGS; halving++, step /= 2) {
          boolean improved = true;
          while (improved) {
            improved = false;
            double[][] moves = {{step, 0}, {-step, 0}, {0, step}, {0, -step}};
            for (double[] d : moves) {
              double x = bx + d[0];
              double y = by + d[1];
              if (!panel.contains(x, y)) {
                continue;
              }
              double v = trial(channel, clients, weights, c, j, x, y, layout, gRe, gIm);
              if (v > best) {
                best = v;
                bx = x;
                by = y;
                improved = true;
              }
            }
          }
        }
        if (best > value) {
          layout = layout.with(j, bx, by);
          value = best;
          h = ClientChannels.of(channel, clients, layout);
          trail.add(new Accepted(layout, value));
        }
      }
      double[][] fresh = Receiver.design(h, all, weights);
      double freshValue = Receiver.minGain(h, all, weights, fresh);
      if (freshValue > value) {
        c = fresh;
        value = freshValue;
        trail.add(new Accepted(layout, value));
      }
      if (value - before <= 1e-3 * before) {
        break;
      }
    }
    return new Result(layout, c, value);
  }

  /** Ψ with antenna j at (x, y), or −∞ where that breaks D_min. */
  private double trial(Channel channel, int[] clients, double[] weights, double[][] c, int j,
      double x, double y, Positions layout, double[][] restRe, double[][] restIm) {
    if (layout.distanceToOthers(j, x, y) < panel.minSpacingM()) {
      return Double.NEGATIVE_INFINITY;
    }
    int n = channel.userAntennas();
    double[] rowRe = new double[n];
    double[] rowIm = new double[n];
    double[] gRe = new double[n];
    double[] gIm = new double[n];
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < clients.length; i++) {
      channel.user(clients[i]).row(x, y, rowRe, rowIm);
      System.arraycopy(restRe[i], 0, gRe, 0, n);
      System.arraycopy(restIm[i], 0, gIm, 0, n);
      subtract(rowRe, rowIm, c[0][j], c[1][j], gRe, gIm, 1);
      double s = 0;
      for (int a = 0; a < n; a++) {
        s += gRe[a] * gRe[a] + gIm[a] * gIm[a];
      }
      min = Math.min(min, weights[i] * s);
    }
    return min;
  }

  /** g += sign·conj(row)·c_j (g modified). */
  private static void subtract(double[] rowRe, double[] rowIm, double cRe, double cIm,
      double[] gRe, double[] gIm, double sign) {
    for (int a = 0; a < rowRe.length; a++) {
      gRe[a] += sign * (rowRe[a] * cRe + rowIm[a] * cIm);
      gIm[a] += sign * (rowRe[a] * cIm - rowIm[a] * cRe);
    }
  }
}
