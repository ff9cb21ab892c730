package io.fluidedge.metrics;

import io.fluidedge.inference.AccuracyMetric;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the run knows about itself, beside the recorded measurements, for {@code summary.json}.
 *
 * @param scenario   scenario name
 * @param seed       scenario seed
 * @param complete   whether the run reached its planned duration (false for a partial run)
 * @param simulatedS simulated time reached, s (finite, &ge; 0); windows run up to it
 * @param inFlight   requests arrived but neither completed nor dropped at the end (&ge; 0)
 * @param accuracy   what the accuracy model's numbers measure ({@code accuracy_metric},
 *                   {@code accuracy_unit}; the {@code psnr_db*} fields hold them)
 * @param sections   extra top-level sections written after the contract keys, in this map's
 *                   order (e.g. {@code "energy"} from a plugin, {@code "traffic"} with
 *                   {@code rejected_rows}); values are serialized by Jackson (maps, lists,
 *                   records, numbers; non-finite doubles become null). Copied, order kept.
 */
public record RunInfo(String scenario, long seed, boolean complete, double simulatedS, long inFlight,
    AccuracyMetric accuracy, Map<String, Object> sections) {

  /** Validates and copies the sections (insertion order kept); section names must be new keys. */
  public RunInfo {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(accuracy, "accuracy");
    if (!(simulatedS >= 0) || Double.isInfinite(simulatedS)) {
      throw new IllegalArgumentException("simulated time must be finite and >= 0: " + simulatedS + " s");
    }
    if (inFlight < 0) {
      throw new IllegalArgumentException("in-flight requests must be >= 0: " + inFlight);
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    if (sections != null) {
      for (Map.Entry<String, Object> e : sections.entrySet()) {
        String name = Objects.requireNonNull(e.getKey(), "section name");
        if (SummaryWriter.KEYS.contains(name)) {
          throw new IllegalArgumentException("section name " + name + " is a summary.json key of its own");
        }
        copy.put(name, e.getValue());
      }
    }
    sections = Collections.unmodifiableMap(copy);
  }

  /**
   * A run description without extra sections, its accuracy in PSNR (dB).
   *
   * @param scenario   scenario name
   * @param seed       scenario seed
   * @param complete   whether the run reached its planned duration
   * @param simulatedS simulated time reached, s
   * @param inFlight   requests still in flight at the end
   * @return the description
   */
  public static RunInfo of(String scenario, long seed, boolean complete, double simulatedS, long inFlight) {
    return new RunInfo(scenario, seed, complete, simulatedS, inFlight, AccuracyMetric.PSNR,
        Map.of());
  }

  /**
   * This description with another accuracy metric.
   *
   * @param metric what the run's accuracy numbers measure
   * @return a new description
   */
  public RunInfo withAccuracy(AccuracyMetric metric) {
    return new RunInfo(scenario, seed, complete, simulatedS, inFlight, metric, sections);
  }

  /**
   * This description with one more section appended (or replaced in place).
   *
   * @param name  the top-level key
   * @param value its value (serialized by Jackson)
   * @return a new description
   */
  public RunInfo withSection(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(sections);
    more.put(name, value);
    return new RunInfo(scenario, seed, complete, simulatedS, inFlight, accuracy, more);
  }
}
