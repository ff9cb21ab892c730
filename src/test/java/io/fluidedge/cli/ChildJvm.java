package io.fluidedge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A FluidEdge command in a child JVM on the test class path, for tests that need a second
 * process (locks) or a real signal. Started through {@code env --default-signal} where
 * available, since a shell that starts a background job without job control makes it ignore
 * SIGINT, which the child would inherit.
 */
final class ChildJvm {

  private final Process process;
  private final BufferedReader stdout;
  private final List<String> lines = new ArrayList<>();

  private ChildJvm(Process process) {
    this.process = process;
    this.stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /**
   * Starts {@code fluidedge ARGS...}, stderr to {@code stderr}.
   *
   * @param stderr file for the child's standard error
   * @param args   the command line
   * @return the child
   * @throws IOException if it cannot be started
   */
  static ChildJvm start(Path stderr, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (envResetsSignals()) {
      command.addAll(List.of("env", "--default-signal=INT,TERM"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectError(stderr.toFile()).start());
  }

  /** The child process. */
  Process process() {
    return process;
  }

  /**
   * Reads stdout until a line starting with {@code prefix}, for at most {@code seconds}.
   *
   * @return the line, or a note saying why none came (with what was seen)
   */
  String awaitLine(String prefix, long seconds) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
          lines.add(line);
          if (line.startsWith(prefix)) {
            return line;
          }
        }
        return "(end of output) " + lines;
      } catch (IOException e) {
        return "(" + e + ") " + lines;
      }
    }).get(seconds, TimeUnit.SECONDS);
  }

  /** The rest of stdout after the lines {@link #awaitLine} read, up to its end (the exit). */
  String rest() throws IOException {
    StringBuilder b = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n = stdout.read(chunk); n >= 0; n = stdout.read(chunk)) {
      b.append(chunk, 0, n);
    }
    return b.toString();
  }

  /** Sends a signal ({@code TERM}, {@code INT}) to the child. */
  void signal(String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
        .inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " failed");
    }
  }

  private static boolean envResetsSignals() {
    try {
      Process p = new ProcessBuilder("env", "--default-signal=INT,TERM", "true")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
