package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.LogOptions;
import io.fluidedge.metrics.Logging;
import io.fluidedge.run.BuildInfo;
import io.fluidedge.run.Provenance;
import io.fluidedge.scenario.InputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fluidedge} command line: dispatches to the subcommands ({@link #COMMANDS}); failures
 * map to exit codes by {@link CommandLines} (0 ok, 2 bad input, 1 internal error).
 */
@Command(
    name = "fluidedge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Discrete-event simulator of fluid-antenna MIMO edge networks.")
public final class Main implements Callable<Integer> {

  /** The subcommands, in the order the usage lists them. */
  static final List<Class<?>> COMMANDS = List.of(
      RunCommand.class,
      OptimizeCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      ReproduceCommand.class,
      TraceCommand.class,
      PluginsCommand.class,
      ValidateCommand.class,
      PlotCommand.class);

  /** The log options without a value ({@link LogOptions}). */
  private static final Set<String> LOG_FLAGS = Set.of("-q", "--quiet", "-v", "--verbose");

  @Spec
  private CommandSpec spec;

  @Mixin
  private LogOptions logOptions;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    Logging.startEarly();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = execute(out, err, args);
    // Not while Log4j still starts: it registers a shutdown hook.
    Logging.ready();
    System.exit(code);
  }

  /**
   * Runs the command line with the given streams (flushed before returning).
   *
   * @return the exit code: 0 ok, 2 bad input, 1 internal error
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(out, err, commandsFor(args), args);
  }

  /** {@link #execute(PrintWriter, PrintWriter, String...)} with the given subcommands. */
  static int execute(PrintWriter out, PrintWriter err, List<Class<?>> commands, String... args) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    for (Class<?> c : commands) {
      cli.addSubcommand(c);
    }
    CommandLines.configure(cli, out, err);
    Provenance.recordCommand("fluidedge", List.of(args));
    cli.setExecutionStrategy(parsed -> {
      try {
        main.logOptions.apply();
      } catch (InputException e) {
        throw new ParameterException(parsed.commandSpec().commandLine(), e.getMessage(), e);
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    try {
      return cli.execute(args);
    } catch (LinkageError | VirtualMachineError e) {
      // picocli passes Errors through; the JVM would print them as a bare stack trace.
      return CommandLines.internalError(err, e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The subcommands a command line needs for {@code args}: only the one they name, when they name
   * one after nothing but the log options; else all of them (for the usage, the help and the
   * suggestions for a mistyped name). picocli builds a subcommand's model from its annotations
   * when the subcommand is added, a good part of a short command's start-up; the parse of
   * {@code args} is the same either way.
   */
  static List<Class<?>> commandsFor(String[] args) {
    String word = commandWord(args);
    for (Class<?> c : COMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(word)) {
        return List.of(c);
      }
    }
    return COMMANDS;
  }

  /**
   * The first argument that is neither a log option ({@link LogOptions}) nor its value, or null
   * when another option (e.g. {@code --help}) or nothing comes first.
   */
  static String commandWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--log-level")) {
        i++;
      } else if (!LOG_FLAGS.contains(a) && !a.startsWith("--log-level=")) {
        return a.startsWith("-") || a.startsWith("@") ? null : a;
      }
    }
    return null;
  }

  /** Without a subcommand: say one is needed. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * The version shown by {@code --version}: the project version and the git commit of the build
   * ({@link BuildInfo}), and the Java runtime.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {BuildInfo.current().describe(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
              + ")"};
    }
  }
}
