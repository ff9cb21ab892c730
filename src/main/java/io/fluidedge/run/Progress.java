package io.fluidedge.run;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch of runs on stderr: a redrawn bar on a terminal, otherwise one line per
 * 10 % so that logs stay short. Thread-safe: workers call {@link #step()}.
 */
public final class Progress {

  private static final int BAR = 30;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private final boolean terminal;
  private int done;
  private int lastTenth;

  /**
   * @param err      where to report (stderr)
   * @param label    prefix of each report, e.g. {@code "sweep"}
   * @param total    runs expected (&ge; 0)
   * @param terminal redraw one line with a bar (true when {@code System.console() != null})
   */
  public Progress(PrintWriter err, String label, int total, boolean terminal) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = terminal;
  }

  /** A reporter that draws a bar exactly when the JVM has a console. */
  public static Progress onStderr(PrintWriter err, String label, int total) {
    return new Progress(err, label, total, System.console() != null);
  }

  /** Counts one finished run and reports if a bar cell or a 10 % step was crossed. */
  public synchronized void step() {
    done++;
    if (total == 0) {
      return;
    }
    if (terminal) {
      int filled = (int) ((long) BAR * done / total);
      err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d runs", label, "#".repeat(filled),
          " ".repeat(BAR - filled), done, total));
      if (done == total) {
        err.println();
      }
      err.flush();
      return;
    }
    int tenth = (int) (10L * done / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      err.println(String.format(Locale.ROOT, "%s: %d%% (%d/%d runs)", label, 10 * tenth, done,
          total));
      err.flush();
    }
  }
}
