package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean" for every name a user types, and all key errors of a file at once. */
class SuggestTest {

  @TempDir
  Path dir;

  @Test
  void nearest_byEditDistanceOrAsAPrefix() {
    List<String> policies = List.of("joint", "fpa", "random-fa", "fixed-bits", "equal-cpu");
    assertThat(Suggest.nearest("jiont", policies)).isEqualTo("joint");
    assertThat(Suggest.nearest("fixedbits", policies)).isEqualTo("fixed-bits");
    assertThat(Suggest.nearest("snr", List.of("snr-db", "users"))).isEqualTo("snr-db");
    assertThat(Suggest.nearest("quantum", policies)).isNull();
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggest.didYouMean("fpaa", policies)).isEqualTo("; did you mean 'fpa'?");
  }

  @Test
  void load_reportsEveryUnknownKeyAtOnceWithSuggestions() throws Exception {
    Path file = Files.writeString(dir.resolve("typos.yaml"),
        "radio:\n  snr: 10\n  userz: 3\nmodel: 5\ntraffik: {}\n");
    assertThatThrownBy(() -> ScenarioLoader.load(file, List.of()))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.getMessage()).endsWith("typos.yaml:2:3: radio.snr: unknown key; "
              + "did you mean 'radio.snr-db'?");
          assertThat(e.more()).extracting(InputException::getMessage).containsExactly(
              file + ":3:3: radio.userz: unknown key; did you mean 'radio.users'?",
              file + ":4:8: model: expected a map of keys, got 5",
              file + ":5:1: traffik: unknown key; did you mean 'traffic'?");
        });
  }

  @Test
  void cli_suggestsCommandsPoliciesAndChoices() throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "rn",
        "scenarios/default.yaml");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Did you mean: fluidedge run?");

    Path file = Files.writeString(dir.resolve("p.yaml"),
        "optimizer: {policy: jiont}\nradio: {evolution: gaus-markov}\n");
    err = new StringWriter();
    code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate",
        file.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("did you mean 'gauss-markov'?");
    Files.writeString(file, "optimizer: {policy: jiont}\n");
    err = new StringWriter();
    Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate",
        file.toString());
    assertThat(err.toString()).contains("unknown policy 'jiont'", "did you mean 'joint'?");
  }
}
