package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.scenario.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final AtomicReference<Exception> thrown = new AtomicReference<>();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new TraceCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    cmd.setExecutionExceptionHandler((ex, cl, parsed) -> {
      thrown.set(ex);
      return ex instanceof InputException ? 2 : 1;
    });
    return cmd.execute(args);
  }

  private InputException inputError(String... args) {
    assertThat(run(args)).isEqualTo(2);
    assertThat(thrown.get()).isInstanceOf(InputException.class);
    return (InputException) thrown.get();
  }

  @Test
  void gen_thenStats() {
    Path f = dir.resolve("p.csv.gz");
    assertThat(run("gen", "--kind", "poisson", "--users", "3", "--rate-hz", "20",
        "--duration-s", "10", "--seed", "4", f.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("wrote ").contains("poisson, 3 users", f.toString());
    assertThat(f).exists();
    out.getBuffer().setLength(0);
    assertThat(run("stats", f.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("requests:", "mean rate:", "user 2");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void gen_burstyAndPeriodicWithCount() {
    assertThat(run("gen", "--kind", "bursty", "--rate-hz", "5", "--on-mean-s", "0.2",
        "--off-mean-s", "1", "--count", "500", dir.resolve("b.csv").toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("wrote 500 requests (bursty");
    assertThat(run("gen", "--kind", "periodic", "--rate-hz", "30", "--jitter-s", "0.01",
        "--count", "100", "--features", "4096", "--tokens", "2",
        dir.resolve("f.csv").toString())).isEqualTo(0);
    assertThat(run("gen", "--kind", "bursty", "--peak-rate-hz", "50", "--count", "10",
        dir.resolve("b2.csv").toString())).isEqualTo(0);
  }

  @Test
  void gen_badArgumentsAreInputErrors() {
    String o = dir.resolve("x.csv").toString();
    assertThat(inputError("gen", "--rate-hz", "-1", "--duration-s", "1", o).getMessage())
        .isEqualTo("--rate-hz: must be positive: -1.0");
    assertThat(inputError("gen", "--rate-hz", "1", o).getMessage())
        .contains("exactly one of --duration-s and --count");
    assertThat(inputError("gen", "--rate-hz", "1", "--duration-s", "1", "--count", "3", o)
        .getMessage()).contains("exactly one");
    assertThat(inputError("gen", "--kind", "zipf", "--rate-hz", "1", "--count", "3", o)
        .getMessage()).startsWith("--kind: unknown kind 'zipf'");
    assertThat(inputError("gen", "--jitter-s", "0.1", "--rate-hz", "1", "--count", "3", o)
        .getMessage()).isEqualTo("--jitter-s: only for --kind periodic");
    assertThat(inputError("gen", "--kind", "periodic", "--jitter-s", "2", "--rate-hz", "1",
        "--count", "3", o).getMessage()).startsWith("--jitter-s: must be in [0, 1/rate");
    assertThat(inputError("gen", "--kind", "bursty", "--count", "3", o).getMessage())
        .isEqualTo("--rate-hz: required for --kind bursty");
    assertThat(inputError("gen", "--rate-hz", "1", "--count", "3", "--features", "0", o)
        .getMessage()).isEqualTo("--features: must be positive: 0.0");
    assertThat(Files.exists(Path.of(o))).isFalse();
  }

  @Test
  void gen_refusesToOverwriteWithoutForce() {
    String o = dir.resolve("x.csv").toString();
    assertThat(run("gen", "--rate-hz", "1", "--count", "3", o)).isEqualTo(0);
    assertThat(inputError("gen", "--rate-hz", "1", "--count", "3", o).getMessage())
        .contains("--force");
    assertThat(run("gen", "--rate-hz", "1", "--count", "3", "--force", o)).isEqualTo(0);
  }

  @Test
  void stats_mapsColumnsAndNeedsUsersWithoutUserColumn() throws Exception {
    Path f = dir.resolve("llm.csv");
    Files.writeString(f, "arrived_at,num_prefill_tokens,num_decode_tokens\n0,10,1\n1,20,2\n");
    String[] mapping = {"--time-column", "arrived_at", "--features-column",
        "num_prefill_tokens", "--tokens-column", "num_decode_tokens",
        "--features-per-token", "4096"};
    assertThat(inputError(concat(new String[] {"stats", f.toString()}, mapping)).getMessage())
        .isEqualTo("--users: required: " + f + " has no 'user' column");
    thrown.set(null);
    assertThat(run(concat(new String[] {"stats", f.toString(), "--users", "2"}, mapping)))
        .isEqualTo(0);
    assertThat(out.toString()).contains("requests:       2", "mean 61440.0", "users:          2");
  }

  @Test
  void stats_badTraceIsInputErrorNamingFileLineColumn() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "time_s,user\n0,0\nx,0\n");
    InputException e = inputError("stats", f.toString());
    assertThat(e.getMessage()).isEqualTo(f + ":3:1: time_s: not a number: 'x'");
    assertThat(inputError("stats", dir.resolve("none.csv").toString()).getMessage())
        .endsWith("none.csv: file not found");
    assertThat(run("stats", f.toString(), "--on-bad-row", "skip")).isEqualTo(0);
    assertThat(out.toString()).contains("rejected rows:  1");
  }

  @Test
  void trace_withoutSubcommandIsUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing subcommand");
  }

  @Test
  void help_printsUsage() {
    assertThat(run("gen", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("--rate-hz", "--jitter-s", "OUT");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
