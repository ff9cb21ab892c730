package io.fluidedge.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code classes} section of summary.json: one entry per user class, keyed by its name,
 * with the class's {@code users}, the accounting {@code arrived, completed, in_flight, dropped,
 * expired} (arrived = completed + in_flight + dropped + expired) and, with a deadline, {@code
 * slo_met, slo_missed, slo_attainment, goodput_rps} of its measured requests. With declared
 * classes ({@code users.classes}) each entry also has the class's {@code latency_s{…},
 * uplink_s_mean, server_s_mean, psnr_db_mean, bits_mean} (and with the llm discipline {@code tokens{…}}, its
 * token metrics as in summary.json's {@code tokens}); otherwise every user is in
 * {@value QueueRecorder#DEFAULT_CLASS}.
 */
final class ClassSummary {

  private ClassSummary() {}

  /**
   * The section.
   *
   * @param queues     the run's queue recording
   * @param simulatedS simulated time reached, s
   * @param declared   the declared classes' latency and accuracy tallies, or null (one class)
   * @param tokens     the declared classes' token metrics (llm discipline), or null
   * @return class name to its entry, in order of first appearance among the users
   */
  static Map<String, Object> of(QueueRecorder queues, double simulatedS, ClassTally declared,
      Map<String, TokenTally> tokens) {
    Map<String, Object> classes = new LinkedHashMap<>();
    double measuredS = queues.measuredS(simulatedS);
    for (Map.Entry<String, Outcomes> e : queues.classes().entrySet()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("users", queues.usersOf(e.getKey()));
      entry.putAll(e.getValue().summary(measuredS, queues.hasDeadline()));
      if (declared != null) {
        entry.putAll(declared.section().get(e.getKey()));
      }
      if (tokens != null) {
        entry.put("tokens", tokens.get(e.getKey()).summary(simulatedS));
      }
      classes.put(e.getKey(), entry);
    }
    return classes;
  }
}
