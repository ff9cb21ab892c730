package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.TextMutation;
import io.fluidedge.plugin.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of scenario loading: mutated valid scenarios (characters and lines deleted,
 * duplicated, inserted, swapped), random keys at random depths, and random values for real keys
 * written in the file or given with {@code --set}. Every input ends in a loaded scenario or an
 * {@link InputException} naming the file (or the option); never in any other exception. A loaded
 * scenario's plugins can be created, and its resolved form (what {@code run} writes as
 * scenario.yaml) loads again to the same scenario. Seeds are fixed.
 */
class ScenarioParsingPropertyTest {

  private static final String FILE = "s.yaml";
  private static final PluginRegistry REGISTRY = PluginRegistry.load();
  private static final String DEFAULTS = resource("defaults.yaml");
  private static final String FLOW = """
      name: flow
      radio: {users: 2, user-antennas: 2, bs-antennas: 6, snr-db: -10.5, evolution: gauss-markov}
      model: {sensitivity: 1.4e-4, bits-max: 16}
      traffic:
        source: poisson
        columns: {time-s: arrived_at, features: num_prefill_tokens}
      optimizer: {policy: fpa, solver: paper, max-iterations: 3}
      output: {dir: out/x, window-s: 0.5, plots: false}
      """;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz-_.:,{}[]'\"#&*!|>- \t\n\r"
      + "0123456789eE+\u00e9\uFEFF\u0000";
  private static final List<String> KEYS = new ArrayList<>(Schema.get().leaves().keySet());

  @Property(tries = 1200, seed = "20240601", edgeCases = EdgeCasesMode.NONE)
  void mutatedScenario_loadsOrNamesTheFile(@ForAll("bases") String base,
      @ForAll("mutations") List<TextMutation> mutations) {
    check(TextMutation.apply(base, mutations), List.of());
  }

  @Property(tries = 500, seed = "20240602", edgeCases = EdgeCasesMode.NONE)
  void randomKey_loadsOrNamesTheFile(@ForAll("bases") String base, @ForAll("keys") String key,
      @ForAll("values") String value, @ForAll("depths") int depth,
      @ForAll("fractions") double where) {
    String[] lines = base.split("\n", -1);
    int at = (int) (where * lines.length);
    List<String> out = new ArrayList<>(List.of(lines));
    out.add(Math.min(at, out.size()), "  ".repeat(depth) + key + ": " + value);
    check(String.join("\n", out), List.of());
  }

  @Property(tries = 1200, seed = "20240603", edgeCases = EdgeCasesMode.NONE)
  void randomValues_inTheFile_loadOrNameTheKey(@ForAll("settings") List<String[]> settings) {
    StringBuilder yaml = new StringBuilder();
    for (String[] kv : settings) {
      String[] path = kv[0].split("\\.");
      for (int i = 0; i < path.length; i++) {
        yaml.append("  ".repeat(i)).append(path[i]).append(':');
        yaml.append(i == path.length - 1 ? " " + kv[1] + "\n" : "\n");
      }
    }
    check(yaml.toString(), List.of());
  }

  @Property(tries = 1000, seed = "20240604", edgeCases = EdgeCasesMode.NONE)
  void randomValues_asOverrides_loadOrNameTheOption(@ForAll("settings") List<String[]> settings) {
    List<String> overrides = new ArrayList<>();
    for (String[] kv : settings) {
      overrides.add(kv[0] + "=" + kv[1]);
    }
    check(FLOW, overrides);
  }

  private static void check(String yaml, List<String> overrides) {
    Scenario s;
    try {
      s = ScenarioLoader.load(yaml, FILE, overrides);
    } catch (InputException e) {
      assertThat(e.getMessage()).as("message").matches("(?s)(" + FILE + "|--set ).+");
      assertThat(e.getMessage()).doesNotContain("Exception");
      return;
    }
    assertThat(s.durationS()).isFinite().isPositive();
    assertThat(s.radio().txPower()).isFinite().isPositive();
    assertThat(s.radio().wavelengthM()).isFinite().isPositive();
    try {
      REGISTRY.channelModel(s);
      REGISTRY.accuracyModel(s);
      REGISTRY.policy(s);
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
    Scenario again = ScenarioLoader.load(ScenarioWriter.toYaml(s), FILE, List.of());
    assertThat(again.withSeed(s.seed())).isEqualTo(s);
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of(DEFAULTS, FLOW, "", "name: x\n", "radio:\n  users: 2\n");
  }

  @Provide
  Arbitrary<List<TextMutation>> mutations() {
    return TextMutation.lists(ALPHABET, 6);
  }

  @Provide
  Arbitrary<String> keys() {
    Arbitrary<String> random = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-.0")
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> known = Arbitraries.of(KEYS).map(k -> k.substring(k.lastIndexOf('.') + 1));
    Arbitrary<String> typo = known.map(k -> k.length() > 3 ? k.substring(1) : k + "s");
    return Arbitraries.oneOf(random, known, typo, Arbitraries.of("radio", "plugins", "model"));
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> tokens = Arbitraries.of("0", "-0", "1", "-1", "2", "3", "8", "16", "32",
        "1024", "1e308", "-1e308", "1e-320", "4.9e-324", ".inf", "-.inf", ".nan", "NaN", "nan",
        "99999999999999999999", "2147483648", "-2147483649", "0.5", "1e3", "1e-12", "1e12",
        "true", "false", "~", "null", "''", "\"\"", "abc", "[1, 2]", "{a: 1}", "[]", "{}",
        "&a 1", "*a", "!!binary aGk=", "0x1F", "0o17", "1_000", "12:30", "2001-12-14", "'1e6'",
        "\"\\u0000\"", "poisson", "trace", "joint", "fpa", "paper", "gauss-markov", "skip",
        "hash", "psnr", "geometric", "work-conserving", "- x", "|\n  text", "'a: b'", "\"#\"");
    Arbitrary<String> numbers = Arbitraries.doubles().between(-1e6, 1e6)
        .map(d -> Double.toString(d));
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(10)
        .withChars("ab0-.e: #[]{},'\"\\");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, tokens), net.jqwik.api.Tuple.of(2, numbers),
        net.jqwik.api.Tuple.of(2, text));
  }

  @Provide
  Arbitrary<List<String[]>> settings() {
    return Combinators.combine(Arbitraries.of(KEYS), values())
        .as((k, v) -> new String[] {k, v}).list().ofMinSize(1).ofMaxSize(3)
        .uniqueElements(kv -> kv[0]);
  }

  private static String resource(String name) {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
