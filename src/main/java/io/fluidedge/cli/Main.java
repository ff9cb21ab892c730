package io.fluidedge.cli;

import io.fluidedge.scenario.InputException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code fluidedge} command line: dispatches to the subcommands and maps failures to exit
 * codes (DESIGN §4): 0 ok, 2 bad input, 1 internal error.
 *
 * <p>Bad input is an {@link InputException} anywhere in the cause chain, printed as
 * {@code error: <message>}, or a command-line error (unknown option, missing parameter), printed
 * with picocli's message and a usage hint. Anything else prints {@code internal error: <message>};
 * the stack trace follows only when the environment variable {@code FLUIDEDGE_DEBUG} is set.
 */
@Command(
    name = "fluidedge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Discrete-event simulator of fluid-antenna MIMO edge networks.",
    subcommands = {
        RunCommand.class,
        OptimizeCommand.class,
        CompareCommand.class,
        SweepCommand.class,
        ReproduceCommand.class,
        TraceCommand.class,
        PluginsCommand.class,
        ValidateCommand.class,
    })
public final class Main implements Callable<Integer> {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: internal error (a bug, or an environment failure). */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code: bad input (scenario, trace or command line). */
  public static final int BAD_INPUT = 2;

  @Spec
  private CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the command line with the given streams (flushed before returning).
   *
   * @return the exit code: 0 ok, 2 bad input, 1 internal error
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(new Main(), out, err);
    try {
      return cli.execute(args);
    } catch (LinkageError | VirtualMachineError e) {
      // picocli passes Errors through; the JVM would print them as a bare stack trace.
      err.println("internal error: " + e + (e instanceof OutOfMemoryError
          ? " (raise the heap: java -Xmx..., or FLUIDEDGE_JAVA_OPTS=-Xmx8g bin/fluidedge)" : ""));
      if (System.getenv("FLUIDEDGE_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * A picocli command line for {@code command} writing to {@code out} and {@code err}, with this
   * class's exit-code policy installed: tests use it to run single commands, and other entry
   * points (the Spark sweep runner) to report errors the same way.
   */
  public static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::handleParameterError);
    cli.setExecutionExceptionHandler(Main::handleExecutionError);
    return cli;
  }

  /** Without a subcommand: say one is needed. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  private static int handleParameterError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Usage: " + cli.getHelp().synopsis(0).trim());
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    return BAD_INPUT;
  }

  private static int handleExecutionError(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputException input) {
        printInputError(err, input);
        return BAD_INPUT;
      }
    }
    err.println("internal error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (System.getenv("FLUIDEDGE_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set FLUIDEDGE_DEBUG=1 for the stack trace)");
    }
    return INTERNAL_ERROR;
  }

  /** Prints bad input the way every command reports it: {@code error: <message>}. */
  static void printInputError(PrintWriter err, InputException e) {
    err.println("error: " + e.getMessage());
  }

  /** The version shown by {@code --version}: the jar's implementation version, if any. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"fluidedge " + (v == null ? "(development build)" : v)};
    }
  }
}
