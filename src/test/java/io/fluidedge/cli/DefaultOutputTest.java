package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.metrics.OutputDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --out a run never overwrites an earlier one: a taken folder gives a numbered one. */
class DefaultOutputTest {

  @TempDir
  Path dir;

  @Test
  void free_isTheBaseWhenUnusedElseTheFirstFreeNumberedSibling() throws Exception {
    Path base = dir.resolve("out/default");
    assertThat(OutputDirectory.free(base)).isEqualTo(base);
    Files.createDirectories(base);
    assertThat(OutputDirectory.free(base)).isEqualTo(base);
    Files.writeString(base.resolve("summary.json"), "{}");
    assertThat(OutputDirectory.free(base)).isEqualTo(dir.resolve("out/default-2"));
    Files.createDirectories(dir.resolve("out/default-2"));
    Files.writeString(dir.resolve("out/default-2/x"), "");
    Files.writeString(dir.resolve("out/default-3"), "a file, not a folder");
    assertThat(OutputDirectory.free(base)).isEqualTo(dir.resolve("out/default-4"));
  }

  @Test
  void run_twiceWithTheScenariosOwnFolder_writesTwoFolders() throws Exception {
    Path out = dir.resolve("runs/mine");
    Path scenario = Files.writeString(dir.resolve("s.yaml"), "duration-s: 0.1\n"
        + "coherence-s: 0.05\noutput: {plots: false, dir: '" + out + "'}\n");
    for (int i = 0; i < 2; i++) {
      StringWriter stdout = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.execute(new PrintWriter(stdout), new PrintWriter(err), "run",
          scenario.toString());
      assertThat(code).as(err.toString()).isZero();
      assertThat(stdout.toString()).contains("outputs in " + (i == 0 ? out
          : dir.resolve("runs/mine-2")));
    }
    assertThat(out.resolve("summary.json")).exists();
    assertThat(dir.resolve("runs/mine-2/summary.json")).exists();
  }
}
