package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizeCommandTest {

  static final List<String> CONTRACT_KEYS = List.of("scenario", "seed", "policy", "solver",
      "iterations", "converged", "loss_history", "loss", "latency_s", "offload_s", "inference_s",
      "psnr_db", "rates_bps_hz", "bits", "cpu_hz", "positions_m", "wavelength_m", "panel_m",
      "min_spacing_m", "opt_wall_ms", "user_inputs");

  /** Keeps the paper solver quick: a coarse grid and few iterations. */
  static final String[] PAPER_QUICK = {"--set", "optimizer.solver=paper",
      "--set", "optimizer.grid-wavelengths=0.5", "--set", "optimizer.max-iterations=10"};

  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path dir;
  static Path scenario;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void writeScenario() throws Exception {
    scenario = dir.resolve("small.yaml");
    Files.writeString(scenario, "name: small\n");
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String[] args(String[] head, String... tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray(new String[0]);
  }

  /** Runs {@code optimize --json} and parses stdout, which must hold exactly one JSON object. */
  private JsonNode json(String... extra) throws Exception {
    int code = run(args(new String[] {"optimize", scenario.toString(), "--json"}, extra));
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    String text = out.toString();
    assertThat(text).endsWith(System.lineSeparator()).doesNotContain("NaN", "Infinity");
    List<JsonNode> objects = new ArrayList<>();
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(text)) {
      it.forEachRemaining(objects::add);
    }
    assertThat(objects).hasSize(1);
    assertThat(objects.get(0).isObject()).isTrue();
    return objects.get(0);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(keys::add);
    return keys;
  }

  private static double[] doubles(JsonNode array) {
    double[] v = new double[array.size()];
    for (int i = 0; i < v.length; i++) {
      assertThat(array.get(i).isNumber()).as("number at %d of %s", i, array).isTrue();
      v[i] = array.get(i).asDouble();
    }
    return v;
  }

  @Test
  void optimize_jsonHasContractKeysInOrderAndAFeasibleConsistentAllocation() throws Exception {
    JsonNode j = json();
    assertThat(keys(j)).containsExactlyElementsOf(CONTRACT_KEYS);
    assertThat(j.get("scenario").asText()).isEqualTo("small");
    assertThat(j.get("seed").asLong()).isEqualTo(1);
    assertThat(j.get("policy").asText()).isEqualTo("joint");
    assertThat(j.get("solver").asText()).isEqualTo("fast");
    assertThat(j.get("converged").asBoolean()).isTrue();
    JsonNode inputs = j.get("user_inputs");
    assertThat(inputs).hasSize(4);
    for (JsonNode u : inputs) {
      assertThat(keys(u)).containsExactly("parameters", "cycles_per_parameter",
          "feature_elements", "bits_min", "bits_max", "tx_power", "large_scale_gain");
      assertThat(u.get("parameters").asDouble()).isEqualTo(86e6);
      assertThat(u.get("feature_elements").asDouble()).isEqualTo(151296);
      assertThat(u.get("tx_power").asDouble()).isCloseTo(10, within(1e-12));
      assertThat(u.get("large_scale_gain").asDouble()).isEqualTo(1.0);
    }

    double[] history = doubles(j.get("loss_history"));
    assertThat(history).hasSize(j.get("iterations").asInt() + 1);
    for (int i = 1; i < history.length; i++) {
      assertThat(history[i]).as("loss_history[%d]", i).isLessThanOrEqualTo(history[i - 1]);
    }
    assertThat(j.get("loss").asDouble()).isEqualTo(history[history.length - 1]);

    double lambda = j.get("wavelength_m").asDouble();
    assertThat(lambda).isCloseTo(299_792_458.0 / 3.5e9, within(1e-15));
    double panel = j.get("panel_m").asDouble();
    double dMin = j.get("min_spacing_m").asDouble();
    assertThat(panel).isCloseTo(4 * lambda, within(1e-15));
    assertThat(dMin).isCloseTo(0.5 * lambda, within(1e-15));

    JsonNode positions = j.get("positions_m");
    assertThat(positions).hasSize(8);
    for (int m = 0; m < positions.size(); m++) {
      double[] p = doubles(positions.get(m));
      assertThat(p).hasSize(2);
      assertThat(p[0]).isBetween(0.0, panel);
      assertThat(p[1]).isBetween(0.0, panel);
      for (int n = 0; n < m; n++) {
        double[] o = doubles(positions.get(n));
        assertThat(Math.hypot(p[0] - o[0], p[1] - o[1])).as("spacing %d-%d", n, m)
            .isGreaterThanOrEqualTo(dMin - 1e-12);
      }
    }

    int users = 4;
    double[] rates = doubles(j.get("rates_bps_hz"));
    double[] off = doubles(j.get("offload_s"));
    double[] inf = doubles(j.get("inference_s"));
    double[] psnr = doubles(j.get("psnr_db"));
    double[] cpu = doubles(j.get("cpu_hz"));
    JsonNode bits = j.get("bits");
    assertThat(rates).hasSize(users);
    assertThat(bits).hasSize(users);
    double cpuSum = 0;
    double latency = 0;
    for (int k = 0; k < users; k++) {
      assertThat(bits.get(k).isInt()).isTrue();
      int b = bits.get(k).asInt();
      assertThat(b).isBetween(1, 32);
      assertThat(rates[k]).isPositive();
      assertThat(cpu[k]).isPositive();
      cpuSum += cpu[k];
      // T_off = b·D/(B·R), T_inf = c·S/f, PSNR = 20 log10(2^b − 1) + 10 log10(12·1²/2²).
      assertThat(off[k]).isCloseTo(b * 151296 / (20e6 * rates[k]), within(1e-12 * off[k]));
      assertThat(inf[k]).isCloseTo(400 * 86e6 / cpu[k], within(1e-12 * inf[k]));
      assertThat(psnr[k]).isCloseTo(20 * Math.log10(Math.pow(2, b) - 1) + 10 * Math.log10(3),
          within(1e-9));
      latency += off[k] + inf[k];
    }
    assertThat(cpuSum).isLessThanOrEqualTo(1e14 * (1 + 1e-12));
    assertThat(j.get("latency_s").asDouble()).isCloseTo(latency, within(1e-12 * latency));
    double accuracy = 0;
    for (double p : psnr) {
      accuracy += p;
    }
    assertThat(j.get("loss").asDouble()).isCloseTo(latency - 1.4e-4 * accuracy, within(1e-12));
    assertThat(j.get("opt_wall_ms").asDouble()).isNotNegative();
  }

  @Test
  void optimize_dumpChannelAddsTheChannelLast() throws Exception {
    JsonNode j = json("--dump-channel", "--seed", "7");
    List<String> expected = new ArrayList<>(CONTRACT_KEYS);
    expected.add("channel");
    assertThat(keys(j)).containsExactlyElementsOf(expected);
    assertThat(j.get("seed").asLong()).isEqualTo(7);
    JsonNode channel = j.get("channel");
    assertThat(keys(channel)).containsExactly("noise_power", "users");
    assertThat(channel.get("noise_power").asDouble()).isEqualTo(1.0);
    assertThat(channel.get("users")).hasSize(4);
    for (JsonNode user : channel.get("users")) {
      assertThat(keys(user)).containsExactly("form", "tx_power", "antenna_positions_m", "paths");
      assertThat(user.get("form").asText()).isEqualTo("field-response");
      assertThat(user.get("tx_power").asDouble()).isCloseTo(10.0, within(1e-12));
      assertThat(user.get("antenna_positions_m")).hasSize(2);
      assertThat(user.get("paths")).hasSize(5);
      for (JsonNode path : user.get("paths")) {
        assertThat(keys(path)).containsExactly("aoa_elev_rad", "aoa_azim_rad", "aod_elev_rad",
            "aod_azim_rad", "gain_re", "gain_im");
      }
    }
  }

  @Test
  void optimize_sameSeedSameOutputApartFromWallClock() throws Exception {
    ObjectNode a = (ObjectNode) json("--dump-channel", "--seed", "3");
    ObjectNode b = (ObjectNode) json("--dump-channel", "--seed", "3");
    ObjectNode c = (ObjectNode) json("--dump-channel", "--seed", "4");
    a.remove("opt_wall_ms");
    b.remove("opt_wall_ms");
    c.remove("opt_wall_ms");
    assertThat(a).isEqualTo(b);
    assertThat(c.get("channel")).isNotEqualTo(a.get("channel"));
  }

  static Stream<Arguments> rateCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String channel : List.of("geometric", "correlated")) {
      boolean geometric = channel.equals("geometric");
      List<String> policies = geometric ? List.of("joint", "fpa")
          : List.of("joint", "fpa", "random-fa", "fixed-bits", "equal-cpu");
      for (String solver : List.of("fast", "paper")) {
        for (String policy : policies) {
          for (long seed = 1; seed <= (geometric ? 5 : 2); seed++) {
            cases.add(Arguments.of(channel, solver, policy, seed));
          }
        }
      }
    }
    return cases.stream();
  }

  /**
   * The printed rates agree with rates rebuilt from the dumped channel (either form; every policy
   * with the correlated one) by independent complex arithmetic: equal for the fast solver (closed-form combiners), at most the closed form for
   * the paper solver (its own Riemannian combiners).
   */
  @ParameterizedTest(name = "{0} {1} {2} seed {3}")
  @MethodSource("rateCases")
  void optimize_ratesMatchAnIndependentRebuildOfTheDumpedChannel(String channel, String solver,
      String policy, long seed) throws Exception {
    String[] extra = {"--dump-channel", "--seed", Long.toString(seed),
        "--set", "optimizer.policy=" + policy, "--set", "radio.channel=" + channel};
    JsonNode j = json(solver.equals("paper") ? args(extra, PAPER_QUICK) : extra);
    assertThat(j.get("solver").asText()).isEqualTo(solver);
    assertThat(j.get("policy").asText()).isEqualTo(policy);
    double[] printed = doubles(j.get("rates_bps_hz"));
    // fast: the closed-form rates; paper: the rates of the combiners it dumps, at most those
    assertThat(j.has("combiners")).isEqualTo(solver.equals("paper"));
    double[] rebuilt = IndependentRates.rates(j);
    double[] closedForm = IndependentRates.closedFormRates(j);
    assertThat(printed).hasSameSizeAs(rebuilt);
    for (int k = 0; k < printed.length; k++) {
      assertThat(rebuilt[k]).isPositive();
      assertThat(printed[k]).as("user %d", k).isCloseTo(rebuilt[k], within(1e-9 * rebuilt[k]));
      assertThat(printed[k]).isLessThanOrEqualTo(closedForm[k] * (1 + 1e-9));
    }
    double[] history = doubles(j.get("loss_history"));
    for (int i = 1; i < history.length; i++) {
      assertThat(history[i]).isLessThanOrEqualTo(history[i - 1]);
    }
    if (solver.equals("fast")) {
      assertThat(j.get("converged").asBoolean()).isTrue();
    } else {
      assertThat(j.get("iterations").asInt()).isBetween(1, 10);
    }
  }

  @Test
  void independentRates_logDetOfAKnownHermitianMatrix() {
    // [[2, 1+i], [1−i, 3]]: det = 6 − |1+i|² = 4.
    double[][] re = {{2, 1}, {1, 3}};
    double[][] im = {{0, 1}, {-1, 0}};
    assertThat(IndependentRates.logDet(re, im)).isCloseTo(Math.log(4), within(1e-15));
  }

  @Test
  void optimize_textReportShowsIterationsAllocationAndPositions() {
    assertThat(run("optimize", scenario.toString(), "--dump-channel")).isZero();
    String text = out.toString();
    assertThat(text).contains("scenario 'small', seed 1, policy joint, solver fast",
        "iteration", "loss_s", "converged after", "rate_bps_hz", "psnr_db", "offload_s",
        "inference_s", "cpu_hz", "(in wavelengths", "aoa_elev_rad");
    assertThat(text.lines().filter(l -> l.matches(" {6}[0-7] +[0-9.]+ +[0-9.]+"))).hasSize(8);
    assertThat(text.lines()).noneMatch(l -> l.endsWith(" "));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void optimize_badScenarioExitsTwoNamingFileAndLine() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nradio:\n  bs-antena: 16\n");
    assertThat(run("optimize", bad.toString(), "--json")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: " + bad + ":3:3: radio.bs-antena: unknown key");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void optimize_unknownPolicyExitsTwoListingKnownPolicies() throws Exception {
    String known = "known: equal-cpu, external, fixed-bits, fpa, joint, random-fa";
    Path bad = dir.resolve("policy.yaml");
    Files.writeString(bad, "optimizer:\n  policy: nope\n");
    assertThat(run("optimize", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: " + bad
        + ":2:11: optimizer.policy: unknown policy 'nope'; " + known + System.lineSeparator());
    assertThat(out.toString()).isEmpty();

    assertThat(run("optimize", scenario.toString(), "--set", "optimizer.policy=nope")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: --set optimizer.policy: unknown policy 'nope'; "
        + known);
  }

  @Test
  void optimize_missingPluginDirectoryExitsTwo() {
    Path none = dir.resolve("no-plugins");
    assertThat(run("optimize", scenario.toString(), "--plugins", none.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: --plugins: no such directory: " + none);
  }
}
