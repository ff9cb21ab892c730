package io.fluidedge.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.AtomicFiles;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A sweep's output directory: the {@value #MANIFEST} manifest that marks it as a sweep's,
 * {@value ResultsCsv#FILE} and one directory per run below {@value #RUNS}.
 *
 * <p>A directory holding a manifest is resumed without {@code --force}; any other non-empty
 * directory is refused unless {@code --force}. With {@code --force} the files a sweep writes are
 * deleted (results, manifest, and the known run files in run directories named like ours) and
 * everything else is kept: never a recursive delete of a user's directory.
 */
public final class SweepDirectory {

  /** The manifest written at the start of every sweep. */
  public static final String MANIFEST = "sweep.json";
  /** The subdirectory of the per-run directories. */
  public static final String RUNS = "runs";
  /** Manifest format tag. */
  static final String FORMAT = "fluidedge-sweep/1";

  private static final Pattern RUN_DIR = Pattern.compile("\\d+--?\\d+-[0-9a-f]{12}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SweepDirectory() {
  }

  /**
   * Whether {@code dir} holds a manifest written by a sweep.
   *
   * @param dir a directory (need not exist)
   * @return true if {@code dir/sweep.json} is a sweep manifest
   */
  public static boolean holdsSweep(Path dir) {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    try {
      JsonNode root = MAPPER.readTree(Files.readString(manifest));
      return root != null && FORMAT.equals(root.path("format").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Makes {@code dir} ready for a sweep: created if missing; an earlier sweep's directory is
   * kept for resuming (cleared under {@code force}).
   *
   * @param dir   the output directory
   * @param force start over in an earlier sweep's directory, or write into a non-empty one
   * @throws InputException if {@code dir} is a file, or non-empty, not a sweep's and not forced
   * @throws IOException    if it cannot be created or cleared
   */
  public static void prepare(Path dir, boolean force) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw InputException.argument("--out", "output directory " + dir + " is not a directory");
    }
    Files.createDirectories(dir);
    boolean sweep = holdsSweep(dir);
    if (!sweep && !isEmpty(dir) && !force) {
      throw InputException.argument("--out", "output directory " + dir + " is not empty and "
          + "holds no earlier sweep (no " + MANIFEST + "); use --force to write into it");
    }
    if (force) {
      clear(dir);
    }
  }

  /**
   * Writes the manifest (atomically), describing the plan.
   *
   * @param dir      the output directory
   * @param plan     the sweep plan
   * @param scenario the base scenario file as given
   * @throws IOException if it cannot be written
   */
  public static void writeManifest(Path dir, SweepPlan plan, String scenario) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("scenario", scenario);
    root.put("seed", plan.baseSeed());
    root.put("set", plan.baseOverrides());
    List<Map<String, Object>> grids = plan.grids().stream()
        .map(g -> Map.<String, Object>of("key", g.key(), "values", g.values())).toList();
    root.put("grids", grids);
    root.put("replications", plan.replications());
    root.put("cells", plan.cells());
    root.put("runs", plan.cells() * plan.replications());
    AtomicFiles.writeString(dir.resolve(MANIFEST), json(root));
  }

  private static String json(Map<String, Object> root) throws JsonProcessingException {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n")
        + "\n";
  }

  private static void clear(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(ResultsCsv.FILE));
    Files.deleteIfExists(dir.resolve(MANIFEST));
    Path runs = dir.resolve(RUNS);
    if (!Files.isDirectory(runs)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs,
        p -> Files.isDirectory(p) && RUN_DIR.matcher(p.getFileName().toString()).matches())) {
      for (Path run : entries) {
        OutputDirectory.prepare(run, true);
        Files.deleteIfExists(run.resolve(SweepRunner.SCENARIO_YAML));
        if (isEmpty(run)) {
          Files.delete(run);
        }
      }
    }
    if (isEmpty(runs)) {
      Files.delete(runs);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
