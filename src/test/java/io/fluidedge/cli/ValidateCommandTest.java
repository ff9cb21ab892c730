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
  void validate_traceNotSupportedYetIsReported() throws Exception {
    String trace = write("t.csv", "time_s\n0.1\n");
    assertThat(validate(trace)).isEqualTo(2);
    assertThat(err.toString()).contains(trace + ": trace validation is not available yet");
  }
}
