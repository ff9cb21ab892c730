package io.fluidedge.external;

import io.fluidedge.scenario.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The pipe to an external agent: one JSON object per line each way, UTF-8. Either a child
 * process the simulator starts (its standard input and output; its standard error goes to the
 * simulator's) or the simulator's own standard input and output ({@code stdio}, for an agent
 * that started the simulator, such as the Python environment).
 *
 * <p>Replies are read by a daemon thread into a queue, so a silent agent is detected by a
 * timeout, and a closed pipe (the agent exited or crashed) as the end of the queue. Failures are
 * {@link InputException}s naming the block and what was awaited.
 */
final class AgentLink implements AutoCloseable {

  private static final String EOF = new String("end of stream");

  private final Process process;
  private final PrintStream out;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final long timeoutNs;
  private final long startupNs;
  private final String who;

  private AgentLink(Process process, OutputStream toAgent, InputStream fromAgent,
      double timeoutS, double startupS, String who) {
    this.process = process;
    this.out = new PrintStream(toAgent, false, StandardCharsets.UTF_8);
    this.timeoutNs = (long) (timeoutS * 1e9);
    this.startupNs = (long) (startupS * 1e9);
    this.who = who;
    Thread reader = new Thread(() -> readLines(fromAgent), "fluidedge-agent-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts the agent as a child process.
   *
   * @param command  the program and its arguments
   * @param timeoutS how long to wait for each action, s
   * @param startupS how long to wait for the handshake's reply, s
   * @throws InputException if the program cannot be started
   */
  static AgentLink start(List<String> command, double timeoutS, double startupS) {
    try {
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      String line = String.join(" ", command);
      return new AgentLink(p, p.getOutputStream(), p.getInputStream(), timeoutS, startupS,
          "agent " + (line.length() <= 100 ? line : line.substring(0, 97) + "..."));
    } catch (IOException e) {
      throw new InputException(null, 0, 0, "plugins.external.command",
          "cannot start the agent " + command + ": " + e.getMessage());
    }
  }

  /** The agent on the simulator's own standard input and output. */
  static AgentLink stdio(double timeoutS, double startupS) {
    return new AgentLink(null, System.out, System.in, timeoutS, startupS,
        "agent on standard input/output");
  }

  /**
   * Sends one message and waits for the reply line.
   *
   * @param line     one JSON object, without a newline
   * @param block    the block it is about, for errors (-1 for the handshake, which waits the
   *                 startup timeout)
   * @param awaiting what the reply should be, for errors (e.g. "action")
   * @return the reply line
   * @throws InputException if the agent has exited, or sends nothing within the timeout
   */
  String exchange(String line, long block, String awaiting) {
    send(line);
    long waitNs = block < 0 ? startupNs : timeoutNs;
    try {
      String reply = replies.poll(waitNs, TimeUnit.NANOSECONDS);
      if (reply == null) {
        throw failure(block, awaiting, "no reply within the timeout of " + waitNs / 1e9
            + " s (plugins.external." + (block < 0 ? "startup-timeout-s" : "timeout-s") + ")");
      }
      if (reply == EOF) {
        replies.add(EOF);
        throw failure(block, awaiting, exitStatus());
      }
      return reply;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(block, awaiting, "interrupted while waiting");
    }
  }

  /** Sends one message without waiting (the run's end, an error). */
  void send(String line) {
    out.print(line);
    out.print('\n');
    out.flush();
  }

  /** Names the agent in errors. */
  String who() {
    return who;
  }

  /** An error about block {@code block} (or the handshake) and the field awaited. */
  InputException failure(long block, String field, String rule) {
    String where = block < 0 ? "external agent handshake" : "block " + block;
    return new InputException(null, 0, 0, where + ": " + field, rule + " [" + who + "]");
  }

  /**
   * Ends the conversation: closes the agent's input, waits up to the timeout for it to exit, then
   * stops it. Nothing is closed for an agent on the simulator's own streams.
   */
  @Override
  public void close() {
    if (process == null) {
      out.flush();
      return;
    }
    out.close();
    try {
      if (!process.waitFor(timeoutNs, TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * Ends a failed conversation: closes the agent's input and stops it after a grace of at most a
   * second (enough to read an {@code error} message), without waiting out the timeout.
   */
  void abort() {
    if (process == null) {
      out.flush();
      return;
    }
    out.close();
    try {
      if (!process.waitFor(Math.min(timeoutNs, 1_000_000_000L), TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private String exitStatus() {
    if (process == null) {
      return "the agent closed the simulator's standard input";
    }
    try {
      if (process.waitFor(timeoutNs, TimeUnit.NANOSECONDS)) {
        return "the agent exited with code " + process.exitValue() + " before replying";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "the agent closed its standard output before replying";
  }

  private void readLines(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          replies.add(line);
        }
      }
    } catch (IOException e) {
      // A broken pipe ends the conversation like a closed one.
    } finally {
      replies.add(EOF);
    }
  }
}
