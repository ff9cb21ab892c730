package io.fluidedge.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every key of a loaded scenario came from: the user's file (line and column), a
 * {@code --set} option, or the defaults resource.
 *
 * <p>Keys are full dotted paths ({@code radio.bs-antennas}, {@code traffic.columns.time-s},
 * {@code plugins.energy.alpha}). Code that checks values after loading (plugin configuration, for
 * one) raises its errors through {@link #error(String, String)} so that they name the same file,
 * line and key as the loader's own.
 */
public final class SourceMap {

  /**
   * Where a key or value was written.
   *
   * @param origin which input set it
   * @param file   the file (the user's scenario, or the defaults resource); null for options
   * @param line   1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   */
  public record Location(Origin origin, String file, int line, int column) {

    /** A position in a file the user wrote. */
    public static Location inFile(String file, int line, int column) {
      return new Location(Origin.FILE, file, line, column);
    }

    /** A value given by a {@code --set} option. */
    public static Location option() {
      return new Location(Origin.OPTION, null, 0, 0);
    }
  }

  /** Which input set a key. */
  public enum Origin {
    /** The defaults resource: the user did not set the key. */
    DEFAULTS,
    /** The user's scenario file. */
    FILE,
    /** A {@code --set key=value} option. */
    OPTION
  }

  private final String source;
  private final Map<String, Location> keys = new LinkedHashMap<>();
  private final Map<String, Location> values = new LinkedHashMap<>();

  /** An empty map for a scenario read from {@code source} (a file name, for messages). */
  SourceMap(String source) {
    this.source = source;
  }

  /**
   * A map with no locations, for a scenario built in code (e.g. a figure's variant): errors
   * name the source and the key but no line.
   *
   * @param source the scenario's source name, as in {@link Scenario#source()}
   * @return the empty map
   */
  public static SourceMap unlocated(String source) {
    return new SourceMap(source);
  }

  void put(String key, Location keyLocation, Location valueLocation) {
    keys.put(key, keyLocation);
    values.put(key, valueLocation);
  }

  /** The scenario's source name, as in {@link Scenario#source()}. */
  public String source() {
    return source;
  }

  /** Every dotted key with a known location, sections included, in input order. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(keys.keySet());
  }

  /** Where the key was written, if known. */
  public Optional<Location> key(String key) {
    return Optional.ofNullable(keys.get(key));
  }

  /** Where the key's value starts, if known. */
  public Optional<Location> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Whether the key came from the user (file or {@code --set}) rather than the defaults. */
  public boolean isUserSet(String key) {
    Location at = keys.get(key);
    return at != null && at.origin() != Origin.DEFAULTS;
  }

  /**
   * An error about the value of {@code key}, pointing at the value's line and column in the user's
   * file, at the {@code --set} option that set it, or saying "(default)" when the user did not.
   *
   * @param key  full dotted key
   * @param rule what is wrong, with the bad value
   */
  public InputException error(String key, String rule) {
    return at(key, values.get(key), rule);
  }

  /** Like {@link #error(String, String)} but pointing at the key rather than its value. */
  public InputException keyError(String key, String rule) {
    return at(key, keys.get(key), rule);
  }

  static InputException at(String key, Location where, String rule, String source) {
    if (where == null) {
      return new InputException(source, 0, 0, key, rule);
    }
    return switch (where.origin()) {
      case FILE -> new InputException(where.file(), where.line(), where.column(), key, rule);
      case OPTION -> InputException.argument("--set " + key, rule);
      case DEFAULTS -> new InputException(source, 0, 0, key + " (default)", rule);
    };
  }

  private InputException at(String key, Location where, String rule) {
    return at(key, where, rule, source);
  }
}
