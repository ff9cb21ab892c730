package io.fluidedge.scenario;

import io.fluidedge.scenario.YamlNode.Entry;
import io.fluidedge.scenario.YamlNode.MapNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a fully resolved scenario as YAML: every key, in the order of the defaults resource, with
 * numbers written so that they load back to exactly the same values ({@code .inf} for infinity,
 * shortest round-trip decimals otherwise). {@code ScenarioLoader.load(toYaml(s), ...)} equals
 * {@code s} apart from {@link Scenario#source()}. Runs write it as {@code scenario.yaml}.
 */
public final class ScenarioWriter {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./+-]*");
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true",
      "false", "null");

  private ScenarioWriter() {}

  /** The scenario as YAML text, one key per line, ending in a newline. */
  public static String toYaml(Scenario s) {
    Map<String, Object> values = flatten(s);
    StringBuilder out = new StringBuilder();
    out.append("# Fully resolved scenario (read from ")
        .append(s.source().replaceAll("[\\r\\n]", " ")).append(")\n");
    write(out, Schema.get().root(), "", 0, values, s.plugins());
    if (!values.isEmpty()) {
      throw new IllegalStateException("scenario values with no key in the defaults: "
          + values.keySet());
    }
    return out.toString();
  }

  private static void write(StringBuilder out, MapNode section, String prefix, int indent,
      Map<String, Object> values, Map<String, Map<String, Object>> plugins) {
    for (Map.Entry<String, Entry> e : section.entries().entrySet()) {
      String key = prefix + e.getKey();
      out.append(" ".repeat(indent)).append(e.getKey()).append(':');
      if (key.equals(Schema.PLUGINS)) {
        writePlugins(out, indent + 2, plugins);
      } else if (e.getValue().value() instanceof MapNode child) {
        out.append('\n');
        write(out, child, key + ".", indent + 2, values, plugins);
      } else {
        if (!values.containsKey(key)) {
          throw new IllegalStateException("no scenario value for key " + key);
        }
        Object value = values.remove(key);
        out.append(' ').append(value instanceof List<?> ? flow(value) : scalar(value, true))
            .append('\n');
      }
    }
  }

  private static void writePlugins(StringBuilder out, int indent,
      Map<String, Map<String, Object>> plugins) {
    if (plugins.isEmpty()) {
      out.append(" {}\n");
      return;
    }
    out.append('\n');
    writeMap(out, indent, new TreeMap<>(plugins));
  }

  private static void writeMap(StringBuilder out, int indent, Map<String, ?> map) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      out.append(" ".repeat(indent)).append(string(e.getKey())).append(':');
      if (e.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
        out.append('\n');
        writeMap(out, indent + 2, stringKeys(child));
      } else {
        out.append(' ').append(flow(e.getValue())).append('\n');
      }
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  /** A plugin value in YAML flow style; numbers keep their Java type (2.0 stays a float). */
  private static String flow(Object v) {
    if (v instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("{");
      stringKeys(map).forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "")
          .append(string(k)).append(": ").append(flow(x)));
      return sb.append('}').toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (Object x : list) {
        sb.append(sb.length() > 1 ? ", " : "").append(flow(x));
      }
      return sb.append(']').toString();
    }
    return scalar(v, false);
  }

  private static String scalar(Object v, boolean shortWholeNumbers) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double d) {
      return number(d, shortWholeNumbers);
    }
    if (v instanceof Float f) {
      return number(f.doubleValue(), shortWholeNumbers);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Enum<?> e) {
      return Values.kebab(e);
    }
    return string(v.toString());
  }

  /**
   * A double that YAML reads back exactly: {@code .inf}, {@code -.inf}, {@code .nan}, a whole
   * number when asked and small enough to read well, else {@link Double#toString(double)}.
   */
  static String number(double d, boolean shortWholeNumbers) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    boolean negativeZero = d == 0 && 1 / d < 0;
    if (shortWholeNumbers && !negativeZero && d == Math.rint(d) && Math.abs(d) < 1e6) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  /** A string as a plain scalar when YAML would read it back as the same string, else quoted. */
  static String string(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Every leaf of the scenario by dotted key, with its Java value. */
  private static Map<String, Object> flatten(Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("seed", s.seed());
    m.put("duration-s", s.durationS());
    m.put("coherence-s", s.coherenceS());
    Radio r = s.radio();
    m.put("radio.carrier-hz", r.carrierHz());
    m.put("radio.bandwidth-hz", r.bandwidthHz());
    m.put("radio.snr-db", r.snrDb());
    m.put("radio.users", r.users());
    m.put("radio.user-antennas", r.userAntennas());
    m.put("radio.bs-antennas", r.bsAntennas());
    m.put("radio.panel-wavelengths", r.panelWavelengths());
    m.put("radio.min-spacing-wavelengths", r.minSpacingWavelengths());
    m.put("radio.paths", r.paths());
    m.put("radio.rician-k", r.ricianK());
    m.put("radio.channel", r.channel());
    m.put("radio.evolution", r.evolution());
    m.put("radio.doppler-hz", r.dopplerHz());
    m.put("radio.port-spacing-wavelengths", r.portSpacingWavelengths());
    Model md = s.model();
    m.put("model.parameters", md.parameters());
    m.put("model.cycles-per-parameter", md.cyclesPerParameter());
    m.put("model.feature-elements", md.featureElements());
    m.put("model.feature-min", md.featureMin());
    m.put("model.feature-max", md.featureMax());
    m.put("model.sensitivity", md.sensitivity());
    m.put("model.bits-min", md.bitsMin());
    m.put("model.bits-max", md.bitsMax());
    m.put("model.accuracy", md.accuracy());
    m.put("server.cpu-hz", s.server().cpuHz());
    m.put("server.discipline", s.server().discipline());
    LlmServing llm = s.server().llm();
    m.put("server.llm.iteration-s", llm.iterationS());
    m.put("server.llm.prefill-token-s", llm.prefillTokenS());
    m.put("server.llm.decode-request-s", llm.decodeRequestS());
    m.put("server.llm.max-batch", llm.maxBatch());
    m.put("server.llm.max-batch-tokens", llm.maxBatchTokens());
    m.put("server.llm.layers", llm.layers());
    m.put("server.llm.hidden-size", llm.hiddenSize());
    m.put("server.llm.bytes-per-value", llm.bytesPerValue());
    m.put("server.llm.kv-memory-bytes", llm.kvMemoryBytes());
    m.put("server.llm.downlink-token-s", llm.downlinkTokenS());
    m.put("server.llm.slo-ttft-s", llm.sloTtftS());
    m.put("server.llm.slo-tpot-s", llm.sloTpotS());
    Traffic t = s.traffic();
    m.put("traffic.source", t.source());
    m.put("traffic.rate-hz", t.rateHz());
    m.put("traffic.trace", t.trace());
    m.put("traffic.columns.time-s", t.columns().timeS());
    m.put("traffic.columns.user", t.columns().user());
    m.put("traffic.columns.features", t.columns().features());
    m.put("traffic.columns.tokens", t.columns().tokens());
    m.put("traffic.features-per-token", t.featuresPerToken());
    m.put("traffic.user-assignment", t.userAssignment());
    m.put("traffic.time-scale", t.timeScale());
    m.put("traffic.on-bad-row", t.onBadRow());
    OptimizerSettings o = s.optimizer();
    m.put("optimizer.policy", o.policy());
    m.put("optimizer.solver", o.solver());
    m.put("optimizer.max-iterations", o.maxIterations());
    m.put("optimizer.tolerance", o.tolerance());
    m.put("optimizer.fixed-bits", o.fixedBits());
    m.put("optimizer.warm-start", o.warmStart());
    m.put("optimizer.control-delay-s", o.controlDelayS());
    m.put("optimizer.antenna-speed-mps", o.antennaSpeedMps());
    m.put("optimizer.grid-wavelengths", o.gridWavelengths());
    m.put("optimizer.starts", o.starts());
    m.put("output.dir", s.output().dir());
    m.put("output.window-s", s.output().windowS());
    m.put("output.requests-csv", s.output().requestsCsv());
    m.put("output.plots", s.output().plots());
    m.put("output.trace-json", s.output().traceJson());
    m.put("output.event-log", s.output().eventLog());
    Cell c = s.cell();
    m.put("cell.link-budget", c.linkBudget());
    m.put("cell.path-loss", c.pathLoss());
    m.put("cell.bs-height-m", c.bsHeightM());
    m.put("cell.ue-height-m", c.ueHeightM());
    m.put("cell.noise-figure-db", c.noiseFigureDb());
    m.put("cell.tx-power-dbm", c.txPowerDbm());
    m.put("cell.shadowing", c.shadowing());
    m.put("cell.log-distance-exponent", c.logDistanceExponent());
    m.put("cell.log-distance-sigma-db", c.logDistanceSigmaDb());
    m.put("cell.r-min-m", c.rMinM());
    m.put("cell.r-max-m", c.rMaxM());
    m.put("users.classes", s.classes().stream().map(ScenarioWriter::classMap).toList());
    return m;
  }

  /** A class with every key, in flow style (numbers as doubles, kinds in kebab case). */
  private static Map<String, Object> classMap(UserClass c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("count", c.count());
    m.put("user-antennas", c.userAntennas());
    m.put("snr-db", c.snrDb());
    m.put("tx-power-dbm", c.txPowerDbm());
    m.put("parameters", c.parameters());
    m.put("cycles-per-parameter", c.cyclesPerParameter());
    m.put("feature-elements", c.featureElements());
    m.put("bits-min", c.bitsMin());
    m.put("bits-max", c.bitsMax());
    m.put("rate-hz", c.rateHz());
    Placement p = c.placement();
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("kind", Values.kebab(p.kind()));
    place.put("r-min-m", p.rMinM());
    place.put("r-max-m", p.rMaxM());
    place.put("radius-m", p.radiusM());
    place.put("points-m", p.points().stream().map(q -> List.of(q.xM(), q.yM())).toList());
    m.put("placement", place);
    Mobility v = c.mobility();
    Map<String, Object> move = new LinkedHashMap<>();
    move.put("kind", Values.kebab(v.kind()));
    move.put("speed-mps", v.speedMps());
    move.put("heading-deg", v.headingDeg());
    move.put("speed-min-mps", v.speedMinMps());
    move.put("speed-max-mps", v.speedMaxMps());
    move.put("pause-s", v.pauseS());
    m.put("mobility", move);
    return m;
  }
}
