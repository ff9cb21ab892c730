package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario file's limits and the errors that used to come without a line: a file just
 * under the documented 8 MB parses (the YAML parser's own 3 M code-point cap no longer cuts in
 * first), bytes that are not UTF-8 and nesting deeper than the parser allows are reported at
 * their line and column.
 */
class ScenarioFileLimitsTest {

  @TempDir
  Path dir;

  private InputException error(Path file) {
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.load(file, List.of()));
    assertThat(e).as("expected an InputException").isNotNull();
    return e;
  }

  @Test
  void load_fileJustUnderTheDocumentedLimit_parses() throws IOException {
    StringBuilder text = new StringBuilder("name: big\n");
    String comment = "# " + "x".repeat(1000) + "\n";
    while (text.length() + comment.length() + 20 < ScenarioLoader.MAX_BYTES) {
      text.append(comment);
    }
    text.append("seed: 7\n");
    assertThat(text.length()).isGreaterThan(7 << 20);
    Path file = Files.writeString(dir.resolve("big.yaml"), text);
    assertThat(ScenarioLoader.load(file, List.of()).seed()).isEqualTo(7);
  }

  @Test
  void load_notUtf8_namesTheLineAndColumnOfTheBadByte() throws IOException {
    byte[] latin1 = "name: ok\nseed: 1\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.yaml"), latin1);
    InputException e = error(file);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.getMessage()).isEqualTo(file + ":3:6: not UTF-8 text: byte 0xe9 (save the file "
        + "as UTF-8)");
  }

  @Test
  void load_nestedTooDeep_namesTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("deep.yaml"),
        "name: deep\nseed: 1\nradio: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
    InputException e = error(file);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).contains("YAML syntax: nested more than 1000 levels deep");
  }
}
