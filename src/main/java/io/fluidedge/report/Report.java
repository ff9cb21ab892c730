package io.fluidedge.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.plots.CsvTable;
import io.fluidedge.plots.Figure;
import io.fluidedge.plots.FigureFiles;
import io.fluidedge.plots.Folders;
import io.fluidedge.plots.Folders.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@value #FILE}: one self-contained page per output folder (run, compare, sweep, reproduce)
 * with the summary, the figures as inline SVG, the tables, the scenario and the provenance, all
 * read from the folder's own files, so that {@code plot} can rewrite it at any time.
 */
public final class Report {

  /** The report's file name. */
  public static final String FILE = "report.html";
  /** Most rows of a long table shown (windows.csv); the rest stay in the CSV file. */
  static final int MAX_ROWS = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Report() {
  }

  /**
   * Writes {@code dir/report.html} for the folder's kind, atomically.
   *
   * @param dir  the output folder
   * @param kind its kind
   * @throws IOException              if a file cannot be read or the report written
   * @throws IllegalArgumentException naming the file for a malformed CSV
   */
  public static void write(Path dir, Kind kind) throws IOException {
    write(dir, kind, null);
  }

  /**
   * {@link #write(Path, Kind)} with the folder's figures given, as a run that has just drawn
   * them from its own data passes them instead of having them read back from its files.
   *
   * @param dir     the output folder
   * @param kind    its kind
   * @param figures the figures {@link Folders#figures} would read, or null to read them
   * @throws IOException              if a file cannot be read or the report written
   * @throws IllegalArgumentException naming the file for a malformed CSV
   */
  public static void write(Path dir, Kind kind, List<Figure> figures) throws IOException {
    AtomicFiles.writeString(dir.resolve(FILE), html(dir, kind, figures));
  }

  /** The report's text. */
  static String html(Path dir, Kind kind) throws IOException {
    return html(dir, kind, null);
  }

  private static String html(Path dir, Kind kind, List<Figure> given) throws IOException {
    Html page = new Html("FluidEdge " + kind.command() + " report");
    page.nav(sections());
    JsonNode summary = kind == Kind.RUN ? JSON.readTree(dir.resolve(RunOutputs.SUMMARY_JSON)
        .toFile()) : null;
    page.heading("summary", "Summary");
    switch (kind) {
      case RUN -> runSummary(page, summary);
      case COMPARE -> {
        csvTable(page, dir.resolve("compare.csv"), Integer.MAX_VALUE);
        Path md = dir.resolve("compare.md");
        if (Files.isRegularFile(md)) {
          page.pre(Files.readString(md, StandardCharsets.UTF_8));
        }
      }
      case SWEEP -> csvTable(page, dir.resolve("results.csv"), Integer.MAX_VALUE);
      case REPRODUCE -> page.paragraph("The paper's figures from first principles; each "
          + "figure's numbers are in the Tables section and in its CSV file.");
      default -> throw new IllegalStateException(kind.name());
    }
    page.heading("figures", "Figures");
    List<Figure> figures = given != null ? given : Folders.figures(dir, kind);
    if (figures.isEmpty()) {
      page.paragraph("This folder has no figures.");
    }
    for (Figure f : figures) {
      page.figure(FigureFiles.svgElement(f), f.name());
    }
    page.heading("tables", "Tables");
    tables(page, dir, kind);
    page.heading("scenario", "Scenario");
    Path yaml = dir.resolve("scenario.yaml");
    if (Files.isRegularFile(yaml)) {
      page.pre(Files.readString(yaml, StandardCharsets.UTF_8));
    } else {
      page.paragraph(kind == Kind.REPRODUCE
          ? "The reference scenario (scenarios/default.yaml's values) with each figure's own "
              + "changes; see docs/formats.md."
          : "No scenario.yaml in this folder.");
    }
    page.heading("provenance", "Provenance");
    JsonNode provenance = provenance(dir, summary);
    if (provenance == null) {
      page.note("Provenance not recorded: no \"provenance\" object in this folder's JSON "
          + "files (tool version, commit, Java version, scenario SHA-256, command line).");
    } else {
      page.keyValues("provenance", flatten(provenance, ""));
    }
    return page.page(dir.toAbsolutePath().normalize().getFileName() + ": "
        + subtitle(dir, kind, summary));
  }

