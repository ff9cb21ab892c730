package io.fluidedge.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted external agent for the tests, run as a child process: {@code FakeAgent MODE
 * [LOG]}. It answers the handshake, then every observation according to MODE, and appends every
 * message it receives to LOG when given. Modes: {@code joint} (empty actions), {@code fpa} (the
 * fpa layout), {@code bits=B} (every user B bits), {@code crash}, {@code silent}, {@code garbage},
 * {@code bits-out-of-range}, {@code cpu-not-summing}, {@code cpu-negative}, {@code outside},
 * {@code too-close}, {@code wrong-block}, {@code wrong-length}, {@code wrong-protocol}; the faulty
 * ones misbehave at block 2.
 */
public final class FakeAgent {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FAULT_BLOCK = 2;

  private FakeAgent() {
  }

  /** Runs the agent on standard input and output. */
  public static void main(String[] args) throws IOException, InterruptedException {
    String mode = args[0];
    Path log = args.length > 1 ? Path.of(args[1]) : null;
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JsonNode hello = JSON.readTree(in.readLine());
    record(log, hello);
    out.println("{\"type\":\"ready\",\"protocol\":" + (mode.equals("wrong-protocol") ? 99 : 1)
        + "}");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      JsonNode m = JSON.readTree(line);
      record(log, m);
      if (!m.get("type").asText().equals("observation")) {
        continue;
      }
      long block = m.get("block").asLong();
      if (block == FAULT_BLOCK) {
        switch (mode) {
          case "crash" -> System.exit(3);
          case "silent" -> Thread.sleep(600_000);
          case "garbage" -> {
            out.println("{\"type\": \"action\", \"block\": 2, bits: [1,");
            continue;
          }
          default -> { }
        }
      }
      out.println(action(mode, hello, block, block == FAULT_BLOCK).toString());
    }
  }

  private static ObjectNode action(String mode, JsonNode hello, long block, boolean fault) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", "action");
    a.put("block", fault && mode.equals("wrong-block") ? block + 1 : block);
    int users = hello.get("users").asInt();
    if (mode.equals("fpa") || fault && (mode.equals("outside") || mode.equals("too-close"))) {
      Panel panel = new Panel(hello.get("wavelength_m").asDouble(),
          hello.get("panel_side_m").asDouble(), hello.get("min_spacing_m").asDouble());
      Positions p = Layouts.diagonal(panel, hello.get("antennas").asInt());
      ArrayNode pos = a.putArray("positions_m");
      for (int m = 0; m < p.size(); m++) {
        double x = p.x(m);
        if (fault && mode.equals("outside") && m == 1) {
          x = -0.5;
        }
        if (fault && mode.equals("too-close") && m == 1) {
          x = p.x(0) + 1e-4;
        }
        pos.addArray().add(x).add(fault && mode.equals("too-close") && m == 1 ? p.y(0) : p.y(m));
      }
    }
    if (mode.startsWith("bits=")) {
      fill(a.putArray("bits"), users, Integer.parseInt(mode.substring(5)));
    }
    if (fault) {
      double f = hello.get("cpu_hz").asDouble();
      switch (mode) {
        case "bits-out-of-range" -> fill(a.putArray("bits"), users,
            hello.get("bits_max").asInt() + 1);
        case "wrong-length" -> fill(a.putArray("bits"), users + 1, 4);
        case "cpu-not-summing" -> fill(a.putArray("cpu_hz"), users, f / users * 1.5);
        case "cpu-negative" -> {
          ArrayNode cpu = a.putArray("cpu_hz");
          cpu.add(-f / users);
          for (int k = 1; k < users; k++) {
            cpu.add(f / users * (1 + 2.0 / (users - 1)));
          }
        }
        default -> { }
      }
    }
    return a;
  }

  private static void fill(ArrayNode into, int n, double v) {
    for (int k = 0; k < n; k++) {
      if (v == Math.rint(v)) {
        into.add((long) v);
      } else {
        into.add(v);
      }
    }
  }

  private static void record(Path log, JsonNode m) throws IOException {
    if (log != null) {
      List<String> line = new ArrayList<>();
      line.add(m.toString());
      Files.write(log, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }
}
