package io.fluidedge.command;

import io.fluidedge.run.Progress;
import io.fluidedge.scenario.InputException;
import java.util.Locale;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The verbosity options every command inherits: {@code --quiet} (errors only, no progress),
 * {@code --verbose} (the run's phases on stderr too) and {@code --log-level LEVEL} (the console's
 * threshold: {@code error}, {@code warn}, {@code info}, {@code debug}, {@code trace}). Without
 * them the console shows warnings and errors. They change only the console appender named
 * {@value #CONSOLE} of the Log4j configuration (the jar's {@code log4j2.xml}); a user's own
 * configuration ({@code -Dlog4j2.configurationFile}) without it is left as it is, and
 * {@code run.log} stays at INFO either way. Use as a picocli {@code @Mixin} on the top command;
 * {@link #apply()} once the command line is parsed.
 */
public final class LogOptions {

  /** The name of the console appender in the shipped configuration. */
  static final String CONSOLE = "console";

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
   * Sets the console's threshold and whether progress is shown, for this process.
   *
   * @throws InputException for an unknown {@code --log-level}
   */
  public void apply() {
    Level level = level();
    Progress.setShown(!quiet);
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    Configuration config = ctx.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    Appender console = root.getAppenders().get(CONSOLE);
    if (console == null) {
      return;
    }
    root.removeAppender(CONSOLE);
    root.addAppender(console, level, null);
    if (level.isLessSpecificThan(root.getLevel())) {
      root.setLevel(level);
    } else if (root.getLevel().isLessSpecificThan(Level.INFO)) {
      root.setLevel(Level.INFO);
    }
    ctx.updateLoggers();
  }
}
