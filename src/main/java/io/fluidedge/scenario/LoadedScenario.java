package io.fluidedge.scenario;

import java.util.Objects;

/**
 * A loaded scenario together with where each of its keys was written, so that checks made after
 * loading (plugin configuration, trace columns) can report file, line and key.
 *
 * @param scenario  the fully resolved scenario
 * @param locations dotted key → location in the user's file, a {@code --set} option or the defaults
 */
public record LoadedScenario(Scenario scenario, SourceMap locations) {

  /** Both parts are required. */
  public LoadedScenario {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(locations, "locations");
  }
}
