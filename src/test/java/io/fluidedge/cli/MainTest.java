package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.ScenarioOptions;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private int run(Object command, String... args) {
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = CommandLines.of(command, o, e).execute(args);
    o.flush();
    e.flush();
    return code;
  }

  @Test
  void execute_helpAndVersionExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("fluidedge", "validate", "optimize", "plugins", "trace");
    for (String command : new String[] {"validate", "optimize", "plugins", "trace"}) {
      assertThat(run(command, "--help")).as(command).isZero();
    }
    assertThat(run("--version")).isZero();
  }

  @Test
  void execute_unknownOptionExitsTwoWithUsageHint() {
    assertThat(run("validate", "--bogus", "x.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("error: Unknown option: '--bogus'",
        "Try 'fluidedge validate --help'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void execute_missingParameterOrCommandExitsTwo() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter");
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("error: missing command");
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void execute_inputExceptionExitsTwoWithoutStackTrace() {
    assertThat(run(new Throwing(new IllegalStateException("wrapped",
        new InputException("f.yaml", 3, 4, "radio.users", "bad"))))).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: f.yaml:3:4: radio.users: bad" + System.lineSeparator());
  }

  @Test
  void execute_otherExceptionIsInternalErrorExitOne() {
    assertThat(run(new Throwing(new IllegalStateException("boom")))).isEqualTo(1);
    assertThat(err.toString()).startsWith("internal error: boom");
    if (System.getenv("FLUIDEDGE_DEBUG") == null) {
      assertThat(err.toString()).doesNotContain("\tat ", "Exception");
    }
  }

  @Test
  void scenarioOptions_applySetThenSeed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "seed: 3\nradio: {bs-antennas: 12}\n");
    Probe probe = new Probe();
    assertThat(run(probe, file.toString(), "--set", "radio.bs-antennas=16", "--set", "seed=5",
        "--seed", "42", "--plugins", "p1", "--plugins", "p2")).isZero();
    assertThat(probe.loaded.radio().bsAntennas()).isEqualTo(16);
    assertThat(probe.loaded.seed()).isEqualTo(42L);
    assertThat(probe.options.pluginDirs()).containsExactly(Path.of("p1"), Path.of("p2"));

    Probe noSeed = new Probe();
    assertThat(run(noSeed, file.toString(), "--set", "seed=5")).isZero();
    assertThat(noSeed.loaded.seed()).isEqualTo(5L);
  }

  @Test
  void scenarioOptions_missingFileAndBadSetExitTwo(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.yaml");
    assertThat(run(new Probe(), missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("error: " + missing + ": no such file");

    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "");
    assertThat(run(new Probe(), file.toString(), "--set", "radio.bs-antena=3")).isEqualTo(2);
    assertThat(err.toString()).contains("error: --set radio.bs-antena: unknown key");
    assertThat(run(new Probe(), file.toString(), "--seed", "abc")).isEqualTo(2);
  }

  @Command(name = "throwing")
  static final class Throwing implements Callable<Integer> {
    private final RuntimeException failure;

    Throwing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;
    @Spec
    CommandSpec spec;
    Scenario loaded;

    @Override
    public Integer call() {
      loaded = options.load();
      return 0;
    }
  }
}
