package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir
  Path tmp;

  @Test
  void prepare_createsMissingDirectoryWithParents() throws IOException {
    Path dir = tmp.resolve("x/y/out");
    assertThat(OutputDirectory.prepare(dir, false)).isEqualTo(dir);
    assertThat(dir).isDirectory();
    OutputDirectory.prepare(dir, false);
  }

  @Test
  void prepare_nonEmptyWithoutForceIsRefused() throws IOException {
    Files.writeString(tmp.resolve("summary.json"), "{}");
    assertThatThrownBy(() -> OutputDirectory.prepare(tmp, false))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--out")
        .hasMessageContaining("is not empty; use --force to overwrite")
        .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("--out"));
  }

  @Test
  void open_forceRemovesOnlyTheFilesTheSameCommandWrote() throws IOException {
    try (OutputLock lock = OutputDirectory.open(tmp, false, "run")) {
      AtomicFiles.writeString(tmp.resolve("requests.csv.gz"), "old");
      Files.createDirectories(tmp.resolve("plots"));
      AtomicFiles.writeString(tmp.resolve("plots/latency_cdf.png"), "old");
    }
    try (OutputLock lock = OutputDirectory.open(tmp, true, "compare")) {
      AtomicFiles.writeString(tmp.resolve("compare.csv"), "old");
    }
    Files.writeString(tmp.resolve(".blocks.csv.123.tmp"), "mine");
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    Files.writeString(tmp.resolve("summary.json"), "mine");
    try (OutputLock lock = OutputDirectory.open(tmp, true, "run")) {
      assertThat(tmp.resolve("requests.csv.gz")).doesNotExist();
      assertThat(tmp.resolve("plots")).doesNotExist();
    }
    assertThat(tmp.resolve("compare.csv")).hasContent("old");
    assertThat(tmp.resolve(".blocks.csv.123.tmp")).hasContent("mine");
    assertThat(tmp.resolve("summary.json")).hasContent("mine");
    assertThat(tmp.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void open_forceNeverFollowsASymlinkOutOfTheDirectory() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path out = tmp.resolve("out");
    try (OutputLock lock = OutputDirectory.open(out, false, "run")) {
      Files.createDirectories(out.resolve("plots"));
      AtomicFiles.writeString(out.resolve("plots/latency_cdf.png"), "old");
    }
    Files.delete(out.resolve("plots/latency_cdf.png"));
    Files.delete(out.resolve("plots"));
    Files.writeString(elsewhere.resolve("latency_cdf.png"), "precious");
    Files.createSymbolicLink(out.resolve("plots"), elsewhere);
    assertThatThrownBy(() -> OutputDirectory.open(out, true, "run"))
        .isInstanceOf(InputException.class).hasMessageContaining("symbolic link");
    Files.delete(out.resolve("plots"));
    Files.createDirectories(out.resolve("sub"));
    Files.createSymbolicLink(out.resolve("sub/plots"), elsewhere);
    Files.writeString(out.resolve(OutputLock.MANIFEST_FILE),
        "run\tsub/plots/latency_cdf.png\n");
    try (OutputLock lock = OutputDirectory.open(out, true, "run")) {
      assertThat(elsewhere.resolve("latency_cdf.png")).hasContent("precious");
    }
  }

  @Test
  void open_staleLockOfADeadProcessIsTakenOver() throws IOException {
    Files.writeString(tmp.resolve(OutputLock.LOCK_FILE), "pid=2147483646\ncommand=run\n");
    try (OutputLock lock = OutputDirectory.open(tmp, false, "run")) {
      assertThat(Files.readString(tmp.resolve(OutputLock.LOCK_FILE)))
          .startsWith("pid=" + ProcessHandle.current().pid());
    }
  }

  @Test
  void open_aDirectoryThisProcessHoldsIsRefused() throws IOException {
    try (OutputLock lock = OutputDirectory.open(tmp, false, "run")) {
      assertThatThrownBy(() -> OutputDirectory.open(tmp, true, "run"))
          .isInstanceOf(InputException.class).hasMessageContaining("is in use by process "
              + ProcessHandle.current().pid());
    }
  }

  @Test
  void prepare_aFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> OutputDirectory.prepare(file, true)).isInstanceOf(InputException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void atomicFiles_failedWriteKeepsOldContentAndLeavesNoTemp() throws IOException {
    Path target = Files.writeString(tmp.resolve("a.txt"), "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(1);
      throw new IOException("boom");
    })).hasMessage("cannot write " + target + ": boom");
    assertThat(target).hasContent("old");
    AtomicFiles.writeString(target, "new");
    assertThat(target).hasContent("new");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void recorder_closeWithoutWriteDeletesSpoolFiles() throws IOException {
    try (RunRecorder rec = new RunRecorder(2, 0.1, true, true, tmp)) {
      rec.inferenceDone(RunRecorderTest.request(0, 0, 0.05));
      try (var files = Files.list(tmp)) {
        assertThat(files).isNotEmpty();
      }
    }
    try (var files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void write_spoolInSystemTempDirAndFilesNotOwnerOnly() throws IOException {
    Path dir = tmp.resolve("out");
    try (RunRecorder rec = new RunRecorder(1, 0.1, true, false, null)) {
      rec.inferenceDone(RunRecorderTest.request(0, 0, 0.05));
      RunOutputs.write(dir, RunInfo.of("t", 1, true, 0.1, 0), rec, null);
    }
    assertThat(RunOutputsTest.readLines(dir.resolve("requests.csv.gz"))).hasSize(2);
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      for (String name : List.of("summary.json", "blocks.csv", "requests.csv.gz")) {
        var perms = Files.getPosixFilePermissions(dir.resolve(name));
        assertThat(perms).as(name).contains(PosixFilePermission.OWNER_READ);
        // Group/other bits follow the umask; owner-only temp permissions must not leak through.
        assertThat(perms).as(name).isEqualTo(Files.getPosixFilePermissions(
            Files.createFile(tmp.resolve("reference-" + name))));
      }
    }
  }
}
