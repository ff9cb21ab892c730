package io.fluidedge.cli;

import io.fluidedge.metrics.Formats;
import io.fluidedge.sim.QueueLoad;
import io.fluidedge.sim.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warnings {@code run} prints on stderr when its statistics need care: a trace longer than
 * the run (rows after {@code duration-s} are not replayed), and queues offered more work over the
 * run than they could serve (their backlog grows, so statistics of the completed requests
 * understate the latency; see the in-flight requests in summary.json).
 */
final class RunWarnings {

  private RunWarnings() {}

  /**
   * The warning for trace rows after the duration, or null when there are none.
   *
   * @param trace     the prescan of the trace
   * @param durationS the run's duration, s
   */
  static String traceBeyond(TracePrescan.Result trace, double durationS) {
    if (trace == null || trace.beyond() == 0) {
      return null;
    }
    return String.format(Locale.ROOT, "warning: %s%d trace rows after duration-s = %s s in %s "
        + "will not be replayed", trace.beyondComplete() ? "" : "at least ", trace.beyond(),
        Formats.decimal(durationS), trace.file());
  }

  /** One warning per queue whose offered work exceeded its capacity over the run. */
  static List<String> overloads(RunResult result) {
    List<String> lines = new ArrayList<>();
    for (QueueLoad q : result.overloaded()) {
      lines.add(String.format(Locale.ROOT, "warning: the %s was offered %s times what it could "
          + "serve over the run (%s of %s %s); its backlog grows and the latency of completed "
          + "requests understates it (see in_flight in summary.json)", q.queue(),
          Double.isInfinite(q.load()) ? "infinitely many" : String.format(Locale.ROOT, "%.3g",
              q.load()), Formats.decimal(q.offered()), Formats.decimal(q.capacity()), q.unit()));
    }
    return lines;
  }
}
