package io.fluidedge.spark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and {@code n} workers, each its own
 * JVM started from a Spark home that holds Spark's jars (from the Maven artifacts) in
 * {@code jars/}, which is where a worker's launcher looks for the class path of the executors it
 * starts. Every process it starts, and every process those start (the executors), is stopped by
 * {@link #close()}, which also runs when starting fails half-way.
 */
final class StandaloneCluster implements AutoCloseable {

  private static final String HOST = "127.0.0.1";
  private static final long START_TIMEOUT_S = 120;

  private final Path sparkHome;
  private final Path work;
  private final List<String> jvmFlags;
  private final List<Process> processes = new ArrayList<>();
  private final List<ProcessHandle> started = new ArrayList<>();
  private final Thread reaper = new Thread(this::close, "standalone-cluster-stop");
  private String url;

  private StandaloneCluster(Path sparkHome, Path work, List<String> jvmFlags) {
    this.sparkHome = sparkHome;
    this.work = work;
    this.jvmFlags = List.copyOf(jvmFlags);
  }

  /**
   * Starts a master and {@code workers} workers of one core each and waits until every worker
   * has registered with the master.
   *
   * @param sparkHome a directory whose {@code jars/} holds Spark and its dependencies
   * @param work      a directory for the logs and the workers' work directories
   * @param jvmFlags  the flags Spark needs on Java 17 (its module opens)
   * @param workers   the number of workers
   * @param memory    memory each worker offers to executors, e.g. {@code 1g}
   * @return the running cluster
   * @throws IOException when a process cannot be started or the cluster does not come up in time
   */
  static StandaloneCluster start(Path sparkHome, Path work, List<String> jvmFlags, int workers,
      String memory) throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(sparkHome, work, jvmFlags);
    // Also when the test JVM is stopped from outside (a Surefire fork timeout, Ctrl-C).
    Runtime.getRuntime().addShutdownHook(cluster.reaper);
    try {
      cluster.startAll(workers, memory);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The master's URL, {@code spark://127.0.0.1:port}. */
  String url() {
    return url;
  }

  /** Every process started so far, the executors included, as of now. */
  List<ProcessHandle> processes() {
    List<ProcessHandle> all = new ArrayList<>();
    for (ProcessHandle p : started) {
      all.add(p);
      p.descendants().forEach(all::add);
    }
    return all;
  }

  private void startAll(int workers, String memory) throws IOException, InterruptedException {
    Files.createDirectories(sparkHome.resolve("conf"));
    Files.createDirectories(work);
    int port = freePort();
    url = "spark://" + HOST + ":" + port;
    Path masterLog = work.resolve("master.log");
    launch(masterLog, "org.apache.spark.deploy.master.Master", "--host", HOST, "--port",
        Integer.toString(port), "--webui-port", Integer.toString(freePort()));
    awaitLog(masterLog, "I have been elected leader", 1);
    for (int i = 0; i < workers; i++) {
      Path dir = Files.createDirectories(work.resolve("worker-" + i));
      launch(work.resolve("worker-" + i + ".log"), "org.apache.spark.deploy.worker.Worker",
          "--host", HOST, "--webui-port", Integer.toString(freePort()), "--cores", "1",
          "--memory", memory, "--work-dir", dir.toString(), url);
    }
    awaitLog(masterLog, "Registering worker", workers);
  }

  private void launch(Path log, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", HOST);
    env.put("SPARK_LOCAL_HOSTNAME", HOST);
    Process p = pb.start();
    processes.add(p);
    started.add(p.toHandle());
  }

  /** Waits until {@code text} occurs {@code count} times in the log, or a process died. */
  private void awaitLog(Path log, String text, int count) throws IOException,
      InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
    Pattern pattern = Pattern.compile(Pattern.quote(text));
    while (System.nanoTime() < deadline) {
      String content = Files.readString(log, StandardCharsets.UTF_8);
      Matcher m = pattern.matcher(content);
      int found = 0;
      while (m.find()) {
        found++;
      }
      if (found >= count) {
        return;
      }
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IOException("a cluster process exited with " + p.exitValue() + "; see "
              + work);
        }
      }
      Thread.sleep(200);
    }
    throw new IOException("'" + text + "' x" + count + " not in " + log + " after "
        + START_TIMEOUT_S + " s");
  }

  /** Stops the workers' executors, the workers and the master: politely, then forcibly. */
  @Override
  public void close() {
    if (Thread.currentThread() != reaper) {
      try {
        Runtime.getRuntime().removeShutdownHook(reaper);
      } catch (IllegalStateException e) {
        // Shutting down: the hook runs this too; stopping twice is harmless.
      }
    }
    List<ProcessHandle> all = new ArrayList<>();
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).descendants().forEach(all::add);
      all.add(started.get(i));
    }
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Reported by the caller, which checks that nothing is left alive.
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    }
  }
}
