package io.fluidedge.scenario;

import io.fluidedge.scenario.YamlNode.ScalarNode;
import io.fluidedge.scenario.YamlNode.ScalarNode.Kind;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of the merged scenario leaves (defaults, then the file, then {@code --set}). Every
 * read checks the YAML type and on a mismatch raises an {@link InputException} at the value's
 * location, naming the full dotted key.
 */
final class Values {

  private static final double MAX_EXACT_LONG = 9007199254740992.0; // 2^53

  private final Map<String, YamlNode> leaves;
  private final SourceMap locations;
  private final Set<String> read = new HashSet<>();

  Values(Map<String, YamlNode> leaves, SourceMap locations) {
    this.leaves = leaves;
    this.locations = locations;
  }

  SourceMap locations() {
    return locations;
  }

  /** Leaf keys no typed read has asked for (a key in the defaults the loader does not bind). */
  Set<String> unread() {
    Set<String> left = new HashSet<>(leaves.keySet());
    left.removeAll(read);
    return left;
  }

  private YamlNode node(String key) {
    YamlNode node = leaves.get(key);
    if (node == null) {
      throw new IllegalStateException("no scenario key " + key);
    }
    read.add(key);
    return node;
  }

  private InputException wrong(String key, String expected, YamlNode node) {
    return locations.error(key, "expected " + expected + ", got " + node.describe());
  }

  /** A real number; accepts integers, {@code 20e6} and {@code .inf}. */
  double real(String key) {
    YamlNode node = node(key);
    if (node instanceof ScalarNode s) {
      if (s.kind() == Kind.INT) {
        return ((Number) s.value()).doubleValue();
      }
      if (s.kind() == Kind.FLOAT) {
        try {
          return YamlReader.parseFloat(s.text());
        } catch (NumberFormatException e) {
          throw wrong(key, "a number", node);
        }
      }
    }
    throw wrong(key, "a number", node);
  }

  /** A whole number that fits an {@code int}. */
  int integer(String key) {
    long v = whole(key, "an integer");
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw locations.error(key, "integer out of range: " + v);
    }
    return (int) v;
  }

  /** A whole number that fits a {@code long}. */
  long longInteger(String key) {
    return whole(key, "an integer");
  }

  private long whole(String key, String expected) {
    YamlNode node = node(key);
    if (node instanceof ScalarNode s && s.kind() == Kind.INT) {
      if (s.value() instanceof BigInteger) {
        throw locations.error(key, "integer out of range: " + s.text());
      }
      return ((Number) s.value()).longValue();
    }
    if (node instanceof ScalarNode s && s.kind() == Kind.FLOAT) {
      double v;
      try {
        v = YamlReader.parseFloat(s.text());
      } catch (NumberFormatException e) {
        throw wrong(key, expected, node);
      }
      if (v == Math.rint(v) && Math.abs(v) <= MAX_EXACT_LONG) {
        return (long) v;
      }
    }
    throw wrong(key, expected, node);
  }

  /** The raw node of a key (a list leaf such as {@code users.classes}). */
  YamlNode raw(String key) {
    return node(key);
  }

  /** {@code true} or {@code false}. */
  boolean bool(String key) {
    YamlNode node = node(key);
    if (node instanceof ScalarNode s && s.kind() == Kind.BOOL) {
      return (Boolean) s.value();
    }
    throw wrong(key, "true or false", node);
  }

  /** Any non-empty scalar, as written. */
  String text(String key) {
    YamlNode node = node(key);
    if (node instanceof ScalarNode s && !s.isNull()) {
      return s.text();
    }
    throw wrong(key, "a text value", node);
  }

  /** An enum constant written in lower-kebab-case ({@code GAUSS_MARKOV} is gauss-markov). */
  <E extends Enum<E>> E choice(String key, Class<E> type) {
    YamlNode node = node(key);
    if (node instanceof ScalarNode s && !s.isNull()) {
      for (E constant : type.getEnumConstants()) {
        if (kebab(constant).equalsIgnoreCase(s.text())) {
          return constant;
        }
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Values::kebab).toList();
    String hint = node instanceof ScalarNode s && !s.isNull()
        ? Suggest.didYouMean(s.text().toLowerCase(Locale.ROOT), names) : "";
    throw locations.error(key, "must be one of " + String.join("|", names) + ", got "
        + node.describe() + hint);
  }

  /** The scenario spelling of an enum constant. */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
