package io.fluidedge.command;

import io.fluidedge.metrics.Logging;
import io.fluidedge.run.Progress;
import io.fluidedge.scenario.InputException;
import java.util.Locale;
import org.apache.logging.log4j.Level;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The verbosity options every command inherits: {@code --quiet} (errors only, no progress),
 * {@code --verbose} (the run's phases on stderr too) and {@code --log-level LEVEL} (the console's
 * threshold: {@code error}, {@code warn}, {@code info}, {@code debug}, {@code trace}). Without
 * them the console shows warnings and errors. They change only the console appender named
 * {@value Logging#CONSOLE} of the Log4j configuration (the jar's {@code log4j2.xml}); a user's own
 * configuration ({@code -Dlog4j2.configurationFile}) without it is left as it is, and
 * {@code run.log} stays at INFO either way. Use as a picocli {@code @Mixin} on the top command;
 * {@link #apply()} once the command line is parsed.
 */
public final class LogOptions {

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print errors only: no warnings, no progress.")
  private boolean quiet;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Also print the phases of the work (what run.log records).")
  private boolean verbose;

  @Option(names = "--log-level", paramLabel = "LEVEL", scope = ScopeType.INHERIT,
      description = "Console log level: error, warn, info, debug or trace (default warn).")
  private String logLevel;

  /**
   * The console threshold these options ask for: {@code --log-level} if given, else ERROR with
   * {@code --quiet}, INFO with {@code --verbose}, WARN otherwise.
   *
   * @return the level
   * @throws InputException naming {@code --log-level} for an unknown level
   */
  Level level() {
    if (logLevel != null) {
      Level l = Level.getLevel(logLevel.toUpperCase(Locale.ROOT));
      if (l == null || l == Level.OFF || l == Level.ALL || l == Level.FATAL) {
        throw InputException.argument("--log-level", "unknown level '" + logLevel
            + "' (error, warn, info, debug or trace)");
      }
      return l;
    }
    return quiet ? Level.ERROR : verbose ? Level.INFO : Level.WARN;
  }

  /**
   * Sets the console's threshold (applied before Log4j's first event, {@link Logging}) and
   * whether progress is shown, for this process.
   *
   * @throws InputException for an unknown {@code --log-level}
   */
  public void apply() {
    Level level = level();
    Progress.setShown(!quiet);
    Logging.console(level);
  }
}
