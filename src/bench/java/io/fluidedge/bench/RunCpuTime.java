package io.fluidedge.bench;

import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU time of whole {@code run} commands in one JVM, on the thread that runs them: the scenario
 * load, the event loop, the policy and every output, without JVM start-up, the JIT compiler's and
 * the collector's threads. On a machine shared with other work, thread CPU time moves much less
 * than wall time. The first {@code WARMUP} runs are not counted (the JIT compiles then); prints
 * every counted run and the median, in seconds.
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}): {@code java -cp
 * target/benchmarks.jar io.fluidedge.bench.RunCpuTime WARMUP RUNS <run arguments>}, e.g.
 * {@code ... RunCpuTime 2 5 scenarios/default.yaml --out /tmp/r --force}.
 */
public final class RunCpuTime {

  private RunCpuTime() {
  }

  /**
   * Runs the command WARMUP + RUNS times and prints the thread CPU seconds of the counted runs.
   *
   * @param args WARMUP RUNS, then the arguments of {@code run}
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: RunCpuTime WARMUP RUNS <run arguments>");
      System.exit(2);
    }
    int warmup = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    String[] command = new String[args.length - 1];
    command[0] = "run";
    System.arraycopy(args, 2, command, 1, args.length - 2);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] seconds = new double[runs];
    for (int i = 0; i < warmup + runs; i++) {
      StringWriter out = new StringWriter();
      long t0 = threads.getCurrentThreadCpuTime();
      int code = Main.execute(new PrintWriter(out), new PrintWriter(out), command);
      long t1 = threads.getCurrentThreadCpuTime();
      if (code != 0) {
        System.err.print(out);
        System.exit(code);
      }
      if (i >= warmup) {
        seconds[i - warmup] = (t1 - t0) / 1e9;
        System.out.printf(Locale.ROOT, "run %d: %.3f s thread CPU%n", i - warmup + 1,
            seconds[i - warmup]);
      }
    }
    Arrays.sort(seconds);
    System.out.printf(Locale.ROOT, "median %.3f s thread CPU over %d runs%n",
        runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2, runs);
  }
}
