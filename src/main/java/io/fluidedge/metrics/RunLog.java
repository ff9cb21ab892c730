package io.fluidedge.metrics;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The log file {@value #FILE} of an output directory: every Log4j event at INFO and above
 * (phases, warnings, errors) while a command holds the directory ({@link OutputLock}), one line
 * each: {@code 2026-12-05T02:15:07.123Z INFO  message}, a stack trace after the line of an
 * internal error.
 *
 * <p>The file is a Log4j file appender added to the root logger of whatever configuration is in
 * force (the jar's {@code log4j2.xml}, or the user's with {@code -Dlog4j2.configurationFile}), so
 * the root logger's level still decides what reaches it. It is written as the command goes (a
 * log is read while it grows), recorded in the directory's manifest so {@code --force} replaces
 * it, and detached when the command releases the directory.
 */
public final class RunLog implements Closeable {

  /** The log file's name in an output directory. */
  public static final String FILE = "run.log";

  /**
   * Marks a log event whose text the command already printed for the user on stdout or stderr:
   * it goes to run.log but not to the console (the shipped configuration's MarkerFilter).
   */
  public static final Marker SHOWN = MarkerManager.getMarker("SHOWN");

  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}{UTC} %-5level %msg%n";

  private final FileAppender appender;

  private RunLog(FileAppender appender) {
    this.appender = appender;
  }

  /**
   * Starts {@code dir/}{@value #FILE} (replacing an earlier one) and records it in the
   * manifest of the lock held on {@code dir}.
   *
   * @param dir an output directory this process has locked
   * @return the attached log; close it to detach
   */
  static RunLog attach(Path dir) {
    Logging.ready();
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    Configuration config = ctx.getConfiguration();
    Path file = dir.resolve(FILE).toAbsolutePath();
    FileAppender appender = FileAppender.newBuilder()
        .setName(FILE + "#" + COUNT.incrementAndGet())
        .withFileName(file.toString())
        .withAppend(false)
        .withImmediateFlush(true)
        .setIgnoreExceptions(true)
        .setLayout(PatternLayout.newBuilder().withConfiguration(config).withPattern(PATTERN)
            .build())
        .setConfiguration(config)
        .build();
    appender.start();
    config.addAppender(appender);
    config.getRootLogger().addAppender(appender, Level.INFO, null);
    ctx.updateLoggers();
    if (Files.isRegularFile(file)) {
      OutputLock.record(file);
    }
    return new RunLog(appender);
  }

  /** Detaches the log file; what was written stays. */
  @Override
  public void close() {
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    Configuration config = ctx.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    root.removeAppender(appender.getName());
    config.getAppenders().remove(appender.getName());
    ctx.updateLoggers();
    appender.stop();
  }
}
