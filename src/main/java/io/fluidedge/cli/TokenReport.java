package io.fluidedge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The token-level lines of {@code fluidedge run} for an LLM-serving run, read from the
 * {@code tokens} section of its summary.json: TTFT and TPOT percentiles, SLO attainment and
 * goodput, and generated tokens per wall second; and the deadline line of a run with a
 * deadline, from its {@code slo} section. Prints nothing for other runs.
 */
final class TokenReport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TokenReport() {}

  /**
   * Prints the token lines when the summary has a {@code tokens} section.
   *
   * @param out    where to print
   * @param json   the run's summary.json text
   * @param wallMs the run's event-loop wall time, ms
   */
  static void print(PrintWriter out, String json, double wallMs) {
    JsonNode tokens = section(json, "tokens");
    if (tokens == null) {
      return;
    }
    out.printf(Locale.ROOT, "tokens: %d generated, %.0f per simulated s, %.0f per wall s%n",
        tokens.get("generated").asLong(), tokens.get("generated_per_s").asDouble(Double.NaN),
        tokens.get("generated").asLong() / Math.max(wallMs / 1000, 1e-9));
    out.printf(Locale.ROOT, "TTFT: %s; TPOT: %s%n", percentiles(tokens.get("ttft_s")),
        percentiles(tokens.get("tpot_s")));
    out.printf(Locale.ROOT, "SLO (TTFT <= %s s, TPOT <= %s s): attainment %s, goodput %s "
            + "requests/s%n", tokens.get("slo_ttft_s").asText(),
        tokens.get("slo_tpot_s").asText(), share(tokens.get("slo_attainment")),
        number(tokens.get("goodput_rps"), 1, 1));
  }

  /**
   * Prints the deadline line when the summary has an {@code slo} section: attainment, goodput
   * and the measured window.
   *
   * @param out  where to print
   * @param json the run's summary.json text
   */
  static void printDeadline(PrintWriter out, String json) {
    JsonNode slo = section(json, "slo");
    if (slo == null) {
      return;
    }
    out.printf(Locale.ROOT, "deadline %s s: attainment %s (%d met, %d missed), goodput %s "
            + "requests/s after a %s s warm-up%n", slo.get("deadline_s").asText(),
        share(slo.get("slo_attainment")), slo.get("slo_met").asLong(),
        slo.get("slo_missed").asLong(), number(slo.get("goodput_rps"), 1, 1),
        slo.get("warmup_s").asText());
  }

  /** The summary's top-level section {@code name}, or null when absent. */
  private static JsonNode section(String json, String name) {
    try {
      JsonNode node = MAPPER.readTree(json).get(name);
      return node == null || node.isNull() ? null : node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String percentiles(JsonNode stats) {
    return "p50 " + number(stats.get("p50"), 1e3, 3) + " ms, p90 "
        + number(stats.get("p90"), 1e3, 3) + " ms, p99 " + number(stats.get("p99"), 1e3, 3)
        + " ms";
  }

  private static String share(JsonNode v) {
    return v == null || v.isNull() ? "n/a" : String.format(Locale.ROOT, "%.1f %%",
        100 * v.asDouble());
  }

  private static String number(JsonNode v, double scale, int digits) {
    return v == null || v.isNull() ? "n/a"
        : String.format(Locale.ROOT, "%." + digits + "f", scale * v.asDouble());
  }
}
