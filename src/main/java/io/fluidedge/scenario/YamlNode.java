package io.fluidedge.scenario;

import io.fluidedge.scenario.SourceMap.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it was written: the scenario loader's tree, built from
 * Jackson's streaming tokens so that every key and value keeps its line and column.
 */
sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

  /** Where the value starts. */
  Location location();

  /** A short description of the value for messages, e.g. {@code a map}, {@code 'foo'}, {@code 2.5}. */
  String describe();

  /** A key of a mapping, with where the key itself was written. */
  record Entry(Location keyLocation, YamlNode value) {}

  /** A mapping, keys in document order. */
  record MapNode(Location location, Map<String, Entry> entries) implements YamlNode {
    public MapNode {
      entries = new LinkedHashMap<>(entries);
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A sequence. */
  record ListNode(Location location, List<YamlNode> items) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar as the YAML resolver typed it.
   *
   * @param kind   the resolved type (a quoted scalar is always {@link Kind#STRING})
   * @param text   the scalar as written (without quotes)
   * @param value  the resolved value of an {@link Kind#INT} (Long or BigInteger) or a
   *               {@link Kind#BOOL} (Boolean), else null
   */
  record ScalarNode(Location location, Kind kind, String text, Object value) implements YamlNode {

    /** Resolved scalar types. */
    enum Kind { STRING, INT, FLOAT, BOOL, NULL }

    boolean isNull() {
      return kind == Kind.NULL;
    }

    @Override
    public String describe() {
      return switch (kind) {
        case NULL -> "an empty value";
        case STRING -> "'" + text + "'";
        default -> text;
      };
    }
  }
}
