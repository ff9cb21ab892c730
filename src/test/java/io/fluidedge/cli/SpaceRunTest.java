package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-class cell end to end: per-class outputs of {@code run}, and {@code optimize --json
 * --dump-channel} whose path loss and shadowing rebuild every β_k and, through an independent
 * rate computation, the printed rates to 1e-9.
 */
class SpaceRunTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCENARIO = "scenarios/two-class-cell.yaml";

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void run_twoClassCell_writesTheClassOfEveryUserAndPerClassSections() throws Exception {
    Path o = dir.resolve("out");
    assertThat(run("run", SCENARIO, "--out", o.toString(), "--set", "duration-s=0.5",
        "--set", "output.requests-csv=true")).as(err.toString()).isZero();
    JsonNode s = MAPPER.readTree(o.resolve("summary.json").toFile());
    List<String> classes = new ArrayList<>();
    for (JsonNode u : s.get("users")) {
      classes.add(u.get("class").asText());
    }
    assertThat(classes).containsExactly("phone", "phone", "phone", "camera", "camera");
    JsonNode byClass = s.get("classes");
    assertThat(byClass).hasSize(2);
    assertThat(byClass.fieldNames()).toIterable().containsExactly("phone", "camera");
    assertThat(byClass.get("phone").get("users")).hasSize(3);
    assertThat(byClass.get("camera").get("users")).hasSize(2);
    long completed = 0;
    for (JsonNode c : byClass) {
      completed += c.get("completed").asLong();
      assertThat(c.get("latency_s").has("p99")).isTrue();
      assertThat(c.get("bits_mean").asDouble()).isBetween(1.0, 16.0);
    }
    assertThat(completed).isEqualTo(s.get("requests").get("completed").asLong());
    String header = Files.readAllLines(o.resolve("blocks.csv")).get(0);
    assertThat(header).endsWith(",distance_m_0,distance_m_1,distance_m_2,distance_m_3,"
        + "distance_m_4,user_x_m_0,user_y_m_0,user_x_m_1,user_y_m_1,user_x_m_2,user_y_m_2,"
        + "user_x_m_3,user_y_m_3,user_x_m_4,user_y_m_4");
    String[] row = Files.readAllLines(o.resolve("blocks.csv")).get(1).split(",");
    int n = row.length;
    for (int k = 0; k < 5; k++) {
      double d = Double.parseDouble(row[n - 15 + k]);
      double x = Double.parseDouble(row[n - 10 + 2 * k]);
      double y = Double.parseDouble(row[n - 9 + 2 * k]);
      assertThat(d).isCloseTo(Math.hypot(x, y), within(1e-6 * d));
      assertThat(d).isBetween(k < 3 ? 10.0 : 80.0, k < 3 ? 40.0 : 150.0);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(o.resolve("requests.csv.gz"))), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).endsWith(",tokens,status,warmup,class");
      String first = r.readLine();
      String user = first.split(",")[1];
      assertThat(first).endsWith(Integer.parseInt(user) < 3 ? ",phone" : ",camera");
    }
    assertThat(o.resolve("plots/user_positions.png")).exists();
  }

  @Test
  void run_classesWithLlmServing_tokenMetricsPerClassAddUpToTheRun() throws Exception {
    Path o = dir.resolve("llm");
    Path yaml = Files.writeString(dir.resolve("llm-classes.yaml"), String.join("\n",
        "duration-s: 1",
        "server: {discipline: llm}",
        "traffic: {features-per-token: 4096}",
        "radio: {users: 4}",
        "users:",
        "  classes:",
        "    - {name: short, count: 1, rate-hz: 20}",
        "    - {name: long, count: 3, rate-hz: 5}",
        ""));
    assertThat(run("run", yaml.toString(), "--out", o.toString())).as(err.toString()).isZero();
    JsonNode s = MAPPER.readTree(o.resolve("summary.json").toFile());
    JsonNode classes = s.get("classes");
    assertThat(classes.fieldNames()).toIterable().containsExactly("short", "long");
    long perClass = 0;
    for (JsonNode c : classes) {
      assertThat(c.get("tokens").get("ttft_s").has("p99")).as(c.toString()).isTrue();
      perClass += c.get("tokens").get("generated").asLong();
    }
    assertThat(perClass).isEqualTo(s.get("tokens").get("generated").asLong());
    assertThat(perClass).isPositive();
  }

  @Test
  void run_oneClassScenario_hasNoClassFieldsAndNoPositions() throws Exception {
    Path o = dir.resolve("flat");
    Path yaml = Files.writeString(dir.resolve("flat.yaml"), "duration-s: 0.1\n");
    assertThat(run("run", yaml.toString(), "--out", o.toString())).as(err.toString()).isZero();
    JsonNode s = MAPPER.readTree(o.resolve("summary.json").toFile());
    assertThat(s.get("classes").fieldNames()).toIterable().containsExactly("default");
    assertThat(s.get("classes").get("default").has("latency_s")).isFalse();
    assertThat(s.get("users").get(0).has("class")).isFalse();
    assertThat(Files.readAllLines(o.resolve("blocks.csv")).get(0)).doesNotContain("distance");
    assertThat(o.resolve("plots/user_positions.png")).doesNotExist();
  }

  @Test
  void optimize_dumpedPathLossRebuildsTheLargeScaleGainsAndTheRates() throws Exception {
    for (String seed : new String[] {"1", "2", "3"}) {
      out.getBuffer().setLength(0);
      assertThat(run("optimize", SCENARIO, "--json", "--dump-channel", "--seed", seed))
          .as(err.toString()).isZero();
      ObjectNode j = (ObjectNode) MAPPER.readTree(out.toString());
      JsonNode inputs = j.get("user_inputs");
      JsonNode users = j.get("channel").get("users");
      for (int k = 0; k < users.size(); k++) {
        ObjectNode u = (ObjectNode) users.get(k);
        JsonNode p = u.get("position_m");
        assertThat(u.get("distance_m").asDouble())
            .isCloseTo(Math.hypot(p.get(0).asDouble(), p.get(1).asDouble()), within(1e-9));
        double beta = Math.pow(10, -(u.get("path_loss_db").asDouble()
            + u.get("shadowing_db").asDouble()) / 10);
        assertThat(u.get("large_scale_gain").asDouble()).isCloseTo(beta, within(1e-12 * beta));
        assertThat(inputs.get(k).get("large_scale_gain").asDouble())
            .isCloseTo(beta, within(1e-12 * beta));
        // the rebuild uses only p_k (unit gain) and the dumped path loss and shadowing
        u.put("tx_power", inputs.get(k).get("tx_power").asDouble() * beta);
      }
      double[] rebuilt = IndependentRates.rates(j);
      JsonNode printed = j.get("rates_bps_hz");
      for (int k = 0; k < rebuilt.length; k++) {
        assertThat(printed.get(k).asDouble()).as("seed %s user %d", seed, k)
            .isCloseTo(rebuilt[k], within(1e-9 * rebuilt[k]));
      }
    }
  }
}
