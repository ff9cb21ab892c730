package io.fluidedge.traffic;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Traffic;
import java.nio.file.Path;

/**
 * Placeholder for the trace reader being written on the {@code traffic} branch: same factory
 * signature, refuses to open anything. Replaced when that branch is merged.
 */
public final class TraceReader implements TrafficSource {

  private TraceReader() {
  }

  /**
   * Opens a trace (placeholder: always fails).
   *
   * @param file            the trace
   * @param settings        the scenario's traffic section
   * @param users           K
   * @param defaultFeatures D
   * @throws InputException always
   */
  public static TraceReader open(Path file, Traffic settings, int users, double defaultFeatures) {
    throw new InputException(String.valueOf(file), 0, 0, "traffic.trace",
        "trace replay is not available in this build");
  }

  @Override
  public Request next() {
    return null;
  }

  @Override
  public void close() {
  }
}
