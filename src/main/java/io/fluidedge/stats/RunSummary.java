package io.fluidedge.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The numbers an experiment keeps of one run, read from the run's {@code summary.json} text.
 *
 * <p>Fresh runs, runs resumed from disk and runs computed elsewhere all pass through the same
 * {@code summary.json} text ({@link #fromSummaryJson}), so aggregates are byte-identical
 * whichever way a summary was obtained. A statistic that is {@code null} in the JSON (no
 * completed requests, no blocks) is NaN here.
 *
 * @param seed         the run's seed
 * @param complete     whether the run reached its planned duration
 * @param completed    requests completed
 * @param latencyMeanS mean end-to-end latency, s
 * @param latencyP50S  median latency, s
 * @param latencyP90S  90th percentile, s
 * @param latencyP99S  99th percentile, s
 * @param latencyMaxS  maximum latency, s
 * @param psnrDbMean   mean PSNR over completed requests, dB
 * @param lossMean     mean optimizer loss J over the blocks
 * @param curves       window percentiles and the latency histogram, or null when not kept
 *                     (never in summary.json)
 */
public record RunSummary(long seed, boolean complete, long completed, double latencyMeanS,
    double latencyP50S, double latencyP90S, double latencyP99S, double latencyMaxS,
    double psnrDbMean, double lossMean, LatencyCurves curves) implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Validates the count. */
  public RunSummary {
    if (completed < 0) {
      throw new IllegalArgumentException("completed must be >= 0: " + completed);
    }
  }

  /**
   * The summary in a run's {@code summary.json} text (docs/formats.md keys).
   *
   * @param json the file's text
   * @return the summary, without curves
   * @throws IllegalArgumentException if the text is not JSON or lacks a contract key
   */
  public static RunSummary fromSummaryJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("summary.json is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode latency = required(root, "latency_s");
    return new RunSummary(required(root, "seed").asLong(), required(root, "complete").asBoolean(),
        required(required(root, "requests"), "completed").asLong(),
        number(latency, "mean"), number(latency, "p50"), number(latency, "p90"),
        number(latency, "p99"), number(latency, "max"), number(root, "psnr_db_mean"),
        number(required(root, "optimizer"), "loss_mean"), null);
  }

  /**
   * Reads a run's {@code summary.json}.
   *
   * @param file the file
   * @return its summary
   * @throws IOException              if it cannot be read
   * @throws IllegalArgumentException if it is not a summary
   */
  public static RunSummary read(Path file) throws IOException {
    return fromSummaryJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** This summary with curves attached. */
  public RunSummary withCurves(LatencyCurves newCurves) {
    return new RunSummary(seed, complete, completed, latencyMeanS, latencyP50S, latencyP90S,
        latencyP99S, latencyMaxS, psnrDbMean, lossMean, newCurves);
  }

  private static JsonNode required(JsonNode node, String key) {
    JsonNode v = node == null ? null : node.get(key);
    if (v == null) {
      throw new IllegalArgumentException("summary.json lacks the key " + key);
    }
    return v;
  }

  private static double number(JsonNode node, String key) {
    JsonNode v = required(node, key);
    return v.isNull() ? Double.NaN : v.asDouble();
  }
}
