package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line registers only the subcommand its arguments name, and parses them the same. */
class MainCommandsTest {

  private record Outcome(int code, String out, String err) {}

  /** With the subcommands {@link Main#commandsFor} picks, or with {@code commands}. */
  private static Outcome run(List<Class<?>> commands, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = commands == null ? Main.execute(new PrintWriter(out), new PrintWriter(err), args)
        : Main.execute(new PrintWriter(out), new PrintWriter(err), commands, args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Test
  void commandWord_isTheFirstArgumentAfterTheLogOptions() {
    assertThat(Main.commandWord(new String[] {"run", "a.yaml"})).isEqualTo("run");
    assertThat(Main.commandWord(new String[] {"-q", "--verbose", "-v", "--quiet", "plot", "x"}))
        .isEqualTo("plot");
    assertThat(Main.commandWord(new String[] {"--log-level", "run", "validate"}))
        .isEqualTo("validate");
    assertThat(Main.commandWord(new String[] {"--log-level=debug", "trace", "stats"}))
        .isEqualTo("trace");
    assertThat(Main.commandWord(new String[] {"--help", "run"})).isNull();
    assertThat(Main.commandWord(new String[] {"-qv", "run"})).isNull();
    assertThat(Main.commandWord(new String[] {"--", "run"})).isNull();
    assertThat(Main.commandWord(new String[] {"@args.txt"})).isNull();
    assertThat(Main.commandWord(new String[] {"--log-level"})).isNull();
    assertThat(Main.commandWord(new String[0])).isNull();
  }

  @Test
  void commandsFor_theNamedOneElseAll() {
    for (Class<?> c : Main.COMMANDS) {
      assertThat(Main.commandsFor(new String[] {name(c), "--help"})).containsExactly(c);
      assertThat(Main.commandsFor(new String[] {"--log-level", "info", name(c)}))
          .containsExactly(c);
    }
    assertThat(Main.COMMANDS).hasSize(9);
    assertThat(Main.commandsFor(new String[] {"rn"})).isEqualTo(Main.COMMANDS);
    assertThat(Main.commandsFor(new String[] {"--version"})).isEqualTo(Main.COMMANDS);
    assertThat(Main.commandsFor(new String[0])).isEqualTo(Main.COMMANDS);
  }

  @Test
  void everyCommandLine_sameOutcomeAsWithEverySubcommand() {
    List<String[]> cases = new ArrayList<>();
    for (Class<?> c : Main.COMMANDS) {
      String name = name(c);
      cases.add(new String[] {name, "--help"});
      cases.add(new String[] {"--quiet", name, "--help"});
      cases.add(new String[] {"--log-level", "warn", name, "-h"});
      cases.add(new String[] {"--log-level=info", name, "--no-such-option"});
      cases.add(new String[] {name, "--no-such-option", "--quiet"});
      cases.add(new String[] {"--log-level", "loud", name, "--help"});
    }
    cases.add(new String[] {"trace", "gen", "--help"});
    cases.add(new String[] {"trace", "stats", "--no-such-option"});
    cases.add(new String[] {"trace", "nosuch"});
    cases.add(new String[] {"run", "--set"});
    cases.add(new String[] {"rn", "scenarios/default.yaml"});
    cases.add(new String[] {"--help"});
    cases.add(new String[] {"--log-level", "warn"});
    cases.add(new String[0]);
    for (String[] args : cases) {
      Outcome lazy = run(null, args);
      Outcome all = run(Main.COMMANDS, args);
      assertThat(lazy).as(String.join(" ", args)).isEqualTo(all);
      assertThat(lazy.out() + lazy.err()).as(String.join(" ", args)).isNotBlank();
    }
  }
}
