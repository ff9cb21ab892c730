package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingTest {

  @AfterEach
  void backToTheDefault() {
    Logging.console(Level.WARN);
    Logging.ready();
  }

  /** What the console appender (which follows System.err) prints of one event. */
  private static String printed(Runnable event) {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      event.run();
    } finally {
      System.setErr(err);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void startEarly_thenLogger_logsIntoAStartedContext() {
    Logging.startEarly();
    Logging.startEarly();
    Logging.logger(LoggingTest.class).info("ready");
    assertThat(((LoggerContext) LogManager.getContext(false)).isStarted()).isTrue();
  }

  /**
   * The threshold asked for is set at the next ready() (which every use of Log4j passes),
   * before the event: an event logged without passing it still sees the old threshold.
   */
  @Test
  void console_takesEffectAtTheNextReady() {
    Logging.console(Level.WARN);
    Logging.ready();
    assertThat(printed(() -> Logging.logger(LoggingTest.class).warn("one")))
        .isEqualTo("warning: one\n");

    Logging.console(Level.ERROR);
    assertThat(printed(() -> LogManager.getLogger(LoggingTest.class).warn("two")))
        .isEqualTo("warning: two\n");
    assertThat(printed(() -> Logging.logger(LoggingTest.class).warn("three"))).isEmpty();
    assertThat(printed(() -> Logging.logger(LoggingTest.class).error("four")))
        .isEqualTo("error: four\n");

    Logging.console(Level.INFO);
    assertThat(printed(() -> Logging.logger(LoggingTest.class).info("five")))
        .isEqualTo("info: five\n");
  }
}
