package io.fluidedge.scenario;

import io.fluidedge.scenario.SourceMap.Location;
import io.fluidedge.scenario.SourceMap.Origin;
import io.fluidedge.scenario.YamlNode.Entry;
import io.fluidedge.scenario.YamlNode.ListNode;
import io.fluidedge.scenario.YamlNode.MapNode;
import io.fluidedge.scenario.YamlNode.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario: the defaults resource, then the user's YAML file, then {@code --set}
 * overrides, then the multi-key checks of {@link ScenarioValidator}, then the records.
 *
 * <p>Every error is an {@link InputException} naming the file, line, column and full dotted key
 * (or the {@code --set} option): unknown keys (with the nearest known key), wrong YAML types, bad
 * enum values, YAML syntax errors and the records' own range checks. An empty file means all
 * defaults. Numbers accept YAML's forms, including {@code 20e6} and {@code .inf}.
 */
public final class ScenarioLoader {

  /** Largest scenario file read; anything bigger is some other file given by mistake. */
  static final long MAX_BYTES = 8L << 20;

  private final Schema schema = Schema.get();
  private final String source;
  private final SourceMap locations;
  private final Map<String, YamlNode> leaves = new LinkedHashMap<>();
  private final Map<String, Entry> plugins = new LinkedHashMap<>();

  private ScenarioLoader(String source) {
    this.source = source;
    this.locations = new SourceMap(source);
    for (Map.Entry<String, Entry> e : schema.sections().entrySet()) {
      locations.put(e.getKey(), e.getValue().keyLocation(), e.getValue().value().location());
    }
    for (Map.Entry<String, Entry> e : schema.leaves().entrySet()) {
      leaves.put(e.getKey(), e.getValue().value());
      locations.put(e.getKey(), e.getValue().keyLocation(), e.getValue().value().location());
    }
  }

  /** The scenario with every key at its default ({@code source} is "&lt;defaults&gt;"). */
  public static Scenario defaults() {
    return load("", "<defaults>", List.of());
  }

  /**
   * Loads a scenario file.
   *
   * @param file      the YAML scenario
   * @param overrides {@code key.path=value} strings from {@code --set}, applied in order after
   *                  the file; values are read as YAML scalars
   * @throws InputException if the file is missing or unreadable, or any key or value is bad
   */
  public static Scenario load(Path file, List<String> overrides) {
    return loadWithLocations(file, overrides).scenario();
  }

