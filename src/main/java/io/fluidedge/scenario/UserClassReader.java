package io.fluidedge.scenario;

import io.fluidedge.scenario.SourceMap.Location;
import io.fluidedge.scenario.YamlNode.Entry;
import io.fluidedge.scenario.YamlNode.ListNode;
import io.fluidedge.scenario.YamlNode.MapNode;
import io.fluidedge.scenario.YamlNode.ScalarNode;
import io.fluidedge.scenario.YamlNode.ScalarNode.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code users.classes}: a list of maps, one per class, each key optional but
 * {@code name} and {@code count}; a missing key takes the flat keys' value (see
 * {@link UserClass}). Errors name the file, line and the key as {@code users.classes[i].key}.
 */
final class UserClassReader {

  static final String KEY = "users.classes";
  private static final List<String> CLASS_KEYS = List.of("name", "count", "user-antennas",
      "snr-db", "tx-power-dbm", "parameters", "cycles-per-parameter", "feature-elements",
      "bits-min", "bits-max", "rate-hz", "placement", "mobility");
  private static final List<String> PLACEMENT_KEYS = List.of("kind", "r-min-m", "r-max-m",
      "radius-m", "points-m");
  private static final List<String> MOBILITY_KEYS = List.of("kind", "speed-mps", "heading-deg",
      "speed-min-mps", "speed-max-mps", "pause-s");

  private final String source;
  private final UserClass defaults;
  private final Cell cell;

  private UserClassReader(String source, UserClass defaults, Cell cell) {
    this.source = source;
    this.defaults = defaults;
    this.cell = cell;
  }

