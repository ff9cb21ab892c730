package io.fluidedge.plugin;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.SourceMap;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a plugin is created with: its name, the run's scenario (with the seed in force), its own
 * section of the scenario's {@code plugins:} map, and where that section was written.
 *
 * <p>The typed getters read a key or return the fallback when it is absent; a value of the wrong
 * type is an {@link InputException} naming {@code plugins.<name>.<key>} and, when the locations
 * are known, the file, line and column it was written at. Plugins raise their own range errors
 * the same way, through {@link #error}.
 *
 * @param name      the plugin's name as the scenario writes it (the key under {@code plugins:})
 * @param scenario  the resolved scenario
 * @param config    this plugin's configuration (lower-kebab keys; plain YAML values: String,
 *                  Long, Double, Boolean, List, Map); empty when the scenario has none
 * @param locations where the scenario's keys were written, or null when unknown
 */
public record PluginContext(String name, Scenario scenario, Map<String, Object> config,
    SourceMap locations) {

  /** Checks the required parts and copies the configuration. */
  public PluginContext {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scenario, "scenario");
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  /** The context of the plugin named {@code name} in a scenario (locations unknown). */
  public static PluginContext of(Scenario scenario, String name) {
    return new PluginContext(name, scenario, scenario.plugins().getOrDefault(name, Map.of()),
        null);
  }

  /** The context of the plugin named {@code name} in a loaded scenario, with locations. */
  public static PluginContext of(LoadedScenario loaded, String name) {
    Scenario s = loaded.scenario();
    return new PluginContext(name, s, s.plugins().getOrDefault(name, Map.of()),
        loaded.locations());
  }

  /**
   * Bad input at {@code plugins.<name>.<key>}: at the value's file, line and column when known.
   *
   * @param key  the configuration key at fault
   * @param rule what is wrong, with the bad value
   */
  public InputException error(String key, String rule) {
    String field = "plugins." + name + "." + key;
    if (locations != null && locations.value(field).isPresent()) {
      return locations.error(field, rule);
    }
    return new InputException(scenario.source(), 0, 0, field, rule);
  }

  /**
   * A finite number, or {@code fallback} when the key is absent.
   *
   * @throws InputException if the value is not a finite number
   */
  public double number(String key, double fallback) {
    Object v = config.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw error(key, "expected a finite number, got '" + v + "'");
  }

  /**
   * A number &gt; 0, or {@code fallback} when the key is absent.
   *
   * @throws InputException if the value is not a finite number &gt; 0
   */
  public double positive(String key, double fallback) {
    double v = number(key, fallback);
    if (!(v > 0)) {
      throw error(key, "must be > 0, got " + v);
    }
    return v;
  }

  /**
   * A number &ge; {@code min}, or {@code fallback} when the key is absent.
   *
   * @throws InputException if the value is not a finite number &ge; {@code min}
   */
  public double atLeast(String key, double fallback, double min) {
    double v = number(key, fallback);
    if (!(v >= min)) {
      throw error(key, "must be >= " + (min == Math.rint(min) && Math.abs(min) < 1e15
          ? String.valueOf((long) min) : String.valueOf(min)) + ", got " + v);
    }
    return v;
  }

  /**
   * An integer, or {@code fallback} when the key is absent.
   *
   * @throws InputException if the value is not a whole number in the int range
   */
  public int integer(String key, int fallback) {
    Object v = config.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
        return (int) d;
      }
    }
    throw error(key, "expected a whole number, got '" + v + "'");
  }

  /**
   * A boolean, or {@code fallback} when the key is absent.
   *
   * @throws InputException if the value is not true or false
   */
  public boolean bool(String key, boolean fallback) {
    Object v = config.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw error(key, "expected true or false, got '" + v + "'");
  }

  /**
   * A string, or {@code fallback} when the key is absent.
   *
   * @throws InputException if the value is a list or a map
   */
  public String string(String key, String fallback) {
    Object v = config.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Map || v instanceof java.util.List) {
      throw error(key, "expected a single value, got '" + v + "'");
    }
    return v.toString();
  }

  /**
   * A file named by a key, resolved like the scenario's trace file (see {@link #resolve}), or
   * null when the key is absent and {@code fallback} is null.
   */
  public Path file(String key, String fallback) {
    String given = string(key, fallback);
    return given == null ? null : resolve(given);
  }

  /**
   * A path written in the scenario: as given if it is absolute, else relative to the folder of
   * the scenario file (not the working directory, so a run reads the same file from wherever it
   * is started); relative to the working directory only for a scenario not read from a file.
   */
  public Path resolve(String given) {
    Path path = Path.of(given);
    String source = scenario.source();
    if (path.isAbsolute() || source.startsWith("<")) {
      return path;
    }
    Path dir = Path.of(source).toAbsolutePath().getParent();
    return dir == null ? path : dir.resolve(path).normalize();
  }
}
