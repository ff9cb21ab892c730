package io.fluidedge.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.Trajectories;
import io.fluidedge.plots.RunPlotData.Track;
import io.fluidedge.plots.RunPlotData.Window;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * the windows from windows.csv, the antenna and user positions from blocks.csv (sampled as the run
 * samples them), and the
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
    Path blocks = dir.resolve(RunOutputs.BLOCKS_CSV);
    return new RunPlotData(scenario, seed, windows(CsvTable.read(dir.resolve(
        RunOutputs.WINDOWS_CSV))), cdf(dir), track(blocks, "x_m_", "y_m_"),
        track(blocks, "user_x_m_", "user_y_m_"));
  }

  static List<Window> windows(CsvTable t) {
    List<Window> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(new Window(t.number(i, "window_start_s"), Math.round(t.number(i, "count")),
          t.number(i, "p50_s"), t.number(i, "p90_s"), t.number(i, "p99_s")));
    }
    return out;
  }

  /**
   * The blocks' positions from the columns {@code <xPrefix><m>, <yPrefix><m>} (antennas:
   * {@code x_m_}, {@code y_m_}; users: {@code user_x_m_}, {@code user_y_m_}), streamed into the same
   * bounded sample the run keeps ({@link Trajectories}), so memory stays bounded for any run
   * length and the figure matches the one the run drew.
   */
  static Track track(Path blocksCsv, String xPrefix, String yPrefix) throws IOException {
    if (!Files.isRegularFile(blocksCsv)) {
      return new Track(List.of(), List.of());
    }
    Trajectories sample = new Trajectories();
    try (BufferedReader in = Files.newBufferedReader(blocksCsv, StandardCharsets.UTF_8)) {
      String head = in.readLine();
      if (head == null) {
        return new Track(List.of(), List.of());
      }
      List<String> header = List.of(head.split(",", -1));
      int time = header.indexOf("time_s");
      List<Integer> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int m = 0; header.contains(xPrefix + m); m++) {
        xs.add(header.indexOf(xPrefix + m));
        ys.add(header.indexOf(yPrefix + m));
      }
      if (time < 0 || xs.isEmpty()) {
        return new Track(List.of(), List.of());
      }
      int line = 1;
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        line++;
        String[] f = row.split(",", -1);
        if (f.length != header.size()) {
          throw new IllegalArgumentException(blocksCsv + ":" + line + ": " + f.length
              + " fields, the header has " + header.size());
        }
        double[][] positions = new double[xs.size()][];
        for (int m = 0; m < xs.size(); m++) {
          positions[m] = new double[] {number(f[xs.get(m)], blocksCsv, line),
              number(f[ys.get(m)], blocksCsv, line)};
        }
        sample.add(number(f[time], blocksCsv, line), positions);
      }
    }
    return new Track(sample.timesS(), sample.samples());
  }

  private static double number(String s, Path file, int line) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ":" + line + ": not a number: '" + s + "'");
    }
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
