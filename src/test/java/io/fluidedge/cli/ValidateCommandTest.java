package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int validate(String... files) {
    String[] args = new String[files.length + 1];
    args[0] = "validate";
    System.arraycopy(files, 0, args, 1, files.length);
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private String write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void validate_goodScenarioExitsZero() throws Exception {
    String file = write("good.yaml", "name: demo\nradio: {bs-antennas: 16}\n");
    assertThat(validate(file)).isZero();
    assertThat(out.toString()).startsWith(file + ": ok (scenario 'demo', K=4, N=2, M=16, L=5, "
        + "1000 blocks of 0.01 s, policy joint/fast, traffic poisson)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validate_badScenarioExitsTwoWithFileLineAndNoStackTrace() throws Exception {
    String file = write("bad.yml", "name: demo\nradio:\n  bs-antena: 16\n");
    assertThat(validate(file)).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("error: " + file + ":3:3: radio.bs-antena: unknown key; did you mean "
            + "'radio.bs-antennas'?")
        .doesNotContain("Exception", "at io.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validate_syntaxAndTypeErrorsExitTwo() throws Exception {
    String syntax = write("syntax.yaml", "radio:\n  users: [1\n");
    String type = write("type.yaml", "radio:\n  users: many\n");
    assertThat(validate(syntax, type)).isEqualTo(2);
    assertThat(err.toString()).contains(syntax + ":", "YAML syntax",
        type + ":2:10: radio.users: expected an integer, got 'many'");
    assertThat(err.toString()).doesNotContain("Exception", "at io.");
  }

  @Test
  void validate_missingFileAndUnknownTypeExitTwo() throws Exception {
    assertThat(validate(dir.resolve("none.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("none.yaml: no such file");
    String other = write("notes.txt", "hello");
    assertThat(validate(other)).isEqualTo(2);
    assertThat(err.toString()).contains("unknown file type");
  }

  @Test
  void validate_goodTracesExitZeroWithCountsAndSpan() throws Exception {
    String trace = write("t.csv", "time_s,user,features\n0.5,0,100\n1.0,3,200\n3.0,1,300\n");
    Path gz = dir.resolve("t.csv.gz");
    try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write("time_s\n0\n0.25\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(validate(trace, gz.toString())).isZero();
    assertThat(out.toString()).isEqualTo(trace + ": ok (3 requests, 2.5 s, 0 rejected)"
        + System.lineSeparator() + gz + ": ok (2 requests, 0.25 s, 0 rejected)"
        + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validate_badTraceExitsTwoNamingFileLineAndColumn() throws Exception {
    String trace = write("bad.csv", "time_s,user\n0,0\nx,0\n");
    assertThat(validate(trace)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: " + trace + ":3:1: time_s: not a number: 'x'"
        + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validate_traceUserIndicesMustBeBelowUsers() throws Exception {
    String trace = write("users.csv", "time_s,user\n0,0\n1,3\n");
    assertThat(validate(trace)).isZero();
    assertThat(validate("--users", "3", trace)).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: " + trace + ":3:2: user:");
    assertThat(validate("--users", "0", trace)).isEqualTo(2);
    assertThat(err.toString()).contains("error: --users: must be >= 1: 0");
  }

  @Test
  void validate_traceBesideAScenario_usesTheScenariosColumnMapping() throws Exception {
    String trace = write("llm.csv", "arrived_at,num_prefill_tokens,num_decode_tokens\n"
        + "0.1,25,7\n0.2,20,2\n");
    assertThat(validate(trace)).isEqualTo(2);
    assertThat(err.toString()).contains("missing column 'time_s'",
        "fluidedge validate TRACE SCENARIO");
    String scenario = write("llm.yaml", "traffic:\n  source: trace\n  trace: llm.csv\n"
        + "  columns: {time-s: arrived_at, features: num_prefill_tokens, "
        + "tokens: num_decode_tokens}\n");
    assertThat(validate(trace, scenario)).isZero();
    assertThat(out.toString()).contains(trace + ": ok (2 requests, 0.1 s, 0 rejected, "
        + "with the settings of " + scenario + ")");
  }
}
