package io.fluidedge.command;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Suggest;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The exit-code policy of every FluidEdge command line (the {@code fluidedge} CLI and other entry
 * points such as the Spark sweep runner): 0 ok, 2 bad input, 1 internal error.
 *
 * <p>Bad input is an {@link InputException} anywhere in the cause chain, printed as
 * {@code error: <message>}, or a command-line error (unknown option, missing parameter), printed
 * with picocli's message and a usage hint. Anything else prints {@code internal error: <message>};
 * the stack trace follows only when the environment variable {@code FLUIDEDGE_DEBUG} is set.
 */
public final class CommandLines {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: internal error (a bug, or an environment failure). */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code: bad input (scenario, trace or command line). */
  public static final int BAD_INPUT = 2;

  private CommandLines() {
  }

  /**
   * A picocli command line for {@code command} writing to {@code out} and {@code err}, with the
   * exit-code policy installed.
   *
   * @param command a picocli command object
   * @param out     standard output
   * @param err     standard error
   * @return the command line
   */
  public static CommandLine of(Object command, PrintWriter out, PrintWriter err) {
    return configure(new CommandLine(command), out, err);
  }

  /**
   * {@link #of}'s streams and exit-code policy installed on {@code cli} and the subcommands it
   * has so far (add any subcommands before this).
   *
   * @param cli a picocli command line
   * @param out standard output
   * @param err standard error
   * @return {@code cli}
   */
  public static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(CommandLines::handleParameterError);
    cli.setExecutionExceptionHandler(CommandLines::handleExecutionError);
    return cli;
  }

  /**
   * Reports an error the JVM raised outside picocli's handlers (linkage, out of memory).
   *
   * @param err the error stream
   * @param e   the error
   * @return {@link #INTERNAL_ERROR}
   */
  public static int internalError(PrintWriter err, Throwable e) {
    err.println("internal error: " + e + (e instanceof OutOfMemoryError
        ? " (raise the heap: java -Xmx..., or FLUIDEDGE_JAVA_OPTS=-Xmx8g bin/fluidedge)" : ""));
    if (System.getenv("FLUIDEDGE_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return INTERNAL_ERROR;
  }

  /**
   * Prints bad input the way every command reports it: {@code error: <message>}.
   *
   * @param err the error stream
   * @param e   the bad input
   */
  public static void printInputError(PrintWriter err, InputException e) {
    err.println("error: " + e.getMessage());
    for (InputException other : e.more()) {
      err.println("error: " + other.getMessage());
    }
  }

  private static int handleParameterError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("error: " + e.getMessage());
    if (e instanceof UnmatchedArgumentException unmatched && unmatched.getSuggestions().isEmpty()
        && !cli.getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
      String nearest = Suggest.nearest(unmatched.getUnmatched().get(0),
          cli.getSubcommands().keySet());
      if (nearest != null) {
        err.println("Did you mean: " + cli.getCommandName() + " " + nearest + "?");
      }
    }
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
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io && io.getMessage() != null
          && io.getMessage().startsWith("cannot write ")) {
        // The environment failed (a full disk, a read-only folder): its file and cause, no bug.
        err.println("error: " + io.getMessage());
        return INTERNAL_ERROR;
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
}
