package io.fluidedge.cli;

import io.fluidedge.metrics.Formats;
import io.fluidedge.reproduce.Fig3LossVsIteration;
import io.fluidedge.reproduce.Fig4Sensitivity;
import io.fluidedge.reproduce.Fig6Antennas;
import io.fluidedge.stats.MeanCi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The short text summary {@code reproduce} prints after each figure. */
final class ReproduceReport {

  private ReproduceReport() {
  }

  /** Fig. 3: each curve's final loss with its interval, and iterations to stop. */
  static void fig3(PrintWriter w, Fig3LossVsIteration.Result r, Path dir, double wallS) {
    int draws = r.curves().get(0).finalLoss().count();
    header(w, "fig3", "loss J vs BCD iteration, joint policy", draws, dir,
        Fig3LossVsIteration.CSV, Fig3LossVsIteration.PNG, wallS);
    w.println("  snr_db  parameters   final_loss_ms   ci95_ms  iterations_mean  iterations_max"
        + "  converged");
    for (Fig3LossVsIteration.Curve c : r.curves()) {
      w.println(f("  %6.1f  %10.3g  %14.4f  %8.4f  %15.2f  %14d  %5d/%d", c.snrDb(),
          c.parameters(), c.finalLoss().mean() * 1e3, c.finalLoss().ci95() * 1e3,
          c.iterationsMean(), c.iterationsMax(), c.converged(), draws));
    }
  }

  /** Fig. 4: latency and PSNR at both ends of the ρ range, and whether both rise. */
  static void fig4(PrintWriter w, Fig4Sensitivity.Result r, Path dir, double wallS) {
    header(w, "fig4", "latency and PSNR vs sensitivity, joint policy", r.draws(), dir,
        Fig4Sensitivity.CSV, Fig4Sensitivity.PNG, wallS);
    List<Fig4Sensitivity.Row> rows = r.rows();
    Fig4Sensitivity.Row first = rows.get(0);
    Fig4Sensitivity.Row last = rows.get(rows.size() - 1);
    for (Fig4Sensitivity.Row row : List.of(first, last)) {
      w.println(f("  rho %.3g s/dB: latency %.4f ± %.4f ms, PSNR %.2f ± %.2f dB", row.sensitivity(),
          row.latencyS().mean() * 1e3, row.latencyS().ci95() * 1e3, row.psnrDb().mean(),
          row.psnrDb().ci95()));
    }
    w.println(f("  change over the range: latency %+.1f %%, PSNR %+.1f %%",
        100 * last.latencyRelChange(), 100 * last.psnrRelChange()));
    w.println(f("  means non-decreasing in rho: latency %s, PSNR %s", monotone(rows, true),
        monotone(rows, false)));
    w.println(f("  draws non-decreasing in rho: latency %d/%d, PSNR %d/%d",
        r.latencyMonotoneDraws(), r.draws(), r.psnrMonotoneDraws(), r.draws()));
  }

  /** "yes", or "no" with the largest relative fall between neighbouring means and where. */
  private static String monotone(List<Fig4Sensitivity.Row> rows, boolean latency) {
    double worst = 0;
    int at = -1;
    for (int i = 1; i < rows.size(); i++) {
      MeanCi a = latency ? rows.get(i - 1).latencyS() : rows.get(i - 1).psnrDb();
      MeanCi b = latency ? rows.get(i).latencyS() : rows.get(i).psnrDb();
      double fall = (a.mean() - b.mean()) / Math.abs(a.mean());
      if (fall > worst) {
        worst = fall;
        at = i;
      }
    }
    if (at < 0) {
      return "yes";
    }
    return f("no (largest fall %.2f %% from rho %.3g to %.3g)", 100 * worst,
        rows.get(at - 1).sensitivity(), rows.get(at).sensitivity());
  }

  /** Fig. 6: FA and FPA per M, and the paired differences FA − FPA. */
  static void fig6(PrintWriter w, Fig6Antennas.Result r, Path dir, double wallS) {
    header(w, "fig6", f("FA (joint) vs FPA (diagonal) vs BS antennas, rho %s s/dB",
        Formats.decimal(r.sensitivity())), r.draws(), dir,
        Fig6Antennas.CSV, Fig6Antennas.PNG, wallS);
    w.println("   M  layout   latency_ms    ci95    psnr_db    ci95");
    for (Fig6Antennas.Row row : r.rows()) {
      w.println(f("  %2d  %-6s  %11.4f  %6.4f  %9.3f  %6.3f", row.bsAntennas(), row.layout(),
          row.latencyS().mean() * 1e3, row.latencyS().ci95() * 1e3, row.psnrDb().mean(),
          row.psnrDb().ci95()));
    }
    w.println("  paired FA − FPA (mean [95% CI]); latency gain = (FPA − FA)/FPA:");
    for (Fig6Antennas.Paired p : r.paired()) {
      double fpaLatency = r.rows().stream()
          .filter(row -> row.bsAntennas() == p.bsAntennas() && row.layout().equals("fpa"))
          .findFirst().orElseThrow().latencyS().mean();
      w.println(f("  M=%2d  latency %s ms (gain %.1f %%), PSNR %s dB, loss %s ms",
          p.bsAntennas(), interval(p.latencyS(), 1e3), -100 * p.latencyS().mean() / fpaLatency,
          interval(p.psnrDb(), 1), interval(p.lossS(), 1e3)));
    }
  }

  private static void header(PrintWriter w, String name, String what, int draws, Path dir,
      String csv, String png, double wallS) {
    w.println(f("%s: %s, %d draws per point, %.1f s -> %s, %s", name, what, draws, wallS,
        dir.resolve(csv), dir.resolve(png)));
  }

  private static String interval(MeanCi m, double scale) {
    return f("%+.4f [%+.4f, %+.4f]", m.mean() * scale, m.lower() * scale, m.upper() * scale);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
