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
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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
 * <p>A scenario may start from another: {@code extends: base.yaml} (a path relative to the file
 * that names it, or absolute) loads the base first and then this file's keys over it, to any
 * depth; a cycle is an error. {@code plugins:} entries merge by plugin name.
 *
 * <p>Unknown keys and keys of the wrong shape are reported all at once, in file order (with the
 * nearest known key when one is close). Every error is an {@link InputException} naming the
 * file, line, column and full dotted key
 * (or the {@code --set} option): unknown keys (with the nearest known key), wrong YAML types, bad
 * enum values, YAML syntax errors and the records' own range checks. An empty file means all
 * defaults. Numbers accept YAML's forms, including {@code 20e6} and {@code .inf}.
 */
public final class ScenarioLoader {

  /** Largest scenario file read; anything bigger is some other file given by mistake. */
  static final long MAX_BYTES = 8L << 20;

  /** The top-level key naming the scenario a file starts from. */
  static final String EXTENDS = "extends";

  private final Schema schema = Schema.get();
  private final String source;
  private final SourceMap locations;
  private final Map<String, YamlNode> leaves = new LinkedHashMap<>();
  private final Map<String, Entry> plugins = new LinkedHashMap<>();
  /** Errors of the keys' names and shapes, reported all at once after the files are read. */
  private final List<InputException> errors = new ArrayList<>();

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
    ScenarioLoader loader = new ScenarioLoader(name);
    loader.applyFile(file, readText(file, name), name, new ArrayList<>());
    loader.reportErrors();
    for (String override : overrides) {
      loader.override(override);
    }
    return loader.finish();
  }

  /** The text of a scenario file, checked to be a readable UTF-8 file of sane size. */
  private static String readText(Path file, String name) {
    if (!Files.exists(file)) {
      throw new InputException(name, 0, 0, null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name, 0, 0, null, "is a directory, not a scenario file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      // Read with a cap, not by the reported size: a device or pipe reports 0 bytes.
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException(name, 0, 0, null, "is larger than " + (MAX_BYTES >> 20)
            + " MB, the most a scenario may be (is this the right file?)");
      }
      return utf8(bytes, name);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, null, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The text of UTF-8 bytes; a byte sequence that is not UTF-8 is an error at its line and
   * column (columns count characters, as the YAML errors do).
   */
  static String utf8(byte[] bytes, String name) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new InputException(name, line, column, null, "not UTF-8 text: byte 0x"
          + Integer.toHexString(0x100 | bytes[in.position()] & 0xff).substring(1)
          + " (save the file as UTF-8)");
    }
    out.flip();
    return out.toString();
  }

  /**
   * Applies one scenario document: the file it extends first (resolved against {@code file}'s
   * folder), then its own keys.
   *
   * @param file    the document's path, for resolving {@code extends}, or null for text
   * @param text    the document
   * @param name    its name in messages
   * @param chain   the files being applied, outermost first (to find cycles; modified)
   */
  private void applyFile(Path file, String text, String name, List<Path> chain) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    YamlNode root = YamlReader.parse(body, name, Origin.FILE);
    if (root instanceof ScalarNode s && s.isNull()) {
      return;
    }
    if (!(root instanceof MapNode map)) {
      Location at = root.location();
      throw new InputException(name, at.line(), at.column(), null,
          "expected a map of scenario keys at the top level, got " + root.describe());
    }
    Map<String, Entry> entries = new LinkedHashMap<>(map.entries());
    Entry base = entries.remove(EXTENDS);
    if (base != null) {
      Location at = base.value().location();
      if (!(base.value() instanceof ScalarNode s) || s.isNull() || s.text().isBlank()) {
        throw new InputException(name, at.line(), at.column(), EXTENDS,
            "expected the path of the scenario this one extends, got " + base.value().describe());
      }
      Path folder = file == null || file.toAbsolutePath().getParent() == null ? Path.of("")
          : file.toAbsolutePath().getParent();
      Path basePath = folder.resolve(s.text().trim()).normalize();
      Path self = file == null ? null : file.toAbsolutePath().normalize();
      if (self != null && !chain.contains(self)) {
        chain.add(self);
      }
      if (chain.contains(basePath)) {
        throw new InputException(name, at.line(), at.column(), EXTENDS,
            "extends " + basePath + ", which extends this file again (a cycle)");
      }
      if (!Files.isRegularFile(basePath)) {
        throw new InputException(name, at.line(), at.column(), EXTENDS,
            "no such scenario file: " + basePath + " (resolved against " + folder + ")");
      }
      chain.add(basePath);
      applyFile(basePath, readText(basePath, basePath.toString()), basePath.toString(), chain);
      chain.remove(chain.size() - 1);
    }
    apply(new MapNode(map.location(), entries), "");
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

  /**
   * Like {@link #load(String, String, List)}, also returning where every key was written. An
   * {@code extends} path resolves against the folder of {@code sourceName}.
   */
  public static LoadedScenario loadWithLocations(String yamlText, String sourceName,
      List<String> overrides) {
    ScenarioLoader loader = new ScenarioLoader(sourceName);
    loader.applyFile(Path.of(sourceName.startsWith("<") ? "" : sourceName), yamlText,
        sourceName, new ArrayList<>());
    loader.reportErrors();
    for (String override : overrides) {
      loader.override(override);
    }
    return loader.finish();
  }

  /** Throws every error of the keys' names and shapes found so far, the first in file order. */
  private void reportErrors() {
    if (!errors.isEmpty()) {
      throw InputException.all(errors);
    }
  }

  private LoadedScenario finish() {
    reportErrors();
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
        errors.add(SourceMap.at(key, entry.keyLocation(),
            "unknown key; nest keys instead of writing dots in them", source));
        continue;
      }
      if (key.equals(Schema.PLUGINS)) {
        locations.put(key, entry.keyLocation(), entry.value().location());
        if (entry.value() instanceof MapNode m) {
          merge(plugins, m);
        } else if (!(entry.value() instanceof ScalarNode s && s.isNull())) {
          errors.add(locations.error(key, "expected a map from plugin name to its settings, got "
              + entry.value().describe()));
        }
      } else if (schema.isSection(key)) {
        locations.put(key, entry.keyLocation(), entry.value().location());
        if (entry.value() instanceof MapNode m) {
          apply(m, key + ".");
        } else if (!(entry.value() instanceof ScalarNode s && s.isNull())) {
          errors.add(locations.error(key, "expected a map of keys, got "
              + entry.value().describe()));
        }
      } else if (schema.isLeaf(key)) {
        leaves.put(key, entry.value());
        locations.put(key, entry.keyLocation(), entry.value().location());
      } else {
        errors.add(SourceMap.at(key, entry.keyLocation(), schema.unknownKeyRule(key), source));
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
