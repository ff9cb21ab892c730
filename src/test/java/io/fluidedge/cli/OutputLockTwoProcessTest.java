package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs on one output directory: while a {@code run} in a child JVM holds it, a {@code run},
 * {@code compare} or {@code sweep} here is refused with exit 2 naming the child's pid, even with
 * {@code --force}; once the child has stopped, the directory is free again.
 */
class OutputLockTwoProcessTest {

  @TempDir
  Path dir;

  @Test
  void secondProcess_onAHeldDirectory_exitsTwoNamingTheHolder() throws Exception {
    Path scenario = Files.writeString(dir.resolve("long.yaml"), """
        duration-s: 100000
        coherence-s: 0.1
        optimizer: {policy: fpa}
        output: {window-s: 1, plots: false}
        """);
    Path out = dir.resolve("shared");
    ChildJvm child = ChildJvm.start(dir.resolve("stderr.txt"), "run", scenario.toString(),
        "--out", out.toString(), "--set", "seed=1");
    long pid = child.process().pid();
    try {
      assertThat(child.awaitLine("started: ", 120)).startsWith("started: ");
      for (String[] args : new String[][] {
          {"run", scenario.toString(), "--out", out.toString(), "--set", "seed=2"},
          {"run", scenario.toString(), "--out", out.toString(), "--force"},
          {"compare", scenario.toString(), "--policies", "fpa", "--out", out.toString(),
              "--force"},
          {"sweep", scenario.toString(), "--grid", "radio.snr-db=5,10", "--replications", "1", "--out",
              out.toString(), "--force"}}) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(code).as("%s: %s", String.join(" ", args), err).isEqualTo(2);
        assertThat(err.toString()).contains("is in use by process " + pid);
      }
      assertThat(child.process().isAlive()).isTrue();
      child.signal("TERM");
      assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.process().destroyForcibly();
    }
    assertThat(out.resolve("summary.json")).exists();
    StringWriter err = new StringWriter();
    assertThat(Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
        scenario.toString(), "--out", out.toString(), "--force", "--set", "duration-s=1"))
        .as("%s", err).isZero();
  }

  @Test
  void lockOfAKilledProcess_isTakenOver() throws Exception {
    Path scenario = Files.writeString(dir.resolve("long.yaml"), """
        duration-s: 100000
        coherence-s: 0.1
        optimizer: {policy: fpa}
        output: {window-s: 1, plots: false}
        """);
    Path out = dir.resolve("killed");
    ChildJvm child = ChildJvm.start(dir.resolve("stderr.txt"), "run", scenario.toString(),
        "--out", out.toString());
    try {
      assertThat(child.awaitLine("started: ", 120)).startsWith("started: ");
      child.signal("KILL");
      assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.process().destroyForcibly();
    }
    assertThat(Files.readString(out.resolve(".fluidedge.lock")))
        .contains("pid=" + child.process().pid());
    StringWriter err = new StringWriter();
    assertThat(Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
        scenario.toString(), "--out", out.toString(), "--force", "--set", "duration-s=1"))
        .as("%s", err).isZero();
  }
}
