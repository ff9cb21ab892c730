package io.fluidedge.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code summary.json}: the contract keys in fixed order, then the caller's sections.
 *
 * <p>Keys: {@code scenario, seed, complete, simulated_s, requests{arrived, completed, in_flight,
 * dropped}, latency_s{mean, p50, p90, p99, p999, max}, psnr_db_mean, accuracy_metric,
 * accuracy_unit (what the {@code psnr_db*} fields measure, from the accuracy model), users[]{user, completed,
 * latency_s{…}, uplink_s_mean, server_s_mean, psnr_db_mean}, optimizer{blocks, iterations_mean,
 * opt_wall_ms_mean, opt_wall_ms_p99, loss_mean}} (with user classes each users[] entry ends in
 * {@code class} and a {@code classes[]{class, users, completed, latency_s{…}, uplink_s_mean,
 * server_s_mean, psnr_db_mean, bits_mean}} section follows {@code users}), then {@code trace{spans, spans_dropped}} when
 * spans are kept, then with token metrics (LLM serving) {@code tokens{slo_ttft_s, slo_tpot_s,
 * generated, generated_per_s, ttft_s{…}, tpot_s{…}, ttft_attainment, tpot_attainment,
 * slo_attainment, goodput_rps}} (each users[] entry gets the same keys but the objectives), then {@link RunInfo#sections()}. A statistic of an empty population is
 * {@code null} (latency stats with no completed requests, optimizer means with no blocks).
 * Numbers use {@link Formats#decimal}; non-finite doubles anywhere (sections included) become
 * {@code null}. Two-space indentation, {@code \n} line ends, a final newline.
 */
final class SummaryWriter {

  /** Top-level keys owned by this writer; sections may not reuse them. */
  static final List<String> KEYS = List.of("scenario", "seed", "complete", "simulated_s", "requests",
      "latency_s", "psnr_db_mean", "accuracy_metric", "accuracy_unit", "users", "optimizer",
      "in_flight", "slo", "classes", "trace", "tokens");

  private static final ObjectWriter WRITER = writer();

  private SummaryWriter() {}

  static void write(Path file, RunInfo info, RunRecorder rec) throws IOException {
    AtomicFiles.writeString(file, json(info, rec));
  }

  static String json(RunInfo info, RunRecorder rec) throws JsonProcessingException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", info.scenario());
    root.put("seed", info.seed());
    root.put("complete", info.complete());
    root.put("simulated_s", info.simulatedS());
    Map<String, Object> requests = new LinkedHashMap<>();
    requests.put("arrived", rec.arrivedCount());
    requests.put("completed", rec.completedCount());
    requests.put("in_flight", info.inFlight());
    requests.put("dropped", rec.droppedCount());
    QueueRecorder queues = rec.queues();
    requests.put("expired", queues.expiredCount());
    requests.put("warmup", queues.warmupCount());
    root.put("requests", requests);
    root.put("latency_s", latency(rec.latency()));
    root.put("psnr_db_mean", rec.psnrDbMean());
    root.put("accuracy_metric", info.accuracy().name());
    root.put("accuracy_unit", info.accuracy().unit());
    List<Object> users = new ArrayList<>();
    for (int k = 0; k < rec.users(); k++) {
      UserStats u = rec.user(k);
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("user", u.user());
      user.put("completed", u.completed());
      user.put("latency_s", latency(u.latency()));
      user.put("uplink_s_mean", u.uplinkSMean());
      user.put("server_s_mean", u.serverSMean());
      user.put("psnr_db_mean", u.psnrDbMean());
      Outcomes outcomes = queues.user(k);
      user.put("dropped", outcomes.dropped());
      user.put("expired", outcomes.expired());
      if (queues.hasDeadline()) {
        user.putAll(outcomes.slo(queues.measuredS(info.simulatedS())));
      }
      if (rec.tokenSlo() != null) {
        user.putAll(rec.tokens(k).summary(info.simulatedS()));
      }
      if (rec.classes() != null) {
        user.put("class", rec.classes().name(k));
      }
      users.add(user);
    }
    root.put("users", users);
    OptimizerStats o = rec.optimizer();
    Map<String, Object> optimizer = new LinkedHashMap<>();
    optimizer.put("blocks", o.blocks());
    optimizer.put("iterations_mean", o.iterationsMean());
    optimizer.put("opt_wall_ms_mean", o.optWallMsMean());
    optimizer.put("opt_wall_ms_p99", o.optWallMsP99());
    optimizer.put("loss_mean", o.lossMean());
    root.put("optimizer", optimizer);
    Map<String, Object> inFlight = new LinkedHashMap<>();
    inFlight.put("count", queues.inFlightCount());
    inFlight.put("age_s", latency(queues.inFlightAges()));
    root.put("in_flight", inFlight);
    if (queues.hasDeadline()) {
      Map<String, Object> slo = new LinkedHashMap<>();
      slo.put("deadline_s", queues.deadlineS());
      slo.put("warmup_s", queues.warmupS());
      slo.putAll(queues.overall().slo(queues.measuredS(info.simulatedS())));
      root.put("slo", slo);
    }
    root.put("classes", ClassSummary.of(queues, info.simulatedS(), rec.classes(),
        rec.tokensPerClass()));
    if (rec.keepsSpans()) {
      Map<String, Object> trace = new LinkedHashMap<>();
      trace.put("spans", rec.spansRecorded());
      trace.put("spans_dropped", rec.spansDropped());
      root.put("trace", trace);
    }
    if (rec.tokenSlo() != null) {
      Map<String, Object> tokens = new LinkedHashMap<>();
      tokens.put("slo_ttft_s", rec.tokenSlo().ttftS());
      tokens.put("slo_tpot_s", rec.tokenSlo().tpotS());
      tokens.putAll(rec.tokens().summary(info.simulatedS()));
      root.put("tokens", tokens);
    }
    root.putAll(info.sections());
    return WRITER.writeValueAsString(root) + "\n";
  }

  static Map<String, Object> latency(LatencyStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", s.meanS());
    m.put("p50", s.p50S());
    m.put("p90", s.p90S());
    m.put("p99", s.p99S());
    m.put("p999", s.p999S());
    m.put("max", s.maxS());
    return m;
  }

  private static ObjectWriter writer() {
    SimpleModule numbers = new SimpleModule("fluidedge-numbers");
    numbers.addSerializer(Double.class, new DoubleText());
    numbers.addSerializer(Double.TYPE, new DoubleText());
    numbers.addSerializer(Float.class, new FloatText());
    numbers.addSerializer(Float.TYPE, new FloatText());
    numbers.addSerializer(double[].class, new DoubleArrayText());
    ObjectMapper mapper = new ObjectMapper().registerModule(numbers);
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(lines)
        .withArrayIndenter(lines);
    return mapper.writer(printer);
  }

  private static void number(double v, JsonGenerator gen) throws IOException {
    if (Double.isFinite(v)) {
      gen.writeNumber(Formats.decimal(v));
    } else {
      gen.writeNull();
    }
  }

  /** Doubles as {@link Formats#decimal} text, non-finite as null. */
  private static final class DoubleText extends StdSerializer<Double> {

    private static final long serialVersionUID = 1L;

    DoubleText() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      number(value, gen);
    }
  }

  /** Floats as {@link Formats#decimal} text of their exact value, non-finite as null. */
  private static final class FloatText extends StdSerializer<Float> {

    private static final long serialVersionUID = 1L;

    FloatText() {
      super(Float.class);
    }

    @Override
    public void serialize(Float value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      number(value, gen);
    }
  }

  /** {@code double[]} element by element as {@link DoubleText}. */
  private static final class DoubleArrayText extends StdSerializer<double[]> {

    private static final long serialVersionUID = 1L;

    DoubleArrayText() {
      super(double[].class);
    }

    @Override
    public void serialize(double[] value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartArray(value, value.length);
      for (double v : value) {
        number(v, gen);
      }
      gen.writeEndArray();
    }
  }
}