  /**
   * The declared classes.
   *
   * @param node     the value of {@code users.classes}
   * @param at       where keys were written (for the list itself)
   * @param defaults the one class the flat keys give (values for keys a class leaves out)
   * @param cell     the cell (default placement annulus)
   */
  static List<UserClass> read(YamlNode node, SourceMap at, UserClass defaults, Cell cell) {
    if (node instanceof ScalarNode s && s.isNull()) {
      return List.of();
    }
    if (!(node instanceof ListNode list)) {
      throw at.error(KEY, "expected a list of classes, got " + node.describe());
    }
    UserClassReader r = new UserClassReader(at.source(), defaults, cell);
    List<UserClass> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String prefix = KEY + "[" + i + "]";
      UserClass c = r.one(list.items().get(i), prefix);
      if (!names.add(c.name())) {
        throw r.error(prefix + ".name", list.items().get(i).location(),
            "class name '" + c.name() + "' is used twice");
      }
      out.add(c);
    }
    return out;
  }

  private UserClass one(YamlNode node, String prefix) {
    MapNode m = map(node, prefix, CLASS_KEYS);
    UserClass d = defaults;
    String name = text(m, prefix, "name", null);
    if (name == null) {
      throw error(prefix + ".name", node.location(), "every class needs a name");
    }
    if (!m.entries().containsKey("count")) {
      throw error(prefix + ".count", node.location(), "every class needs a count");
    }
    try {
      return new UserClass(name, (int) whole(m, prefix, "count", 0),
          (int) whole(m, prefix, "user-antennas", d.userAntennas()),
          real(m, prefix, "snr-db", d.snrDb()), real(m, prefix, "tx-power-dbm", d.txPowerDbm()),
          real(m, prefix, "parameters", d.parameters()),
          real(m, prefix, "cycles-per-parameter", d.cyclesPerParameter()),
          real(m, prefix, "feature-elements", d.featureElements()),
          (int) whole(m, prefix, "bits-min", d.bitsMin()),
          (int) whole(m, prefix, "bits-max", d.bitsMax()), real(m, prefix, "rate-hz", d.rateHz()),
          placement(m.entries().get("placement"), prefix + ".placement"),
          mobility(m.entries().get("mobility"), prefix + ".mobility"));
    } catch (IllegalArgumentException e) {
      throw blame(m, prefix, e.getMessage(), CLASS_KEYS);
    }
  }

  private Placement placement(Entry e, String prefix) {
    if (e == null) {
      return Placement.annulus(cell.rMinM(), cell.rMaxM());
    }
    MapNode m = map(e.value(), prefix, PLACEMENT_KEYS);
    Placement.Kind kind = choice(m, prefix, Placement.Kind.class, Placement.Kind.ANNULUS);
    List<Placement.Point> points = new ArrayList<>();
    Entry p = m.entries().get("points-m");
    if (p != null) {
      if (!(p.value() instanceof ListNode list)) {
        throw error(prefix + ".points-m", p.value().location(),
            "expected a list of [x, y] pairs, got " + p.value().describe());
      }
      for (YamlNode item : list.items()) {
        if (!(item instanceof ListNode xy) || xy.items().size() != 2) {
          throw error(prefix + ".points-m", item.location(), "expected [x, y], got "
              + item.describe());
        }
        try {
          points.add(new Placement.Point(number(xy.items().get(0), prefix + ".points-m"),
              number(xy.items().get(1), prefix + ".points-m")));
        } catch (IllegalArgumentException ex) {
          throw error(prefix + ".points-m", item.location(), ex.getMessage());
        }
      }
    }
    try {
      return new Placement(kind, real(m, prefix, "r-min-m", cell.rMinM()),
          real(m, prefix, "r-max-m", cell.rMaxM()), real(m, prefix, "radius-m", cell.rMaxM()),
          points);
    } catch (IllegalArgumentException ex) {
      throw blame(m, prefix, ex.getMessage(), PLACEMENT_KEYS);
    }
  }

  private Mobility mobility(Entry e, String prefix) {
    if (e == null) {
      return Mobility.STATIC;
    }
    MapNode m = map(e.value(), prefix, MOBILITY_KEYS);
    try {
      return new Mobility(choice(m, prefix, Mobility.Kind.class, Mobility.Kind.STATIC),
          real(m, prefix, "speed-mps", 0), real(m, prefix, "heading-deg", 0),
          real(m, prefix, "speed-min-mps", 0.5), real(m, prefix, "speed-max-mps", 1.5),
          real(m, prefix, "pause-s", 0));
    } catch (IllegalArgumentException ex) {
      throw blame(m, prefix, ex.getMessage(), MOBILITY_KEYS);
    }
  }

  private MapNode map(YamlNode node, String prefix, List<String> known) {
    if (!(node instanceof MapNode m)) {
      throw error(prefix, node.location(), "expected a map, got " + node.describe());
    }
    for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
      if (!known.contains(e.getKey())) {
        throw error(prefix + "." + e.getKey(), e.getValue().keyLocation(),
            "unknown key" + Suggest.didYouMean(e.getKey(), known) + "; known: "
                + String.join(", ", known));
      }
    }
    return m;
  }

  private double real(MapNode m, String prefix, String key, double fallback) {
    Entry e = m.entries().get(key);
    return e == null ? fallback : number(e.value(), prefix + "." + key);
  }

  private long whole(MapNode m, String prefix, String key, long fallback) {
    Entry e = m.entries().get(key);
    if (e == null) {
      return fallback;
    }
    double v = number(e.value(), prefix + "." + key);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw error(prefix + "." + key, e.value().location(), "expected an integer, got "
          + e.value().describe());
    }
    return (long) v;
  }

  private double number(YamlNode node, String key) {
    if (node instanceof ScalarNode s && (s.kind() == Kind.INT || s.kind() == Kind.FLOAT)) {
      try {
        return s.kind() == Kind.INT ? ((Number) s.value()).doubleValue()
            : YamlReader.parseFloat(s.text());
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw error(key, node.location(), "expected a number, got " + node.describe());
  }

  private String text(MapNode m, String prefix, String key, String fallback) {
    Entry e = m.entries().get(key);
    if (e == null) {
      return fallback;
    }
    if (e.value() instanceof ScalarNode s && !s.isNull()) {
      return s.text();
    }
    throw error(prefix + "." + key, e.value().location(), "expected a text value, got "
        + e.value().describe());
  }

  private <E extends Enum<E>> E choice(MapNode m, String prefix, Class<E> type, E fallback) {
    String text = text(m, prefix, "kind", null);
    if (text == null) {
      return fallback;
    }
    List<String> names = new ArrayList<>();
    for (E c : type.getEnumConstants()) {
      if (Values.kebab(c).equalsIgnoreCase(text)) {
        return c;
      }
      names.add(Values.kebab(c));
    }
    throw error(prefix + ".kind", m.entries().get("kind").value().location(), "must be one of "
        + String.join("|", names) + ", got '" + text + "'"
        + Suggest.didYouMean(text.toLowerCase(Locale.ROOT), names));
  }

  /** A record's complaint, at the first key of the map its message names (else the map). */
  private InputException blame(MapNode m, String prefix, String message, List<String> keys) {
    for (String k : keys) {
      Entry e = m.entries().get(k);
      if (e != null && message.matches("(?s).*(?<![a-z-])" + java.util.regex.Pattern.quote(k)
          + "(?![a-z-]).*")) {
        return error(prefix + "." + k, e.value().location(), message);
      }
    }
    return error(prefix, m.location(), message);
  }

  private InputException error(String key, Location where, String rule) {
    return SourceMap.at(key, where, rule, source);
  }
}
