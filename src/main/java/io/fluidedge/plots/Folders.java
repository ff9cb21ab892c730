package io.fluidedge.plots;

import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plots.RunPlotData.Window;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four kinds of output folder and their figures, each drawn from the folder's files alone:
 * what {@code plot} redraws and what report.html shows.
 */
public final class Folders {

  /** A kind of output folder, named like the command that writes it. */
  public enum Kind {
    /** {@code run}: summary.json, windows.csv, blocks.csv, plots/. */
    RUN,
    /** {@code compare}: compare.csv, compare_windows.csv, compare_latency_cdf.csv. */
    COMPARE,
    /** {@code sweep}: results.csv. */
    SWEEP,
    /** {@code reproduce}: fig3.csv, fig4.csv, fig6.csv. */
    REPRODUCE;

    /** The command's name, e.g. {@code run}: the kind of the folder's manifest entries. */
    public String command() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The reproduce figures' CSV files, in order. */
  public static final List<String> FIGURE_CSVS = List.of("fig3.csv", "fig4.csv", "fig6.csv");

  private Folders() {
  }

  /**
   * The kind of the output folder {@code dir}, or null when it holds none of the four.
   *
   * @param dir a folder
   * @return its kind or null
   */
  public static Kind kind(Path dir) {
    if (RunFolder.isRun(dir)) {
      return Kind.RUN;
    }
    if (Files.isRegularFile(dir.resolve("compare.csv"))) {
      return Kind.COMPARE;
    }
    if (Files.isRegularFile(dir.resolve("results.csv"))) {
      return Kind.SWEEP;
    }
    for (String csv : FIGURE_CSVS) {
      if (Files.isRegularFile(dir.resolve(csv))) {
        return Kind.REPRODUCE;
      }
    }
    return null;
  }

  /**
   * Where the figures of a folder of this kind go: {@code plots/} for a run, the folder itself
   * otherwise.
   */
  public static Path figureDir(Path dir, Kind kind) {
    return kind == Kind.RUN ? dir.resolve(RunOutputs.PLOTS_DIR) : dir;
  }

  /**
   * The folder's figures, drawn from its files.
   *
   * @param dir  the folder
   * @param kind its kind
   * @return the figures (none for a sweep)
   * @throws IOException              if a file cannot be read
   * @throws IllegalArgumentException naming the file for a malformed one
   */
  public static List<Figure> figures(Path dir, Kind kind) throws IOException {
    return switch (kind) {
      case RUN -> RunPlots.figures(RunFolder.read(dir));
      case COMPARE -> Files.isRegularFile(dir.resolve(CompareCharts.CDF_CSV))
          ? CompareCharts.figures(compare(dir)) : List.of();
      case SWEEP -> List.of();
      case REPRODUCE -> reproduce(dir);
    };
  }

  /**
   * The formats of the figures already in a folder (PNG when it has none).
   *
   * @param dir     the figures' directory
   * @param figures the figures' names
   * @return the formats found
   */
  public static Set<PlotFormat> formatsPresent(Path dir, List<String> figures) {
    Set<PlotFormat> out = EnumSet.noneOf(PlotFormat.class);
    for (String name : figures) {
      for (PlotFormat f : PlotFormat.values()) {
        if (Files.isRegularFile(dir.resolve(name + f.extension()))) {
          out.add(f);
        }
      }
    }
    return out.isEmpty() ? FigureFiles.DEFAULT : out;
  }

  private static List<Figure> reproduce(Path dir) throws IOException {
    List<Figure> out = new ArrayList<>();
    for (String csv : FIGURE_CSVS) {
      Path file = dir.resolve(csv);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      CsvTable t = CsvTable.read(file);
      out.add(switch (csv) {
        case "fig3.csv" -> ReproduceCharts.fig3(t);
        case "fig4.csv" -> ReproduceCharts.fig4(t);
        default -> ReproduceCharts.fig6(t);
      });
    }
    return out;
  }

  /** The compare figures' data from compare.md's title, the CDF CSV and compare_windows.csv. */
  static CompareCharts.Data compare(Path dir) throws IOException {
    String subtitle = "";
    Path md = dir.resolve("compare.md");
    if (Files.isRegularFile(md)) {
      String first = Files.readString(md, StandardCharsets.UTF_8).lines().findFirst().orElse("");
      subtitle = first.replaceFirst("^# compare: ", "");
    }
    Map<String, List<double[]>> cdf = RunFolder.points(CsvTable.read(dir.resolve(
        CompareCharts.CDF_CSV)));
    Map<String, List<Window>> windows = new LinkedHashMap<>();
    Path w = dir.resolve("compare_windows.csv");
    if (Files.isRegularFile(w)) {
      CsvTable t = CsvTable.read(w);
      for (int i = 0; i < t.size(); i++) {
        windows.computeIfAbsent(t.text(i, "policy"), k -> new ArrayList<>())
            .add(new Window(t.number(i, "window_start_s"), Math.round(t.number(i,
                "replications")), t.number(i, "p50_s"), Double.NaN, t.number(i, "p99_s")));
      }
    }
    return new CompareCharts.Data(subtitle, cdf, windows);
  }
}
