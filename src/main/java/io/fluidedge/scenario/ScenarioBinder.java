package io.fluidedge.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the scenario records from typed {@link Values}. A record constructor's
 * {@link IllegalArgumentException} becomes an {@link InputException} at the key its message names
 * (preferring keys the user set), or at the section when it names none.
 */
final class ScenarioBinder {

  private ScenarioBinder() {}

  static Scenario bind(Values v, Map<String, Map<String, Object>> plugins, String source) {
    Radio radio = build(v, "radio", () -> new Radio(
        v.real("radio.carrier-hz"),
        v.real("radio.bandwidth-hz"),
        v.real("radio.snr-db"),
        v.integer("radio.users"),
        v.integer("radio.user-antennas"),
        v.integer("radio.bs-antennas"),
        v.real("radio.panel-wavelengths"),
        v.real("radio.min-spacing-wavelengths"),
        v.integer("radio.paths"),
        v.real("radio.rician-k"),
        v.text("radio.channel"),
        v.choice("radio.evolution", Radio.Evolution.class),
        v.real("radio.doppler-hz"),
        v.real("radio.port-spacing-wavelengths")));
    Model model = build(v, "model", () -> new Model(
        v.real("model.parameters"),
        v.real("model.cycles-per-parameter"),
        v.real("model.feature-elements"),
        v.real("model.feature-min"),
        v.real("model.feature-max"),
        v.real("model.sensitivity"),
        v.integer("model.bits-min"),
        v.integer("model.bits-max"),
        v.text("model.accuracy")));
    LlmServing llm = build(v, "server.llm", () -> new LlmServing(
        v.real("server.llm.iteration-s"),
        v.real("server.llm.prefill-token-s"),
        v.real("server.llm.decode-request-s"),
        v.integer("server.llm.max-batch"),
        v.integer("server.llm.max-batch-tokens"),
        v.integer("server.llm.layers"),
        v.integer("server.llm.hidden-size"),
        v.real("server.llm.bytes-per-value"),
        v.real("server.llm.kv-memory-bytes"),
        v.real("server.llm.downlink-token-s"),
        v.real("server.llm.slo-ttft-s"),
        v.real("server.llm.slo-tpot-s")));
    Server server = build(v, "server", () -> new Server(
        v.real("server.cpu-hz"),
        v.choice("server.discipline", Server.Discipline.class),
        llm));
    Traffic.Columns columns = build(v, "traffic.columns", () -> new Traffic.Columns(
        v.text("traffic.columns.time-s"),
        v.text("traffic.columns.user"),
        v.text("traffic.columns.features"),
        v.text("traffic.columns.tokens")));
    Traffic traffic = build(v, "traffic", () -> new Traffic(
        v.text("traffic.source"),
        v.real("traffic.rate-hz"),
        v.text("traffic.trace"),
        columns,
        v.real("traffic.features-per-token"),
        v.choice("traffic.user-assignment", Traffic.UserAssignment.class),
        v.real("traffic.time-scale"),
        v.choice("traffic.on-bad-row", Traffic.OnBadRow.class)));
    OptimizerSettings optimizer = build(v, "optimizer", () -> new OptimizerSettings(
        v.text("optimizer.policy"),
        v.choice("optimizer.solver", OptimizerSettings.Solver.class),
        v.integer("optimizer.max-iterations"),
        v.real("optimizer.tolerance"),
        v.integer("optimizer.fixed-bits"),
        v.bool("optimizer.warm-start"),
        v.real("optimizer.control-delay-s"),
        v.real("optimizer.antenna-speed-mps"),
        v.real("optimizer.grid-wavelengths"),
        v.integer("optimizer.starts")));
    Output output = build(v, "output", () -> new Output(
        v.text("output.dir"),
        v.real("output.window-s"),
        v.bool("output.requests-csv"),
        v.bool("output.plots"),
        v.bool("output.trace-json"),
        v.bool("output.event-log")));
    Cell cell = build(v, "cell", () -> new Cell(
        v.choice("cell.link-budget", Cell.LinkBudget.class),
        v.choice("cell.path-loss", Cell.PathLoss.class),
        v.real("cell.bs-height-m"),
        v.real("cell.ue-height-m"),
        v.real("cell.noise-figure-db"),
        v.real("cell.tx-power-dbm"),
        v.bool("cell.shadowing"),
        v.real("cell.log-distance-exponent"),
        v.real("cell.log-distance-sigma-db"),
        v.real("cell.r-min-m"),
        v.real("cell.r-max-m")));
    Scenario flat = build(v, "", () -> new Scenario(
        v.text("name"),
        v.longInteger("seed"),
        v.real("duration-s"),
        v.real("coherence-s"),
        radio, model, server, traffic, optimizer, output, cell, List.of(), plugins, source));
    List<UserClass> classes = UserClassReader.read(v.raw(UserClassReader.KEY), v.locations(),
        flat.userClasses().classes().get(0), cell);
    Scenario scenario;
    try {
      scenario = new Scenario(flat.name(), flat.seed(), flat.durationS(), flat.coherenceS(), radio,
          model, server, traffic, optimizer, output, cell, classes, plugins, source);
    } catch (IllegalArgumentException e) {
      throw v.locations().error(UserClassReader.KEY, e.getMessage());
    }
    if (!v.unread().isEmpty()) {
      throw new IllegalStateException("defaults keys not bound to the scenario: " + v.unread());
    }
    return scenario;
  }

  private static <T> T build(Values v, String section, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw blame(v.locations(), section, e.getMessage());
    }
  }

  /** The error for a record's complaint about {@code section}, at the key it names. */
  static InputException blame(SourceMap at, String section, String message) {
    TreeMap<Integer, String> named = new TreeMap<>();
    for (String child : Schema.get().children(section)) {
      String key = section.isEmpty() ? child : section + "." + child;
      Matcher m = Pattern.compile("(?<![a-z-])" + Pattern.quote(child) + "(?![a-z-])")
          .matcher(message);
      if (Schema.get().isLeaf(key) && m.find()) {
        named.put(m.start(), key);
      }
    }
    String culprit = null;
    for (String key : named.values()) {
      if (culprit == null || (at.isUserSet(key) && !at.isUserSet(culprit))) {
        culprit = key;
      }
    }
    if (culprit == null) {
      return at.error(section.isEmpty() ? "scenario" : section, message);
    }
    String leaf = culprit.substring(culprit.lastIndexOf('.') + 1);
    String rule = message.startsWith(leaf + " ") ? message.substring(leaf.length() + 1) : message;
    return at.error(culprit, rule);
  }
}
