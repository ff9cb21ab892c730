package io.fluidedge.scenario;

import io.fluidedge.scenario.SourceMap.Origin;
import io.fluidedge.scenario.YamlNode.Entry;
import io.fluidedge.scenario.YamlNode.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's key set, read from the defaults resource: which dotted keys are sections, which
 * are leaves (with their default values and locations), and the document order the writer keeps.
 * The section {@code plugins} is free-form.
 */
final class Schema {

  /** The defaults resource, next to this class. */
  static final String RESOURCE = "defaults.yaml";
  /** The free-form section of per-plugin settings. */
  static final String PLUGINS = "plugins";

  private static final Schema INSTANCE = new Schema();

  private final MapNode root;
  private final Map<String, Entry> leaves = new LinkedHashMap<>();
  private final Map<String, Entry> sections = new LinkedHashMap<>();

  private Schema() {
    String text;
    try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(YamlReader.parse(text, RESOURCE, Origin.DEFAULTS) instanceof MapNode map)) {
      throw new IllegalStateException(RESOURCE + " is not a map");
    }
    root = map;
    collect(map, "");
  }

  private void collect(MapNode map, String prefix) {
    for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
      String key = prefix + e.getKey();
      if (e.getValue().value() instanceof MapNode section && !key.equals(PLUGINS)) {
        sections.put(key, e.getValue());
        collect(section, key + ".");
      } else if (key.equals(PLUGINS)) {
        sections.put(key, e.getValue());
      } else {
        leaves.put(key, e.getValue());
      }
    }
  }

  /** The schema read from the defaults resource. */
  static Schema get() {
    return INSTANCE;
  }

  /** The defaults document, in order. */
  MapNode root() {
    return root;
  }

  /** Every leaf key with its default entry, in document order. */
  Map<String, Entry> leaves() {
    return Collections.unmodifiableMap(leaves);
  }

  /** Every section key (including {@code plugins}) with its default entry. */
  Map<String, Entry> sections() {
    return Collections.unmodifiableMap(sections);
  }

  boolean isLeaf(String key) {
    return leaves.containsKey(key);
  }

  boolean isSection(String key) {
    return sections.containsKey(key);
  }

  /** The last segments of the keys directly inside {@code section} ("" for the top level). */
  List<String> children(String section) {
    String prefix = section.isEmpty() ? "" : section + ".";
    Set<String> names = new LinkedHashSet<>();
    for (String key : allKeys()) {
      if (key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0) {
        names.add(key.substring(prefix.length()));
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * The message for an unknown key: the nearest known key by edit distance when one is close,
   * otherwise the keys its section has.
   */
  String unknownKeyRule(String key) {
    String last = key.substring(key.lastIndexOf('.') + 1);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : allKeys()) {
      String candidateLast = candidate.substring(candidate.lastIndexOf('.') + 1);
      String candidateParent = candidate.contains(".")
          ? candidate.substring(0, candidate.lastIndexOf('.')) : "";
      boolean sameParent = candidateParent.equals(key.contains(".")
          ? key.substring(0, key.lastIndexOf('.')) : "");
      int score = sameParent && candidateLast.startsWith(last) && !last.isEmpty() ? 1
          : Math.min(Suggest.distance(key, candidate), Suggest.distance(last, candidateLast) + 1);
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best != null && bestScore <= Math.max(2, last.length() / 3)) {
      return "unknown key; did you mean '" + best + "'?";
    }
    String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
    String where = parent.isEmpty() ? "the top level" : parent;
    return "unknown key; " + where + " has: " + String.join(", ", children(parent));
  }

  private List<String> allKeys() {
    List<String> all = new ArrayList<>(leaves.keySet());
    all.addAll(sections.keySet());
    return all;
  }

}
