package io.fluidedge.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plots.RunPlotData.Track;
import io.fluidedge.plots.RunPlotData.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Reads the figures' data back from a run's output folder: scenario and seed from summary.json,
 * the windows from windows.csv, the antenna positions of every block from blocks.csv, and the
 * latency CDF per user from {@code plots/latency_cdf.csv}; a folder without that file (a run
 * with {@code output.plots: false}) gets one CDF over all users, from latency.hlog.
 */
public final class RunFolder {

  private RunFolder() {
  }

  /**
   * Whether {@code dir} holds a run's outputs (summary.json and windows.csv).
   *
   * @param dir a folder
   * @return true for a run folder
   */
  public static boolean isRun(Path dir) {
    return Files.isRegularFile(dir.resolve(RunOutputs.SUMMARY_JSON))
        && Files.isRegularFile(dir.resolve(RunOutputs.WINDOWS_CSV));
  }

  /**
   * The figures' data of the run in {@code dir}.
   *
   * @param dir a run folder ({@link #isRun})
   * @return the data
   * @throws IOException              if a file cannot be read
   * @throws IllegalArgumentException naming the file for a malformed one
   */
  public static RunPlotData read(Path dir) throws IOException {
    JsonNode summary = new ObjectMapper().readTree(dir.resolve(RunOutputs.SUMMARY_JSON).toFile());
    String scenario = summary.path("scenario").asText("?");
    long seed = summary.path("seed").asLong();
    return new RunPlotData(scenario, seed, windows(CsvTable.read(dir.resolve(
        RunOutputs.WINDOWS_CSV))), cdf(dir), track(dir.resolve(RunOutputs.BLOCKS_CSV)));
  }

  static List<Window> windows(CsvTable t) {
    List<Window> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(new Window(t.number(i, "window_start_s"), Math.round(t.number(i, "count")),
          t.number(i, "p50_s"), t.number(i, "p90_s"), t.number(i, "p99_s")));
    }
    return out;
  }

  /** Every block's positions from the {@code x_m_<m>, y_m_<m>} columns. */
  static Track track(Path blocksCsv) throws IOException {
    if (!Files.isRegularFile(blocksCsv)) {
      return new Track(List.of(), List.of());
    }
    CsvTable t = CsvTable.read(blocksCsv);
    int antennas = 0;
    while (t.has("x_m_" + antennas)) {
      antennas++;
    }
    List<Double> times = new ArrayList<>();
    List<double[]> positions = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      double[] p = new double[2 * antennas];
      for (int m = 0; m < antennas; m++) {
        p[2 * m] = t.number(i, "x_m_" + m);
        p[2 * m + 1] = t.number(i, "y_m_" + m);
      }
      times.add(t.number(i, "time_s"));
      positions.add(p);
    }
    return new Track(times, antennas == 0 ? List.of() : positions);
  }

  /** Per series, the CDF points of {@code plots/latency_cdf.csv}, else of latency.hlog. */
  static Map<String, List<double[]>> cdf(Path dir) throws IOException {
    Path csv = dir.resolve(RunOutputs.PLOTS_DIR).resolve(RunPlots.CDF_CSV);
    if (Files.isRegularFile(csv)) {
      return points(CsvTable.read(csv));
    }
    Map<String, List<double[]>> out = new LinkedHashMap<>();
    Path hlog = dir.resolve(RunOutputs.LATENCY_HLOG);
    if (Files.isRegularFile(hlog)) {
      Histogram all = new Histogram(3);
      try (HistogramLogReader reader = new HistogramLogReader(hlog.toFile())) {
        while (reader.hasNext()) {
          all.add((Histogram) reader.nextIntervalHistogram());
        }
      }
      if (all.getTotalCount() > 0) {
        out.put("all users", RunPlotData.cdfPoints(all));
      }
    }
    return out;
  }

  /**
   * A {@code series,latency_ms,fraction} table as points per series, in first-seen order.
   *
   * @param t the table
   * @return per series its points
   */
  public static Map<String, List<double[]>> points(CsvTable t) {
    Map<String, List<double[]>> out = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      out.computeIfAbsent(t.text(i, "series"), k -> new ArrayList<>())
          .add(new double[] {t.number(i, "latency_ms"), t.number(i, "fraction")});
    }
    return out;
  }
}
