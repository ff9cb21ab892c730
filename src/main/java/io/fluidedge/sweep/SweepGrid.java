package io.fluidedge.sweep;

import io.fluidedge.metrics.Formats;
import io.fluidedge.scenario.InputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code --grid} axis of a sweep: a scenario key (as for {@code --set}, e.g.
 * {@code radio.bs-antennas} or {@code optimizer.policy}) and the values it takes, in order.
 * Values are listed ({@code key=v1,v2,...}; YAML scalars without commas) or spaced as a range:
 * {@code key=lin:a:b:n} (n values from a to b, equally spaced) or {@code key=log:a:b:n} (n values
 * from a to b, equally spaced in log; a, b &gt; 0). Range values are written with
 * {@link Formats#decimal} (12 significant digits), the end points exactly as a and b.
 *
 * @param key    the dotted scenario key
 * @param values its values, at least one, each non-empty
 */
public record SweepGrid(String key, List<String> values) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most values a range may give. */
  public static final int MAX_RANGE = 10_000;

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
   * Parses {@code key=v1,v2,...}, {@code key=lin:a:b:n} or {@code key=log:a:b:n} (spaces around
   * the key and each value are trimmed).
   *
   * @param option the option's value
   * @return the axis
   * @throws InputException naming {@code --grid} for a missing '=', an empty key or value, or a
   *                        bad range
   */
  public static SweepGrid parse(String option) {
    int eq = option.indexOf('=');
    String key = eq < 0 ? "" : option.substring(0, eq).trim();
    if (key.isEmpty()) {
      throw InputException.argument("--grid " + option,
          "expected KEY=V1,V2,..., KEY=lin:A:B:N or KEY=log:A:B:N, e.g. radio.bs-antennas=4,8,16");
    }
    String spec = option.substring(eq + 1).trim();
    if (spec.startsWith("lin:") || spec.startsWith("log:")) {
      return new SweepGrid(key, range(key, spec));
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

  /** The values of {@code lin:a:b:n} or {@code log:a:b:n}. */
  private static List<String> range(String key, String spec) {
    String[] parts = spec.split(":", -1);
    String usage = "expected " + parts[0] + ":A:B:N with numbers A, B and a count N >= 2, got '"
        + spec + "'";
    if (parts.length != 4) {
      throw InputException.argument("--grid " + key, usage);
    }
    double a;
    double b;
    int n;
    try {
      a = Double.parseDouble(parts[1].trim());
      b = Double.parseDouble(parts[2].trim());
      n = Integer.parseInt(parts[3].trim());
    } catch (NumberFormatException e) {
      throw InputException.argument("--grid " + key, usage);
    }
    if (!Double.isFinite(a) || !Double.isFinite(b) || n < 2 || n > MAX_RANGE) {
      throw InputException.argument("--grid " + key, usage + " (N at most " + MAX_RANGE + ")");
    }
    boolean log = parts[0].equals("log");
    if (log && !(a > 0 && b > 0)) {
      throw InputException.argument("--grid " + key, "log: needs A, B > 0, got '" + spec + "'");
    }
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double t = (double) i / (n - 1);
      double v = i == 0 ? a : i == n - 1 ? b
          : log ? Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a))) : a + t * (b - a);
      values.add(Formats.decimal(v));
    }
    return values;
  }

  /** The {@code --set} override for value {@code index}: {@code key=value}. */
  public String override(int index) {
    return key + "=" + values.get(index);
  }
}
