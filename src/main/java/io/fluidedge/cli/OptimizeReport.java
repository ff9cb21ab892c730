package io.fluidedge.cli;

import io.fluidedge.metrics.Formats;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The readable form of {@code optimize}: the loss per BCD iteration, the final allocation per user
 * (rate, bits, PSNR, offload and inference time, CPU share) and the antenna positions in
 * wavelengths; with {@code --dump-channel} also the drawn paths of every user.
 */
final class OptimizeReport {

  private OptimizeReport() {
  }

  /**
   * Prints the report.
   *
   * @param out         where to print (not flushed)
   * @param run         the solved problem
   * @param dumpChannel also print the channel's paths
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
      UserChannel u = channel.user(k);
      out.printf(Locale.ROOT, "user %d: tx power %s, antennas at", k, g(u.txPower()));
      for (int n = 0; n < u.antennas(); n++) {
        double[] t = u.antennaPosition(n);
        out.printf(Locale.ROOT, " (%s, %s) m", g(t[0]), g(t[1]));
      }
      out.println();
      out.printf(Locale.ROOT, "  %4s  %12s  %12s  %12s  %12s  %12s  %12s%n", "path",
          "aoa_elev_rad", "aoa_azim_rad", "aod_elev_rad", "aod_azim_rad", "gain_re", "gain_im");
      for (int q = 0; q < u.paths(); q++) {
        out.printf(Locale.ROOT, "  %4d  %12.6f  %12.6f  %12.6f  %12.6f  %12.6f  %12.6f%n", q,
            u.aoaElev(q), u.aoaAzim(q), u.aodElev(q), u.aodAzim(q), u.gainRe(q), u.gainIm(q));
      }
    }
  }

  private static String g(double v) {
    return Formats.decimal(v);
  }
}
