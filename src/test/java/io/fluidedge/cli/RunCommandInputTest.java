package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandInputTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void run_skippingBadRows_countsThemInSummaryAndSaysSoUpFront() throws Exception {
    Files.writeString(dir.resolve("t.csv"), "time_s,user\r\n0.1,0\r\n\r\n0.2,x\r\n0.3,7\r\n"
        + "0.05,1\r\n0.4,2\r\n5,3\r\n");
    Path scenario = Files.writeString(dir.resolve("s.yaml"), """
        duration-s: 1
        coherence-s: 0.1
        optimizer: {policy: fpa}
        output: {plots: false}
        traffic: {source: trace, trace: t.csv, on-bad-row: skip}
        """);
    Path outDir = dir.resolve("out");
    assertThat(execute("run", scenario.toString(), "--out", outDir.toString())).isZero();
    assertThat(out.toString()).contains("trace " + dir.resolve("t.csv")
        + " checked: 2 requests to replay, 3 bad rows skipped", "started: 1 s of 'default'");
    assertThat(err.toString()).startsWith("warning: first skipped row: ")
        .contains("t.csv:4:2: user:");
    JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
    assertThat(summary.path("traffic").path("rejected_rows").asLong()).isEqualTo(3);
    assertThat(summary.path("traffic").path("first_rejected_row").asText()).contains("t.csv:4:2");
    assertThat(summary.path("requests").path("arrived").asLong()).isEqualTo(2);
    err.getBuffer().setLength(0);
    assertThat(execute("run", scenario.toString(), "--out", dir.resolve("quiet").toString(),
        "-q")).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void run_intoItsOwnOutputWithForce_replacesTheRunAndKeepsOtherFiles() throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"),
        "duration-s: 0.2\ncoherence-s: 0.1\noutput: {plots: false, window-s: 0.1}\n");
    Path outDir = dir.resolve("out");
    assertThat(execute("run", scenario.toString(), "--out", outDir.toString())).isZero();
    Files.writeString(outDir.resolve("notes.txt"), "mine");
    assertThat(execute("run", scenario.toString(), "--out", outDir.toString())).isEqualTo(2);
    assertThat(execute("run", scenario.toString(), "--out", outDir.toString(), "--force"))
        .isZero();
    assertThat(outDir.resolve("notes.txt")).hasContent("mine");
    assertThat(new ObjectMapper().readTree(outDir.resolve("summary.json").toFile())
        .path("complete").asBoolean()).isTrue();
  }
}
