package io.fluidedge.metrics;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;

/**
 * The one way into Log4j. A command line may start Log4j on a thread of its own
 * ({@link #startEarly()}) while it parses its arguments and reads its inputs: Log4j's start
 * (its plugins, configuration and appenders) is about a third of a command's start-up. Every use
 * of Log4j then goes through {@link #ready()} (or {@link #logger}), which waits for that start,
 * so that no event is logged before Log4j is configured, and applies the console threshold the
 * command line asked for ({@link #console}) before the first event.
 */
public final class Logging {

  /** The name of the console appender in the shipped configuration (log4j2.xml). */
  public static final String CONSOLE = "console";

  private static Thread starting;
  private static Level console;
  /** The console threshold last asked for (WARN, the shipped one, until then). */
  private static volatile Level asked = Level.WARN;

  private Logging() {
  }

  /**
   * Starts Log4j on a daemon thread; call once, first thing in {@code main}. Later uses wait for
   * it. Without it, Log4j starts on first use, on the caller's thread.
   */
  public static synchronized void startEarly() {
    if (starting != null) {
      return;
    }
    starting = new Thread(() -> {
      try {
        LogManager.getContext(false);
      } catch (RuntimeException | Error e) {
        // Log4j reports its own start-up problems; the first use meets any that remain.
      }
    }, "log4j-start");
    starting.setDaemon(true);
    starting.start();
  }

  /**
   * The console threshold to set before the first event: changes only the appender named
   * {@value #CONSOLE} (a user's own configuration without it is left as it is). The root level
   * becomes at least as detailed as the threshold and never less than INFO (run.log records
   * INFO).
   *
   * @param level the console's threshold
   */
  public static synchronized void console(Level level) {
    console = level;
    asked = level;
  }

  /**
   * Whether the console threshold last asked for ({@link #console}) lets warnings through: false
   * under {@code --quiet} or {@code --log-level error}. Warnings and notes a command prints on its
   * own stderr, not through Log4j, ask this first.
   *
   * @return true unless only errors are to be shown
   */
  public static boolean warningsShown() {
    return asked.isLessSpecificThan(Level.WARN);
  }

  /**
   * Waits for Log4j's start (if {@link #startEarly()} began it) and applies the console
   * threshold asked for since the last call.
   */
  public static void ready() {
    Thread t;
    Level level;
    synchronized (Logging.class) {
      t = starting;
      level = console;
    }
    if (t != null) {
      boolean interrupted = false;
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (level != null) {
      synchronized (Logging.class) {
        if (console == level) {
          applyConsole(level);
          console = null;
        }
      }
    }
  }

  /**
   * The named logger, once Log4j is ready.
   *
   * @param owner the class the logger is named after
   * @return the logger
   */
  public static Logger logger(Class<?> owner) {
    ready();
    return LogManager.getLogger(owner);
  }

  private static void applyConsole(Level level) {
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    Configuration config = ctx.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    Appender appender = root.getAppenders().get(CONSOLE);
    if (appender == null) {
      return;
    }
    root.removeAppender(CONSOLE);
    root.addAppender(appender, level, null);
    if (level.isLessSpecificThan(root.getLevel())) {
      root.setLevel(level);
    } else if (root.getLevel().isLessSpecificThan(Level.INFO)) {
      root.setLevel(Level.INFO);
    }
    ctx.updateLoggers();
  }
}
