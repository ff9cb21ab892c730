package io.fluidedge.fl;

import io.fluidedge.radio.Positions;
import java.util.List;
import java.util.Locale;

/**
 * The per-round CSV ({@code fl-rounds.csv}): one row per completed round. Columns: round,
 * start_s, clients (pool indices joined by ';'), mse, mse_zero_forcing, scale (√η), movement_s,
 * broadcast_s, compute_s, upload_s, latency_s, energy_compute_j, energy_upload_j, energy_j,
 * cpu_hz, batch, max_move_m, min_spacing_m, centroid_x_m, centroid_y_m, bound, perplexity, jain,
 * elapsed_s, spent_j, then energy_j_client_&lt;k&gt; for every pool client (0 when not selected).
 */
final class RoundsCsv {

  private RoundsCsv() {
  }

  /** The CSV text for {@code rounds} of a pool of {@code pool} clients. */
  static String of(List<RoundRecord> rounds, int pool) {
    StringBuilder sb = new StringBuilder("round,start_s,clients,mse,mse_zero_forcing,scale,"
        + "movement_s,broadcast_s,compute_s,upload_s,latency_s,energy_compute_j,energy_upload_j,"
        + "energy_j,cpu_hz,batch,max_move_m,min_spacing_m,centroid_x_m,centroid_y_m,bound,"
        + "perplexity,jain,elapsed_s,spent_j");
    for (int k = 0; k < pool; k++) {
      sb.append(",energy_j_client_").append(k);
    }
    sb.append('\n');
    for (RoundRecord r : rounds) {
      double[] perClient = new double[pool];
      StringBuilder ids = new StringBuilder();
      double upload = 0;
      for (int i = 0; i < r.clients().length; i++) {
        int c = r.clients()[i];
        ids.append(i == 0 ? "" : ";").append(c);
        perClient[c] = r.plan().computeJ() + r.uploadJ()[i];
        upload += r.uploadJ()[i];
      }
      Positions p = r.layout();
      double cx = 0;
      double cy = 0;
      for (int m = 0; m < p.size(); m++) {
        cx += p.x(m) / p.size();
        cy += p.y(m) / p.size();
      }
      sb.append(r.round()).append(',').append(num(r.startS())).append(',').append(ids);
      for (double v : new double[] {r.design().mse(), r.design().mseZf(), r.design().scale(),
          r.movementS(), r.broadcastS(), r.computeS(), r.uploadS(), r.latencyS(),
          r.clients().length * r.plan().computeJ(), upload, r.energyJ(), r.plan().cpuHz()}) {
        sb.append(',').append(num(v));
      }
      sb.append(',').append(r.plan().batch());
      for (double v : new double[] {r.maxMoveM(), p.minSpacing(), cx, cy, r.bound(),
          r.perplexity(), r.jain(), r.elapsedS(), r.spentJ()}) {
        sb.append(',').append(num(v));
      }
      for (double v : perClient) {
        sb.append(',').append(num(v));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.9g", v) : "";
  }
}
