package io.fluidedge.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of the requests of one population (the run, a user, a class): counts of every
 * request, and the deadline outcomes of the measured ones (arrived at or after warmup-s).
 *
 * <p>Accounting, over every request: {@code arrived = completed + inFlight + dropped + expired}.
 * Deadline outcomes, over the measured requests: met (completed within the deadline), missed
 * (completed late, dropped, expired, or still in flight past the deadline at the end); requests
 * in flight at the end whose deadline had not passed are undecided and count in neither.
 * Attainment = met / (met + missed); goodput = met per measured second.
 */
final class Outcomes {

  private long arrived;
  private long completed;
  private long inFlight;
  private long dropped;
  private long expired;
  private long met;
  private long missed;

  void arrived() {
    arrived++;
  }

  void completed(boolean measured, boolean inTime) {
    completed++;
    count(measured, inTime);
  }

  void dropped(boolean measured) {
    dropped++;
    count(measured, false);
  }

  void expired(boolean measured) {
    expired++;
    count(measured, false);
  }

  void inFlight(boolean measured, boolean overdue) {
    inFlight++;
    if (measured && overdue) {
      missed++;
    }
  }

  /** Adds another population's counts to these (for a population made of others). */
  void add(Outcomes other) {
    arrived += other.arrived;
    completed += other.completed;
    inFlight += other.inFlight;
    dropped += other.dropped;
    expired += other.expired;
    met += other.met;
    missed += other.missed;
  }

  long dropped() {
    return dropped;
  }

  long expired() {
    return expired;
  }

  long inFlightCount() {
    return inFlight;
  }

  /** Share of the decided measured requests that met the deadline (NaN with none). */
  double attainment() {
    return met + missed == 0 ? Double.NaN : (double) met / (met + missed);
  }

  /**
   * The counts as summary.json keys {@code arrived, completed, in_flight, dropped, expired}, with
   * a deadline also {@code slo_met, slo_missed, slo_attainment, goodput_rps}.
   *
   * @param measuredS the measured time, simulated time − warmup-s, s
   * @param deadline  whether a deadline is set
   */
  Map<String, Object> summary(double measuredS, boolean deadline) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("arrived", arrived);
    m.put("completed", completed);
    m.put("in_flight", inFlight);
    m.put("dropped", dropped);
    m.put("expired", expired);
    if (deadline) {
      m.putAll(slo(measuredS));
    }
    return m;
  }

  /** {@code slo_met, slo_missed, slo_attainment, goodput_rps}. */
  Map<String, Object> slo(double measuredS) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slo_met", met);
    m.put("slo_missed", missed);
    m.put("slo_attainment", attainment());
    m.put("goodput_rps", measuredS > 0 ? met / measuredS : Double.NaN);
    return m;
  }

  private void count(boolean measured, boolean inTime) {
    if (measured) {
      if (inTime) {
        met++;
      } else {
        missed++;
      }
    }
  }
}
