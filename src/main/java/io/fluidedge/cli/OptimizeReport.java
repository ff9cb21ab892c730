package io.fluidedge.cli;

import io.fluidedge.metrics.Formats;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable form of {@code optimize}: the loss per BCD iteration, the final allocation per user
 * (rate, bits, PSNR, offload and inference time, CPU share) and the antenna positions in
 * wavelengths; with {@code --dump-channel} also every user's channel description.
 */
final class OptimizeReport {

  private OptimizeReport() {
  }

  /**
   * Prints the report.
   *
   * @param out         where to print (not flushed)
   * @param run         the solved problem
   * @param dumpChannel also print the channel descriptions
   */
  static void print(PrintWriter out, StaticSolve run, boolean dumpChannel) {
    Scenario s = run.scenario();
    Radio r = s.radio();
    Solution sol = run.solution();
    Panel panel = run.problem().panel();
    double lambda = panel.wavelengthM();
    out.printf(Locale.ROOT, "scenario '%s', seed %d, policy %s, solver %s%n", s.name(), s.seed(),
        run.policy(), run.solver());
    out.printf(Locale.ROOT, "K=%d users x N=%d antennas, M=%d BS antennas on a %s x %s lambda "
        + "panel (lambda = %.6g m), D_min = %s lambda, SNR %s dB%n", r.users(), r.userAntennas(),
        r.bsAntennas(), g(panel.sideM() / lambda), g(panel.sideM() / lambda), lambda,
        g(panel.minSpacingM() / lambda), g(r.snrDb()));
    out.println();

    double[] history = sol.lossHistory();
    out.printf(Locale.ROOT, "%9s  %16s  %12s%n", "iteration", "loss_s", "rel_change");
    for (int i = 0; i < history.length; i++) {
      String change = i == 0 ? "" : String.format(Locale.ROOT, "%12.3e",
          (history[i] - history[i - 1]) / Math.abs(history[i - 1]));
      out.println(String.format(Locale.ROOT, "%9d  %16.9e  %12s", i, history[i], change)
          .stripTrailing());
    }
    out.printf(Locale.ROOT, "%s after %d iteration%s in %.3f ms%n",
        sol.converged() ? "converged" : "not converged (iteration cap)", sol.iterations(),
        sol.iterations() == 1 ? "" : "s", sol.wallMs());
    out.println();

    Allocation a = sol.allocation();
    Loss loss = sol.loss();
    double[] rates = sol.rates();
    double[] off = loss.offloadS();
    double[] inf = loss.inferenceS();
    double[] acc = loss.accuracy();
    out.printf(Locale.ROOT, "%4s  %12s  %4s  %10s  %12s  %12s  %12s%n", "user", "rate_bps_hz",
        "bits", "psnr_db", "offload_s", "inference_s", "cpu_hz");
    for (int k = 0; k < rates.length; k++) {
      out.printf(Locale.ROOT, "%4d  %12.6f  %4d  %10.4f  %12.6e  %12.6e  %12.6e%n", k, rates[k],
          a.bits(k), acc[k], off[k], inf[k], a.cpuHz(k));
    }
    out.printf(Locale.ROOT, "loss J = %.9e s, latency sum = %.9e s%n", loss.total(),
        loss.latencyS());
    out.println();

    Positions p = a.positions();
    out.printf(Locale.ROOT, "%7s  %10s  %10s   (in wavelengths; min spacing %.4f lambda)%n",
        "antenna", "x", "y", p.minSpacing() / lambda);
    for (int m = 0; m < p.size(); m++) {
      out.printf(Locale.ROOT, "%7d  %10.4f  %10.4f%n", m, p.x(m) / lambda, p.y(m) / lambda);
    }
    if (dumpChannel) {
      out.println();
      channel(out, run.problem().channel());
    }
  }

  private static void channel(PrintWriter out, Channel channel) {
    out.printf(Locale.ROOT, "channel (noise power %s)%n", g(channel.noisePower()));
    for (int k = 0; k < channel.userCount(); k++) {
      out.printf(Locale.ROOT, "user %d:%n", k);
      describe(out, channel.user(k).describe());
    }
  }

  /** A channel description: scalars on one line, matrices one row a line, tables in columns. */
  private static void describe(PrintWriter out, Map<String, Object> description) {
    for (Map.Entry<String, Object> e : description.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      if (v instanceof Number number) {
        out.printf(Locale.ROOT, "  %s: %s%n", key, g(number.doubleValue()));
      } else if (v instanceof double[] vector) {
        out.printf(Locale.ROOT, "  %s: %s%n", key, joined(vector));
      } else if (v instanceof double[][] rows) {
        out.printf(Locale.ROOT, "  %s:%n", key);
        for (double[] row : rows) {
          out.printf(Locale.ROOT, "    %s%n", joined(row));
        }
      } else if (v instanceof List<?> table) {
        out.printf(Locale.ROOT, "  %s:%n", key);
        table(out, key, table);
      } else {
        out.printf(Locale.ROOT, "  %s: %s%n", key, v);
      }
    }
  }

  private static void table(PrintWriter out, String key, List<?> table) {
    if (table.isEmpty()) {
      return;
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "    %4s", "#"));
    for (String column : OptimizeJson.entries(key, table.get(0)).keySet()) {
      header.append(String.format(Locale.ROOT, "  %12s", column));
    }
    out.println(header);
    for (int i = 0; i < table.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %4d", i));
      for (Object cell : OptimizeJson.entries(key, table.get(i)).values()) {
        line.append(cell instanceof Number n
            ? String.format(Locale.ROOT, "  %12.6f", n.doubleValue())
            : String.format(Locale.ROOT, "  %12s", cell));
      }
      out.println(line);
    }
  }

  private static String joined(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() == 0 ? "" : " ").append(g(v));
    }
    return b.toString();
  }

  private static String g(double v) {
    return Formats.decimal(v);
  }
}
