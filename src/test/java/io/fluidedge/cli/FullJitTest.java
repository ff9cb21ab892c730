package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.run.WorkEstimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a run starts again with the full JIT, and the JVM it starts. */
class FullJitTest {

  private static final WorkEstimate SMALL = new WorkEstimate(1000, 1e6, 1e6, 2);
  private static final WorkEstimate LARGE = new WorkEstimate(1, 3e6, 1e6, 20);

  @TempDir
  Path tmp;

  @Test
  void restarts_onlyALargeRunUnderTheLaunchersQuickCompiler() {
    assertThat(new FullJit("1", FullJit.QUICK).restarts(LARGE)).isTrue();
    assertThat(new FullJit("1", FullJit.QUICK).restarts(SMALL)).isFalse();
    assertThat(new FullJit("4", FullJit.QUICK).restarts(LARGE)).isFalse();
    assertThat(new FullJit(null, FullJit.QUICK).restarts(LARGE)).isFalse();
    assertThat(new FullJit("1", null).restarts(LARGE)).as("C1 asked for by the user").isFalse();
    assertThat(new FullJit("1", FullJit.RESTARTED).restarts(LARGE)).as("no second restart")
        .isFalse();
    assertThat(new FullJit("4", FullJit.RESTARTED).restarted()).isTrue();
    assertThat(new FullJit("1", FullJit.QUICK).restarted()).isFalse();
  }

  @Test
  void note_forALargeRunUnderAQuickCompilerThatStays() {
    assertThat(new FullJit("1", null).note(LARGE)).startsWith("note: ")
        .contains("FLUIDEDGE_JAVA_OPTS=-XX:TieredStopAtLevel=4");
    assertThat(new FullJit("1", null).note(SMALL)).isNull();
    assertThat(new FullJit("4", null).note(LARGE)).isNull();
    assertThat(new FullJit(null, null).note(LARGE)).isNull();
    assertThat(new FullJit("1", FullJit.QUICK).note(LARGE)).as("it restarts instead").isNull();
  }

  @Test
  void command_keepsTheOptionsButTheJitLevel_andRunsMainWithTheSameArguments() {
    assertThat(FullJit.command("/j/bin/java", List.of("-XX:+UseParallelGC",
        "-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:SharedArchiveFile=a.jsa"), "x.jar",
        List.of("-q", "run", "s.yaml", "--set", "duration-s=1")))
        .containsExactly("/j/bin/java", "-XX:Tier4InvocationThreshold=25000",
            "-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=75000",
            "-XX:Tier4BackEdgeThreshold=200000", "-XX:+UseParallelGC", "-Xmx256m",
            "-XX:SharedArchiveFile=a.jsa", "-cp", "x.jar", "io.fluidedge.cli.Main", "-q", "run",
            "s.yaml", "--set", "duration-s=1");
  }

  /** A real JVM: the full JIT, told it was restarted (run.log says so), its exit code returned. */
  @Test
  void restartedJvm_runsWithTheFullJit_andItsExitCodeIsReturned() throws IOException {
    Path out = tmp.resolve("out");
    Path stdout = tmp.resolve("stdout.txt");
    Path stderr = tmp.resolve("stderr.txt");
    List<String> quick = List.of("-XX:TieredStopAtLevel=1", "-XX:+PrintFlagsFinal", "-Xmx256m",
        "-XX:Tier4CompileThreshold=70000");
    int code = FullJit.run(FullJit.process(quick, List.of("run", "scenarios/default.yaml", "--set",
        "duration-s=0.2", "--set", "output.plots=false", "--out", out.toString()))
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()));

    assertThat(code).as(Files.readString(stderr)).isZero();
    assertThat(Files.readAllLines(stdout)).filteredOn(l -> l.contains(" TieredStopAtLevel "))
        .singleElement().satisfies(l -> assertThat(l).matches(".*= 4 .*"));
    assertThat(Files.readAllLines(stdout)).as("C2 later, an option of the user's winning")
        .filteredOn(l -> l.matches(" *intx Tier4(InvocationThreshold|CompileThreshold) .*"))
        .satisfiesExactlyInAnyOrder(l -> assertThat(l).matches(".*= 70000 .*"),
            l -> assertThat(l).matches(".*= 25000 .*"));
    assertThat(Files.readString(out.resolve("run.log"))).contains("restarted with the full JIT");

    int bad = FullJit.run(FullJit.process(quick, List.of("run", "no-such.yaml"))
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()));
    assertThat(bad).isEqualTo(2);
    assertThat(Files.readString(stderr)).contains("no-such.yaml");
  }

  /** A JVM that cannot start is an IOException (the run then goes on where it is). */
  @Test
  void aJvmThatCannotStart_isAnIOException() {
    ProcessBuilder missing = new ProcessBuilder(tmp.resolve("no-java").toString(), "-version");
    assertThatThrownBy(() -> FullJit.run(missing))
        .isInstanceOf(IOException.class);
  }
}
