package io.fluidedge.metrics;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams {@code trace.json}, entity activity in the Chrome trace-event format (viewable in
 * Perfetto or chrome://tracing), to a spool file during the run.
 *
 * <p>Each span is a complete event {@code {"name","cat","ph":"X","ts","dur","pid":0,"tid"}} with
 * {@code ts} and {@code dur} in simulated µs, {@code cat} the entity and {@code tid} the lane.
 * At the end, metadata events name the process and each lane after the first entity seen on it.
 * At most {@code maxSpans} spans are kept; later ones are counted as dropped.
 */
final class ChromeTrace implements Closeable {

  private final Spool spool;
  private final JsonGenerator json;
  private final long maxSpans;
  private final Map<Integer, String> laneNames = new TreeMap<>();
  private long spans;
  private long dropped;

  ChromeTrace(Path spoolDir, long maxSpans) throws IOException {
    this.maxSpans = maxSpans;
    spool = Spool.create(spoolDir, RunOutputs.TRACE_JSON);
    json = new JsonFactory().createGenerator(spool.stream(), JsonEncoding.UTF8);
    json.setPrettyPrinter(new LinePerEvent());
    json.writeStartObject();
    json.writeArrayFieldStart("traceEvents");
  }

  /** Records a span, or counts it as dropped past the cap; see {@code RunRecorder.span}. */
  void span(String entity, String name, int lane, double startS, double endS) throws IOException {
    if (spans >= maxSpans) {
      dropped++;
      return;
    }
    spans++;
    laneNames.putIfAbsent(lane, entity);
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("cat", entity);
    json.writeStringField("ph", "X");
    json.writeFieldName("ts");
    json.writeNumber(Formats.decimal(startS * 1e6));
    json.writeFieldName("dur");
    json.writeNumber(Formats.decimal((endS - startS) * 1e6));
    json.writeNumberField("pid", 0);
    json.writeNumberField("tid", lane);
    json.writeEndObject();
  }

  long spans() {
    return spans;
  }

  long dropped() {
    return dropped;
  }

  /** Appends the metadata events, completes the JSON and moves it to {@code target}. */
  void moveTo(Path target) throws IOException {
    metadata("process_name", null, "fluidedge");
    for (Map.Entry<Integer, String> e : laneNames.entrySet()) {
      metadata("thread_name", e.getKey(), e.getValue());
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
    spool.moveTo(target);
  }

  @Override
  public void close() throws IOException {
    try {
      json.close();
    } finally {
      spool.close();
    }
  }

  private void metadata(String kind, Integer lane, String label) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", kind);
    json.writeStringField("ph", "M");
    json.writeNumberField("pid", 0);
    if (lane != null) {
      json.writeNumberField("tid", lane);
    }
    json.writeObjectFieldStart("args");
    json.writeStringField("name", label);
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Compact JSON with one trace event per line. */
  private static final class LinePerEvent extends MinimalPrettyPrinter {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw("\n]");
    }
  }
}
