package io.fluidedge.plots;

import io.fluidedge.metrics.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The figures of {@code reproduce}, each drawn from its CSV alone (fig3.csv, fig4.csv,
 * fig6.csv; columns in docs/formats.md), so that {@code reproduce} and {@code plot} draw the same
 * figure. Subtitles name the reference scenario and the channel draws.
 */
public final class ReproduceCharts {

  private ReproduceCharts() {
  }

  /** "reference scenario, channel draws 1..N". */
  private static String subtitle(CsvTable t) {
    long draws = t.size() == 0 ? 0 : Math.round(t.number(0, "draws"));
    return "reference scenario (scenarios/default.yaml), channel draws 1.." + draws;
  }

  /**
   * Fig. 3: the loss J (ms) after each BCD iteration, one line per (SNR, model size); the
   * smallest model solid, larger ones dashed in the same SNR colours.
   *
   * @param t fig3.csv
   * @return the figure {@code fig3}
   */
  public static Figure fig3(CsvTable t) {
    List<Double> sizes = new ArrayList<>();
    List<Double> snrs = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      addOnce(sizes, t.number(i, "parameters"));
      addOnce(snrs, t.number(i, "snr_db"));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    for (double size : sizes) {
      for (double snr : snrs) {
        XYSeries s = new XYSeries(String.format(Locale.ROOT, "SNR %s dB, S = %.0fM",
            Formats.decimal(snr), size / 1e6), false, true);
        for (int i = 0; i < t.size(); i++) {
          if (t.number(i, "snr_db") == snr && t.number(i, "parameters") == size) {
            s.add(t.number(i, "iteration"), t.number(i, "loss_mean") * 1e3);
          }
        }
        if (s.getItemCount() > 0) {
          data.addSeries(s);
        }
      }
    }
    int perSize = Math.max(1, data.getSeriesCount() / Math.max(1, sizes.size()));
    return new Figure("fig3", Charts.stacked("BCD loss vs iteration (joint policy, mean over draws)",
        subtitle(t), Charts.integerAxis("BCD iteration"),
        Charts.panel(data, "loss J (ms)", false, sizes.size() > 1 ? perSize : -1, 0)), 900, 600);
  }

  /**
   * Fig. 4: latency and PSNR (mean ± 95 % CI) against the sensitivity ρ on a log axis.
   *
   * @param t fig4.csv
   * @return the figure {@code fig4}
   */
  public static Figure fig4(CsvTable t) {
    YIntervalSeries latency = new YIntervalSeries("latency Σ_k (T_off + T_inf)");
    YIntervalSeries psnr = new YIntervalSeries("mean PSNR over users");
    for (int i = 0; i < t.size(); i++) {
      double rho = t.number(i, "sensitivity");
      add(latency, rho, t.number(i, "latency_s_mean"), t.number(i, "latency_s_ci95"), 1e3);
      add(psnr, rho, t.number(i, "psnr_db_mean"), t.number(i, "psnr_db_ci95"), 1);
    }
    YIntervalSeriesCollection top = new YIntervalSeriesCollection();
    top.addSeries(latency);
    YIntervalSeriesCollection bottom = new YIntervalSeriesCollection();
    bottom.addSeries(psnr);
    return new Figure("fig4", Charts.stacked(
        "Latency and PSNR vs sensitivity ρ (joint policy, mean ± 95% CI)", subtitle(t),
        Charts.logAxis("sensitivity ρ (s/dB, log scale)"),
        Charts.panel(top, "latency (ms)", true, -1, 0),
        Charts.panel(bottom, "PSNR (dB)", true, -1, 1)), 900, 750);
  }

  /**
   * Fig. 6: latency and PSNR (mean ± 95 % CI) of FA and FPA against the BS antenna count.
   *
   * @param t fig6.csv
   * @return the figure {@code fig6}
   */
  public static Figure fig6(CsvTable t) {
    YIntervalSeriesCollection latency = new YIntervalSeriesCollection();
    YIntervalSeriesCollection psnr = new YIntervalSeriesCollection();
    for (String layout : List.of("fa", "fpa")) {
      String name = layout.equals("fa") ? "FA (joint: antennas moved)"
          : "FPA (fixed on the diagonal)";
      YIntervalSeries l = new YIntervalSeries(name);
      YIntervalSeries q = new YIntervalSeries(name);
      for (int i = 0; i < t.size(); i++) {
        if (t.text(i, "layout").equals(layout)) {
          double m = t.number(i, "bs_antennas");
          add(l, m, t.number(i, "latency_s_mean"), t.number(i, "latency_s_ci95"), 1e3);
          add(q, m, t.number(i, "psnr_db_mean"), t.number(i, "psnr_db_ci95"), 1);
        }
      }
      latency.addSeries(l);
      psnr.addSeries(q);
    }
    String rho = t.size() == 0 ? "?" : Formats.decimal(t.number(0, "sensitivity"));
    return new Figure("fig6", Charts.stacked(
        "FA vs FPA against BS antennas M (ρ = " + rho + " s/dB, mean ± 95% CI)", subtitle(t),
        Charts.integerAxis("BS antennas M"),
        Charts.panel(latency, "latency Σ_k (ms)", true, -1, 0),
        Charts.panel(psnr, "mean PSNR (dB)", true, -1, 0)), 900, 750);
  }

  /** A mean with its 95 % half-width, times {@code scale}; a missing width collapses. */
  private static void add(YIntervalSeries s, double x, double mean, double ci95, double scale) {
    double half = Double.isNaN(ci95) ? 0 : ci95;
    s.add(x, mean * scale, (mean - half) * scale, (mean + half) * scale);
  }

  private static void addOnce(List<Double> list, double v) {
    if (!list.contains(v)) {
      list.add(v);
    }
  }
}
