package io.fluidedge.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.fluidedge.run.WorkEstimate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JIT a run gets. {@code bin/fluidedge} starts single runs with the JVM's quick compiler
 * alone (C1, {@code -XX:TieredStopAtLevel=1}), for their start-up; a run of many requests is up
 * to 1.7× faster with the full JIT (C2). A JVM's compilers are fixed when it starts, so when the
 * launcher chose the quick compiler (it says so in {@value #LAUNCHER_CHOICE}) and a run expects
 * {@link #FULL_JIT_REQUESTS} requests or more, {@code run} starts the same command again in a JVM
 * like its own but with the full JIT, before it prints or writes anything, and ends with that
 * JVM's exit code. Where the quick compiler was asked for in any other way, a large run prints a
 * note instead.
 *
 * <p>The restarted JVM compiles with C2 later than the JVM's default ({@link #C2_THRESHOLDS}, five
 * times its tier-4 thresholds): a large run's hot loop reaches them in milliseconds anyway, and
 * C2 no longer spends the second core on code that runs a few thousand times (start-up, the
 * per-block code, the outputs), which the run's other threads want (docs/performance.md, "C2 a
 * little later in the restarted JVM").
 */
final class FullJit {

  /** Requests from which a run is worth the full JIT (measured: 1e6 break even, 1e7 1.7×). */
  static final double FULL_JIT_REQUESTS = 3e6;

  /**
   * Set by {@code bin/fluidedge} to {@value #QUICK} when it chose the quick compiler itself; a
   * JVM restarted with the full JIT sees {@value #RESTARTED}.
   */
  static final String LAUNCHER_CHOICE = "FLUIDEDGE_QUICK_JIT";
  static final String QUICK = "1";
  static final String RESTARTED = "restarted";

  private static final String LEVEL = "-XX:TieredStopAtLevel=";

  /**
   * The restarted JVM's C2 thresholds, five times the JVM's defaults (5000, 600, 15000, 40000);
   * given before this JVM's options, so that an option of the user's (FLUIDEDGE_JAVA_OPTS) wins.
   */
  static final List<String> C2_THRESHOLDS = List.of("-XX:Tier4InvocationThreshold=25000",
      "-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=75000",
      "-XX:Tier4BackEdgeThreshold=200000");

  private final String tieredStopAtLevel;
  private final String launcherChoice;

  /**
   * @param tieredStopAtLevel the JVM's {@code TieredStopAtLevel}, or null if unknown
   * @param launcherChoice    the value of {@value #LAUNCHER_CHOICE}, or null
   */
  FullJit(String tieredStopAtLevel, String launcherChoice) {
    this.tieredStopAtLevel = tieredStopAtLevel;
    this.launcherChoice = launcherChoice;
  }

  /** This JVM's. */
  static FullJit current() {
    return new FullJit(tieredStopAtLevel(), System.getenv(LAUNCHER_CHOICE));
  }

  /** Whether a run of this estimate starts again with the full JIT. */
  boolean restarts(WorkEstimate estimate) {
    return estimate.requests() >= FULL_JIT_REQUESTS && "1".equals(tieredStopAtLevel)
        && QUICK.equals(launcherChoice);
  }

  /** Whether this JVM is one restarted with the full JIT. */
  boolean restarted() {
    return RESTARTED.equals(launcherChoice);
  }

  /**
   * A note for a run of many requests in a JVM limited to its quick compiler that does not
   * restart (the quick compiler asked for otherwise than by the launcher); null when the run is
   * smaller, the JIT is not limited, or the run restarts.
   */
  String note(WorkEstimate estimate) {
    if (estimate.requests() < FULL_JIT_REQUESTS || !"1".equals(tieredStopAtLevel)
        || restarts(estimate)) {
      return null;
    }
    return "note: this JVM compiles with its quick compiler only; a run of this many requests "
        + "goes up to 1.7x faster with the full JIT: FLUIDEDGE_JAVA_OPTS=-XX:TieredStopAtLevel=4";
  }

  /**
   * Runs {@code args} again in a JVM like this one with the full JIT, with this process's
   * standard streams, and returns its exit code.
   *
   * @throws IOException if the JVM cannot be started (nothing has run then)
   */
  int restart(List<String> args) throws IOException {
    return run(process(ManagementFactory.getRuntimeMXBean().getInputArguments(), args)
        .inheritIO());
  }

  /**
   * The JVM to restart in: {@link #command} from this JVM's java and class path, told that it
   * is the restarted one.
   */
  static ProcessBuilder process(List<String> jvmOptions, List<String> args) {
    ProcessBuilder pb = new ProcessBuilder(command(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), jvmOptions, System.getProperty("java.class.path"), args));
    pb.environment().put(LAUNCHER_CHOICE, RESTARTED);
    return pb;
  }

  /**
   * Starts the process and returns its exit code. If this JVM is stopped meanwhile (SIGINT,
   * SIGTERM), it stops the other the same way and waits for it, so that an interrupted run still
   * leaves complete files.
   *
   * @throws IOException if it cannot be started
   */
  static int run(ProcessBuilder pb) throws IOException {
    Process child = pb.start();
    Thread stop = new Thread(() -> {
      child.destroy();
      waitFor(child);
    }, "fluidedge-full-jit");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = waitFor(child);
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) {
      // Shutting down already: the hook waits for the child.
    }
    return code;
  }

  /**
   * The command line of the JVM to restart in: the same java, {@link #C2_THRESHOLDS}, the same
   * options but the JIT level (the JVM's default, the full JIT), the same class path,
   * {@link Main} and the same arguments.
   */
  static List<String> command(String java, List<String> jvmOptions, String classPath,
      List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(C2_THRESHOLDS);
    for (String option : jvmOptions) {
      if (!option.startsWith(LEVEL)) {
        cmd.add(option);
      }
    }
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return cmd;
  }

  private static int waitFor(Process child) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return child.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The JVM's {@code TieredStopAtLevel}, or null where the JVM does not say. */
  private static String tieredStopAtLevel() {
    try {
      HotSpotDiagnosticMXBean hotSpot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotSpot == null ? null : hotSpot.getVMOption("TieredStopAtLevel").getValue();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
