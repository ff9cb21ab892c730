package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fluidedge.command.CommandLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * A full disk is reported with the file and the cause, not as an internal error: a spool on
 * {@code /dev/full} (every write fails with ENOSPC), an atomic write whose body fails the same
 * way, and the message a command prints for either.
 */
class FullDiskTest {

  @TempDir
  Path dir;

  @Test
  void spool_onAFullDevice_namesTheFileAndTheCause() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
    Spool spool = new Spool(full);
    byte[] rows = new byte[1 << 20];
    assertThatThrownBy(() -> {
      spool.stream().write(rows);
      spool.finish();
    }).isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot write /dev/full: ")
        .hasMessageContaining("No space left on device");
  }

  @Test
  void atomicWrite_failing_namesTheTargetAndTheCauseAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("summary.json");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write('{');
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class)
        .hasMessage("cannot write " + target + ": No space left on device");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void command_failingToWrite_printsTheFileAndCauseWithoutInternalError() {
    StringWriter err = new StringWriter();
    int code = CommandLines.of(new Failing(), new PrintWriter(new StringWriter()),
        new PrintWriter(err, true)).execute();
    assertThat(code).isEqualTo(CommandLines.INTERNAL_ERROR);
    assertThat(err.toString()).isEqualTo("error: cannot write /out/.blocks.csv.1.tmp: "
        + "No space left on device" + System.lineSeparator());
  }

  /** A command whose run fails the way the recorder does on a full disk. */
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      IOException cause = AtomicFiles.cannotWrite(Path.of("/out/.blocks.csv.1.tmp"),
          new IOException("No space left on device"));
      throw new UncheckedIOException(cause.getMessage(), cause);
    }
  }
}
