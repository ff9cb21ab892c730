package io.fluidedge.inference;

import java.util.Objects;

/**
 * What an {@link AccuracyModel}'s numbers measure: the metric's name and its unit, as outputs
 * print them ("mean PSNR 52.8 dB", "mean top-1 accuracy 71.3 %", an axis "PSNR (dB)").
 *
 * @param name the metric, e.g. {@code PSNR} or {@code top-1 accuracy} (not blank, one line)
 * @param unit its unit, e.g. {@code dB} or {@code %}; empty for a dimensionless score
 */
public record AccuracyMetric(String name, String unit) {

  /** PSNR of the quantised features in dB, the built-in model's metric. */
  public static final AccuracyMetric PSNR = new AccuracyMetric("PSNR", "dB");

  /** The metric of a model that does not name its own: "accuracy", no unit. */
  public static final AccuracyMetric UNNAMED = new AccuracyMetric("accuracy", "");

  /** Checks that the name is a non-blank line and the unit a line. */
  public AccuracyMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (name.isBlank() || name.lines().count() > 1) {
      throw new IllegalArgumentException("metric name must be one non-blank line: '" + name + "'");
    }
    if (unit.lines().count() > 1) {
      throw new IllegalArgumentException("metric unit must be one line: '" + unit + "'");
    }
    name = name.strip();
    unit = unit.strip();
  }

  /** An axis label: {@code "PSNR (dB)"}, or the bare name without a unit. */
  public String axisLabel() {
    return unit.isEmpty() ? name : name + " (" + unit + ")";
  }

  /** A value with its unit: {@code "52.8 dB"} ({@code text} already formatted). */
  public String withUnit(String text) {
    return unit.isEmpty() ? text : text + " " + unit;
  }
}
