package io.fluidedge.plugin;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a plugin is created with: the run's scenario (with the seed in force) and the plugin's own
 * section of the scenario's {@code plugins:} map (empty if none).
 *
 * @param scenario the resolved scenario
 * @param config   this plugin's configuration (lower-kebab keys; plain YAML values)
 */
public record PluginContext(Scenario scenario, Map<String, Object> config) {

  public PluginContext {
    Objects.requireNonNull(scenario, "scenario");
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** The context of the plugin named {@code name} in a scenario. */
  public static PluginContext of(Scenario scenario, String name) {
    return new PluginContext(scenario, scenario.plugins().getOrDefault(name, Map.of()));
  }

  /**
   * Rejects keys outside {@code allowed}, naming the plugin and listing the known keys.
   *
   * @throws InputException for the first unknown key
   */
  public void requireKeys(String plugin, Set<String> allowed) {
    for (String key : config.keySet()) {
      if (!allowed.contains(key)) {
        throw new InputException(scenario.source(), 0, 0, "plugins." + plugin + "." + key,
            "unknown key; known keys: " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** A number from the configuration, or {@code fallback} when absent. */
  public double number(String plugin, String key, double fallback) {
    Object v = config.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new InputException(scenario.source(), 0, 0, "plugins." + plugin + "." + key,
        "expected a finite number, got '" + v + "'");
  }

  /** A string from the configuration, or {@code fallback} when absent. */
  public String string(String plugin, String key, String fallback) {
    Object v = config.get(key);
    return v == null ? fallback : v.toString();
  }
}
