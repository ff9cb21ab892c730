package io.fluidedge.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fluidedge.scenario.SourceMap.Location;
import io.fluidedge.scenario.SourceMap.Origin;
import io.fluidedge.scenario.YamlNode.Entry;
import io.fluidedge.scenario.YamlNode.ListNode;
import io.fluidedge.scenario.YamlNode.MapNode;
import io.fluidedge.scenario.YamlNode.ScalarNode;
import io.fluidedge.scenario.YamlNode.ScalarNode.Kind;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree by streaming Jackson's YAML tokens, so that every
 * key and value keeps its line and column (Jackson's tree model drops them).
 *
 * <p>One document per text; anchors and aliases are refused (a scenario is short enough to write
 * out), as are duplicate keys. Syntax errors become {@link InputException}s at the parser's line
 * and column.
 */
final class YamlReader {

  /**
   * SnakeYAML caps a document at 3 M code points by default; the cap here is the scenario size
   * limit, so that every file within {@link ScenarioLoader#MAX_BYTES} parses (UTF-8 has at least
   * one byte per code point).
   */
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      // on by default for new YAMLFactory() but not for a built one: `key:` with no value is null
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .build();

  /** The deepest nesting of maps and lists read (Jackson's default limit). */
  private static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;

  private final String file;
  private final Origin origin;

  private YamlReader(String file, Origin origin) {
    this.file = file;
    this.origin = origin;
  }

  /**
   * Parses one YAML document.
   *
   * @param text   the YAML text
   * @param file   file name for locations and messages (null for {@code --set} values)
   * @param origin which input the text is
   * @return the document's root, or a null scalar for an empty document
   * @throws InputException on a syntax error, an alias, a duplicate key or a second document
   */
  static YamlNode parse(String text, String file, Origin origin) {
    return new YamlReader(file, origin).parse(text);
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) ScenarioLoader.MAX_BYTES);
    return options;
  }

  private YamlNode parse(String text) {
    YAMLParser parser = null;
    try (YAMLParser p = FACTORY.createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        return new ScalarNode(at(1, 1), Kind.NULL, "", null);
      }
      YamlNode root = read(p, first);
      if (p.nextToken() != null) {
        throw error(p.currentTokenLocation(), "only one YAML document is allowed");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(e, parser);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      MarkedYAMLException marked = marked(e);
      if (marked != null) {
        throw syntaxError(marked, null);
      }
      throw new InputException(file, 0, 0, null, "cannot read YAML: " + e.getMessage());
    }
  }

  private YamlNode read(YAMLParser p, JsonToken token) throws IOException {
    Location where = location(p.currentTokenLocation());
    if (p.isCurrentAlias()) {
      throw error(p.currentTokenLocation(), "YAML aliases (*" + p.getText() + ") are not supported");
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String key = p.currentName();
          Location keyAt = location(p.currentTokenLocation());
          Entry previous = entries.get(key);
          if (previous != null) {
            throw error(p.currentTokenLocation(), "duplicate key '" + key + "' (first at line "
                + previous.keyLocation().line() + ")");
          }
          entries.put(key, new Entry(keyAt, read(p, p.nextToken())));
        }
        return new MapNode(where, entries);
      }
      case START_ARRAY: {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          items.add(read(p, t));
        }
        return new ListNode(where, items);
      }
      case VALUE_STRING:
        return new ScalarNode(where, Kind.STRING, p.getText(), null);
      case VALUE_NUMBER_INT:
        return new ScalarNode(where, Kind.INT, p.getText(), integer(p.getNumberValue()));
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(where, Kind.FLOAT, p.getText(), null);
      case VALUE_TRUE:
        return new ScalarNode(where, Kind.BOOL, p.getText(), Boolean.TRUE);
      case VALUE_FALSE:
        return new ScalarNode(where, Kind.BOOL, p.getText(), Boolean.FALSE);
      case VALUE_NULL:
        return new ScalarNode(where, Kind.NULL, p.getText(), null);
      default:
        throw error(p.currentTokenLocation(), "unsupported YAML value (" + token + ")");
    }
  }

  private static Number integer(Number n) {
    if (n instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    return n instanceof BigInteger ? n : Long.valueOf(n.longValue());
  }

  /**
   * The value of a YAML float scalar as written: decimal with optional exponent and
   * underscores, or {@code .inf}, {@code -.inf}, {@code .nan} in any of YAML's spellings.
   *
   * @throws NumberFormatException if the text is not a YAML float
   */
  static double parseFloat(String text) {
    String t = text.replace("_", "");
    String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    if (unsigned.equals(".inf") || unsigned.equals(".Inf") || unsigned.equals(".INF")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.equals(".nan") || t.equals(".NaN") || t.equals(".NAN")) {
      return Double.NaN;
    }
    if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      throw new NumberFormatException("not a YAML number: " + text);
    }
    return Double.parseDouble(t);
  }

  private Location at(int line, int column) {
    return origin == Origin.OPTION ? Location.option() : new Location(origin, file, line, column);
  }

  private Location location(JsonLocation loc) {
    return at(loc.getLineNr(), loc.getColumnNr());
  }

  private InputException error(JsonLocation loc, String rule) {
    return new InputException(file, loc.getLineNr(), loc.getColumnNr(), null, rule);
  }

  /**
   * A syntax error at its line and column: the exception's location, else (a limit such as the
   * nesting depth, which carries none) where the parser was when it gave up.
   */
  private InputException syntaxError(JsonProcessingException e, YAMLParser parser) {
    MarkedYAMLException marked = marked(e);
    if (marked != null) {
      return syntaxError(marked, e);
    }
    String message = e.getOriginalMessage();
    if (message.startsWith("Expected a field name")) {
      message = "keys must be plain scalars";
    } else if (message.startsWith("Document nesting depth")) {
      message = "nested more than " + MAX_DEPTH + " levels deep";
    }
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() < 1) && parser != null) {
      loc = parser.currentLocation();
    }
    return loc == null ? new InputException(file, 0, 0, null, "YAML syntax: " + message)
        : error(loc, "YAML syntax: " + message);
  }

  private InputException syntaxError(MarkedYAMLException marked, JsonProcessingException e) {
    String problem = marked.getProblem() == null ? "" : marked.getProblem().trim();
    String context = marked.getContext() == null ? "" : marked.getContext().trim();
    String rule = "YAML syntax: " + problem;
    if (problem.contains("<block")) {
      rule += "; check the indentation";
    }
    if (!context.isEmpty() && marked.getContextMark() != null) {
      rule += " (" + context + " at line " + (marked.getContextMark().getLine() + 1) + ")";
    }
    if (marked.getProblemMark() != null) {
      return new InputException(file, marked.getProblemMark().getLine() + 1,
          marked.getProblemMark().getColumn() + 1, null, rule);
    }
    JsonLocation loc = e == null ? null : e.getLocation();
    return loc == null ? new InputException(file, 0, 0, null, rule) : error(loc, rule);
  }

  private static MarkedYAMLException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }
}
