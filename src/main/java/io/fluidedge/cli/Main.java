package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.command.LogOptions;
import io.fluidedge.metrics.Logging;
import io.fluidedge.run.BuildInfo;
import io.fluidedge.run.Provenance;
import io.fluidedge.scenario.InputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fluidedge} command line: dispatches to the subcommands; failures map to exit codes
 * by {@link CommandLines} (0 ok, 2 bad input, 1 internal error).
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
        PlotCommand.class,
    })
public final class Main implements Callable<Integer> {

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
    Main main = new Main();
    CommandLine cli = CommandLines.of(main, out, err);
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
