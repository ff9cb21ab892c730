package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden test: a tiny scenario's summary.json, windows.csv and blocks.csv against checked-in
 * copies, wall-clock fields masked. After an intended change of results, regenerate with
 * {@code mvn -B test -Dtest=GoldenRunTest -Dgolden.update=true} and review the diff.
 */
class GoldenRunTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/tiny");
  private static final List<String> FILES = List.of("summary.json", "windows.csv", "blocks.csv");

  @TempDir
  Path tmp;

  @Test
  void tinyScenario_matchesCheckedInOutputs() throws IOException {
    Path out = tmp.resolve("out");
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "run", GOLDEN.resolve("scenario.yaml").toString(), "--out=" + out);
    assertThat(code).isZero();
    for (String f : FILES) {
      String actual = RunCommandTest.maskWall(f, Files.readString(out.resolve(f)));
      Path expected = GOLDEN.resolve(f + ".golden");
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(expected, actual);
      }
      assertThat(actual).as(f).isEqualTo(Files.readString(expected));
    }
  }
}
