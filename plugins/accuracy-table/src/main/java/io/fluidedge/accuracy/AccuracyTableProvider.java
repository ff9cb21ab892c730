package io.fluidedge.accuracy;

import io.fluidedge.inference.AccuracyMetric;
import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.plugin.AccuracyModelProvider;
import io.fluidedge.plugin.PluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code accuracy-table}: an {@link AccuracyTable} read from the CSV file
 * {@code plugins.accuracy-table.file} (relative paths: the scenario file's directory), columns
 * {@code bits-column} (default {@code bits}) and {@code accuracy-column} (default
 * {@code accuracy}); {@code metric} and {@code unit} name what
 * the accuracy column measures (default: "accuracy" with no unit), e.g. {@code top-1 accuracy}
 * in {@code %}, and the outputs print and label it so. Selected by
 * {@code model.accuracy: accuracy-table}.
 */
public final class AccuracyTableProvider implements AccuracyModelProvider {

  @Override
  public String name() {
    return "accuracy-table";
  }

  @Override
  public String description() {
    return "accuracy vs feature bits from a CSV table (plugins.accuracy-table.file)";
  }

  @Override
  public Set<String> configKeys() {
    return Set.of("file", "bits-column", "accuracy-column", "metric", "unit");
  }

  @Override
  public AccuracyModel create(PluginContext context) {
    Path file = context.file("file", null);
    if (file == null) {
      throw context.error("file", "required: the CSV table of (bits, accuracy)");
    }
    if (!Files.isRegularFile(file)) {
      throw context.error("file", "no such file: " + file);
    }
    String metric = context.string("metric", AccuracyMetric.UNNAMED.name());
    if (metric.isBlank() || metric.lines().count() > 1) {
      throw context.error("metric", "must be one non-blank line, got '" + metric + "'");
    }
    String unit = context.string("unit", AccuracyMetric.UNNAMED.unit());
    if (unit.lines().count() > 1) {
      throw context.error("unit", "must be one line, got '" + unit + "'");
    }
    return AccuracyTable.read(file, context.string("bits-column", "bits"),
        context.string("accuracy-column", "accuracy")).withMetric(new AccuracyMetric(metric, unit));
  }
}