  private static Map<String, String> sections() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("summary", "Summary");
    s.put("figures", "Figures");
    s.put("tables", "Tables");
    s.put("scenario", "Scenario");
    s.put("provenance", "Provenance");
    return s;
  }

  private static String subtitle(Path dir, Kind kind, JsonNode summary) throws IOException {
    if (summary != null) {
      return "scenario " + summary.path("scenario").asText() + ", seed "
          + summary.path("seed").asText() + (summary.path("complete").asBoolean(true) ? ""
          : " (incomplete run)");
    }
    Path md = dir.resolve("compare.md");
    if (kind == Kind.COMPARE && Files.isRegularFile(md)) {
      return Files.readString(md, StandardCharsets.UTF_8).lines().findFirst().orElse("")
          .replaceFirst("^# ", "");
    }
    return kind.command() + " output folder";
  }

  /** The run's top-level numbers and sections as key-values, the users as a table. */
  private static void runSummary(Html page, JsonNode summary) {
    Map<String, String> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = summary.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (!e.getValue().isArray() && !e.getKey().equals("provenance")) {
        values.putAll(flatten(e.getValue(), e.getKey()));
      }
    }
    page.keyValues("summary", values);
    JsonNode users = summary.path("users");
    if (users.isArray() && !users.isEmpty()) {
      List<String> header = new ArrayList<>(flatten(users.get(0), "").keySet());
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode u : users) {
        rows.add(new ArrayList<>(flatten(u, "").values()));
      }
      page.paragraph("Per user:");
      page.table("users", header, rows);
    }
  }

  private static void tables(Html page, Path dir, Kind kind) throws IOException {
    switch (kind) {
      case RUN -> csvTable(page, dir.resolve(RunOutputs.WINDOWS_CSV), MAX_ROWS);
      case COMPARE -> csvTable(page, dir.resolve("compare_windows.csv"), MAX_ROWS);
      case SWEEP -> page.paragraph("results.csv is in the Summary section; every run's "
          + "summary.json is below runs/.");
      case REPRODUCE -> {
        for (String csv : Folders.FIGURE_CSVS) {
          if (Files.isRegularFile(dir.resolve(csv))) {
            csvTable(page, dir.resolve(csv), MAX_ROWS);
          }
        }
      }
      default -> throw new IllegalStateException(kind.name());
    }
  }

  /** A CSV file as a table, at most {@code maxRows} rows with a note of how many there are. */
  private static void csvTable(Html page, Path file, int maxRows) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    CsvTable t = CsvTable.read(file);
    String name = file.getFileName().toString();
    page.paragraph(t.size() > maxRows ? name + " (first " + maxRows + " of " + t.size()
        + " rows; the file has them all):" : name + ":");
    page.table(name.replace('.', '-'), t.header(), t.rows().subList(0,
        Math.min(maxRows, t.size())));
  }

  /**
   * The {@code provenance} object of summary.json (a run), else of the first top-level JSON
   * file in the folder that has one (aggregates), or null.
   */
  static JsonNode provenance(Path dir, JsonNode summary) throws IOException {
    if (summary != null) {
      JsonNode p = summary.get("provenance");
      return p != null && p.isObject() ? p : null;
    }
    List<Path> jsons;
    try (Stream<Path> list = Files.list(dir)) {
      jsons = list.filter(p -> p.getFileName().toString().endsWith(".json")
          && Files.isRegularFile(p)).sorted().toList();
    }
    for (Path p : jsons) {
      try {
        JsonNode node = JSON.readTree(p.toFile()).get("provenance");
        if (node != null && node.isObject()) {
          return node;
        }
      } catch (IOException notJson) {
        // A file named .json that is not JSON holds no provenance.
      }
    }
    return null;
  }

  /** Nested objects as dotted keys; arrays as their JSON text. */
  static Map<String, String> flatten(JsonNode node, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        out.putAll(flatten(e.getValue(), prefix.isEmpty() ? e.getKey()
            : prefix + "." + e.getKey()));
      }
    } else {
      out.put(prefix, node.isValueNode() ? node.asText() : node.toString());
    }
    return out;
  }
}
