package io.fluidedge.sweep;

import io.fluidedge.scenario.InputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code --grid key=v1,v2,...} axis of a sweep: a scenario key (as for {@code --set}, e.g.
 * {@code radio.bs-antennas} or {@code optimizer.policy}) and the values it takes, in order.
 * Values are YAML scalars and cannot contain commas.
 *
 * @param key    the dotted scenario key
 * @param values its values, at least one, each non-empty
 */
public record SweepGrid(String key, List<String> values) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates and copies the values. */
  public SweepGrid {
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
    if (key.isBlank()) {
      throw new IllegalArgumentException("grid key is empty");
    }
    if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("grid " + key + " needs non-empty values: " + values);
    }
  }

  /**
   * Parses {@code key=v1,v2,...} (spaces around the key and each value are trimmed).
   *
   * @param option the option's value
   * @return the axis
   * @throws InputException naming {@code --grid} for a missing '=', an empty key or an empty value
   */
  public static SweepGrid parse(String option) {
    int eq = option.indexOf('=');
    String key = eq < 0 ? "" : option.substring(0, eq).trim();
    if (key.isEmpty()) {
      throw InputException.argument("--grid " + option,
          "expected KEY=V1,V2,..., e.g. radio.bs-antennas=4,8,16");
    }
    List<String> values = new ArrayList<>();
    for (String v : option.substring(eq + 1).split(",", -1)) {
      if (v.isBlank()) {
        throw InputException.argument("--grid " + key, "empty value in '" + option + "'");
      }
      values.add(v.trim());
    }
    return new SweepGrid(key, values);
  }

  /** The {@code --set} override for value {@code index}: {@code key=value}. */
  public String override(int index) {
    return key + "=" + values.get(index);
  }
}
