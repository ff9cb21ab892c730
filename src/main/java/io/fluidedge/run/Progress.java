package io.fluidedge.run;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RunListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr, with the time elapsed and an estimate of the time left (ETA =
 * elapsed × remaining / done, the rate so far): on a terminal a bar redrawn in place
 * (me.tongfei progressbar), otherwise one plain line per 10 % so that logs stay short. Counts
 * finished runs ({@code compare}, {@code sweep}, {@code reproduce}) or simulated seconds
 * ({@code run}, {@link #simulated}). {@code --quiet} turns every report off ({@link #setShown}).
 * Thread-safe: workers call {@link #step()}.
 */
public final class Progress {

  private static volatile boolean shown = true;

  private final PrintWriter err;
  private final String label;
  private final String unit;
  private final double scale;
  private final long total;
  private final long minGapNs;
  private final long startNs = System.nanoTime();
  private ProgressBar bar;
  private long done;
  private int lastTenth;
  private long lastLineNs = startNs;

  private Progress(PrintWriter err, String label, String unit, double scale, long total,
      boolean terminal, long minGapNs) {
    this.err = err;
    this.label = label;
    this.unit = unit;
    this.scale = scale;
    this.total = total;
    this.minGapNs = minGapNs;
    if (terminal && shown && total > 0) {
      bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total)
          .setUnit(unit, (long) scale).setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
          .build();
    }
  }

  /**
   * A reporter of runs.
   *
   * @param err      where plain lines go (stderr)
   * @param label    prefix of each report, e.g. {@code "sweep"}
   * @param total    runs expected (&ge; 0)
   * @param terminal draw a bar (true when {@code System.console() != null})
   */
  public Progress(PrintWriter err, String label, int total, boolean terminal) {
    this(err, label, " runs", 1, total, terminal, 0);
  }

  /** A reporter of runs that draws a bar exactly when the JVM has a console. */
  public static Progress onStderr(PrintWriter err, String label, int total) {
    return counting(err, label, total, " runs");
  }

  /**
   * A reporter of finished pieces of work of any kind, a bar exactly when the JVM has a console.
   *
   * @param err   where plain lines go (stderr)
   * @param label prefix, e.g. {@code "reproduce"}
   * @param total pieces expected (&ge; 0)
   * @param unit  their name after the counts, with a leading space, e.g. {@code " figures"}
   * @return the reporter; advance it with {@link #step()}
   */
  public static Progress counting(PrintWriter err, String label, int total, String unit) {
    return new Progress(err, label, unit, 1, total, System.console() != null, 0);
  }

  /**
   * A reporter of simulated time for one run: a bar on a terminal; otherwise a plain line per
   * 10 % of the simulated time, but at most one per {@code minGapS} of wall time (so a short run
   * prints none).
   *
   * @param err       where plain lines go (stderr)
   * @param label     prefix, e.g. {@code "run"}
   * @param durationS the run's simulated duration, s (&gt; 0)
   * @param terminal  draw a bar
   * @param minGapS   least wall time between two plain lines, s
   * @return the reporter; advance it with {@link #simulatedTo}
   */
  public static Progress simulated(PrintWriter err, String label, double durationS,
      boolean terminal, double minGapS) {
    return new Progress(err, label, " simulated s", 1000,
        Math.max(1, Math.round(durationS * 1000)), terminal, (long) (minGapS * 1e9));
  }

  /**
   * Turns every reporter on or off for this process ({@code --quiet}).
   *
   * @param on whether progress is reported
   */
  public static void setShown(boolean on) {
    shown = on;
  }

  /** Whether progress is reported ({@code --quiet} not given). */
  public static boolean shown() {
    return shown;
  }

  /** Counts one finished run and reports if a 10 % step was crossed. */
  public synchronized void step() {
    advance(done + 1);
  }

  /**
   * Reports the simulated time reached.
   *
   * @param timeS simulated time, s
   */
  public synchronized void simulatedTo(double timeS) {
    long to = Math.min(total, Math.round(timeS * scale));
    if (to > done) {
      advance(to);
    }
  }

  /**
   * A run listener that reports the simulated time at each coherence block start.
   *
   * @return the listener (for {@link RunSession#run(RunOutput, java.util.function.BooleanSupplier,
   *         Runnable, RunListener)})
   */
  public RunListener blockTimes() {
    return new RunListener() {
      @Override
      public void block(BlockRecord b) {
        simulatedTo(b.timeS());
      }

      @Override
      public boolean keepsStageRecords() {
        return false;
      }

      @Override
      public boolean keepsCompletionRecords() {
        return false;
      }

      @Override
      public boolean keepsRequests() {
        return false;
      }
    };
  }

  /** Ends the report: the bar is completed and closed; idempotent. */
  public synchronized void finish() {
    if (bar != null) {
      bar.stepTo(done);
      bar.close();
      bar = null;
    }
  }

  private void advance(long to) {
    done = to;
    if (total == 0 || !shown) {
      return;
    }
    if (bar != null) {
      bar.stepTo(done);
      if (done >= total) {
        finish();
      }
      return;
    }
    int tenth = (int) (10L * done / total);
    long now = System.nanoTime();
    if (tenth > lastTenth && now - lastLineNs >= minGapNs) {
      lastTenth = tenth;
      lastLineNs = now;
      double elapsedS = (now - startNs) / 1e9;
      double etaS = elapsedS * (total - done) / done;
      err.println(String.format(Locale.ROOT, "%s: %d%% (%s/%s%s), %s elapsed, ETA %s", label,
          10 * tenth, amount(done), amount(total), unit, clock(elapsedS), clock(etaS)));
      err.flush();
    }
  }

  private String amount(long n) {
    return scale == 1 ? Long.toString(n) : String.format(Locale.ROOT, "%.1f", n / scale);
  }

  /** A duration as {@code 42 s}, {@code 3 min 05 s} or {@code 2 h 07 min}. */
  static String clock(double s) {
    long whole = Math.round(s);
    if (whole < 60) {
      return whole + " s";
    }
    if (whole < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
  }
}