  /** Like {@link #load(Path, List)}, also returning where every key was written. */
  public static LoadedScenario loadWithLocations(Path file, List<String> overrides) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new InputException(name, 0, 0, null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name, 0, 0, null, "is a directory, not a scenario file");
    }
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      // Read with a cap, not by the reported size: a device or pipe reports 0 bytes.
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException(name, 0, 0, null, "is larger than " + (MAX_BYTES >> 20)
            + " MB, the most a scenario may be (is this the right file?)");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(name, 0, 0, null, "not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(name, 0, 0, null, "cannot read: " + e.getMessage());
    }
    return loadWithLocations(text, name, overrides);
  }

  /**
   * Loads a scenario from YAML text.
   *
   * @param yamlText   the scenario document (empty: all defaults)
   * @param sourceName the name used in messages and {@link Scenario#source()}
   * @param overrides  {@code key.path=value} strings, as for {@link #load(Path, List)}
   */
  public static Scenario load(String yamlText, String sourceName, List<String> overrides) {
    return loadWithLocations(yamlText, sourceName, overrides).scenario();
  }

  /** Like {@link #load(String, String, List)}, also returning where every key was written. */
  public static LoadedScenario loadWithLocations(String yamlText, String sourceName,
      List<String> overrides) {
    ScenarioLoader loader = new ScenarioLoader(sourceName);
    String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
    YamlNode root = YamlReader.parse(text, sourceName, Origin.FILE);
    if (root instanceof MapNode map) {
      loader.apply(map, "");
    } else if (!(root instanceof ScalarNode s && s.isNull())) {
      Location at = root.location();
      throw new InputException(sourceName, at.line(), at.column(), null,
          "expected a map of scenario keys at the top level, got " + root.describe());
    }
    for (String override : overrides) {
      loader.override(override);
    }
    return loader.finish();
  }

  private LoadedScenario finish() {
    Values values = new Values(leaves, locations);
    ScenarioValidator.validate(values);
    Map<String, Map<String, Object>> config = new LinkedHashMap<>();
    for (Map.Entry<String, Entry> e : plugins.entrySet()) {
      String key = Schema.PLUGINS + "." + e.getKey();
      YamlNode node = e.getValue().value();
      locations.put(key, e.getValue().keyLocation(), node.location());
      if (node instanceof ScalarNode s && s.isNull()) {
        config.put(e.getKey(), Map.of());
      } else if (node instanceof MapNode map) {
        config.put(e.getKey(), plainMap(map, key));
      } else {
        throw locations.error(key, "expected a map of plugin settings, got " + node.describe());
      }
    }
    Scenario scenario = ScenarioBinder.bind(values, config, source);
    return new LoadedScenario(scenario, locations);
  }

  private void apply(MapNode map, String prefix) {
    for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
      String key = prefix + e.getKey();
      Entry entry = e.getValue();
      if (e.getKey().contains(".") || e.getKey().isEmpty()) {
        throw SourceMap.at(key, entry.keyLocation(),
            "unknown key; nest keys instead of writing dots in them", source);
      }
      if (key.equals(Schema.PLUGINS)) {
        locations.put(key, entry.keyLocation(), entry.value().location());
        if (entry.value() instanceof MapNode m) {
          merge(plugins, m);
        } else if (!(entry.value() instanceof ScalarNode s && s.isNull())) {
          throw locations.error(key, "expected a map from plugin name to its settings, got "
              + entry.value().describe());
        }
      } else if (schema.isSection(key)) {
        locations.put(key, entry.keyLocation(), entry.value().location());
        if (entry.value() instanceof MapNode m) {
          apply(m, key + ".");
        } else if (!(entry.value() instanceof ScalarNode s && s.isNull())) {
          throw locations.error(key, "expected a map of keys, got " + entry.value().describe());
        }
      } else if (schema.isLeaf(key)) {
        leaves.put(key, entry.value());
        locations.put(key, entry.keyLocation(), entry.value().location());
      } else {
        throw SourceMap.at(key, entry.keyLocation(), schema.unknownKeyRule(key), source);
      }
    }
  }

  /** Deep merge: maps merge key by key, anything else replaces. */
  private static void merge(Map<String, Entry> into, MapNode from) {
    for (Map.Entry<String, Entry> e : from.entries().entrySet()) {
      Entry old = into.get(e.getKey());
      Entry add = e.getValue();
      if (old != null && old.value() instanceof MapNode a && add.value() instanceof MapNode b) {
        Map<String, Entry> merged = new LinkedHashMap<>(a.entries());
        merge(merged, b);
        into.put(e.getKey(), new Entry(add.keyLocation(), new MapNode(b.location(), merged)));
      } else {
        into.put(e.getKey(), add);
      }
    }
  }

  private void override(String option) {
    int eq = option.indexOf('=');
    String key = eq < 0 ? option.trim() : option.substring(0, eq).trim();
    if (eq <= 0 || key.isEmpty()) {
      throw InputException.argument("--set " + option,
          "expected KEY=VALUE, e.g. radio.bs-antennas=16");
    }
    String[] path = key.split("\\.", -1);
    for (String segment : path) {
      if (segment.isEmpty()) {
        throw InputException.argument("--set " + key, "empty key segment");
      }
    }
    YamlNode node;
    try {
      node = YamlReader.parse(option.substring(eq + 1), null, Origin.OPTION);
    } catch (InputException e) {
      throw InputException.argument("--set " + key, "bad value: " + e.getMessage());
    }
    Location at = Location.option();
    for (int i = path.length - 1; i >= 0; i--) {
      node = new MapNode(at, Map.of(path[i], new Entry(at, node)));
    }
    apply((MapNode) node, "");
  }

  private Map<String, Object> plainMap(MapNode map, String key) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
      String child = key + "." + e.getKey();
      locations.put(child, e.getValue().keyLocation(), e.getValue().value().location());
      out.put(e.getKey(), plain(e.getValue().value(), child));
    }
    return Collections.unmodifiableMap(out);
  }

  private Object plain(YamlNode node, String key) {
    if (node instanceof MapNode map) {
      return plainMap(map, key);
    }
    if (node instanceof ListNode list) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        YamlNode item = list.items().get(i);
        locations.put(key + "[" + i + "]", item.location(), item.location());
        out.add(plain(item, key + "[" + i + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    ScalarNode s = (ScalarNode) node;
    return switch (s.kind()) {
      case STRING -> s.text();
      case BOOL -> s.value();
      case NULL -> null;
      case INT -> s.value() instanceof Long ? s.value() : ((Number) s.value()).doubleValue();
      case FLOAT -> {
        try {
          yield YamlReader.parseFloat(s.text());
        } catch (NumberFormatException e) {
          yield s.text();
        }
      }
    };
  }
}
