package io.fluidedge.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an output came from: the {@code provenance} object of summary.json and of every
 * aggregate's {@code provenance.json} (compare, sweep, reproduce).
 *
 * <p>Fields: {@code tool} ({@code fluidedge}), {@code version} and {@code commit} of the build
 * ({@link BuildInfo}), {@code java} (the running JVM's {@code java.version}),
 * {@code scenario_sha256} (hex SHA-256 of the scenario file's bytes as read from disk, null when
 * there is no file, e.g. reproduce's built-in scenarios) and {@code command} (the command line
 * as the user gave it, {@link #recordCommand}). These values depend on the machine and the build,
 * so they are never part of results.csv or any other byte-compared table.
 */
public final class Provenance {

  /** The provenance file of an aggregate's output directory. */
  public static final String FILE = "provenance.json";

  private static volatile String command = "";

  private Provenance() {
  }

  /**
   * Remembers the command line of this process's command (one per process: the CLI sets it
   * before it runs the command).
   *
   * @param program the program name, e.g. {@code fluidedge}
   * @param args    the arguments as given
   */
  public static void recordCommand(String program, List<String> args) {
    StringBuilder sb = new StringBuilder(program);
    for (String a : args) {
      sb.append(' ').append(quote(a));
    }
    command = sb.toString();
  }

  /**
   * The provenance object of an output made from {@code scenarioFile}.
   *
   * @param scenarioFile the scenario file, or null when there is none
   * @return the fields in contract order
   */
  public static Map<String, Object> of(Path scenarioFile) {
    BuildInfo build = BuildInfo.current();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("tool", "fluidedge");
    p.put("version", build.version());
    p.put("commit", build.commit());
    p.put("java", System.getProperty("java.version"));
    p.put("scenario_sha256", scenarioFile == null ? null : sha256(scenarioFile));
    p.put("command", command);
    return p;
  }

  /**
   * Writes {@code dir/}{@value #FILE}: the provenance object of an aggregate (compare, sweep,
   * reproduce), atomically.
   *
   * @param dir          the aggregate's output directory
   * @param scenarioFile its scenario file, or null
   * @throws IOException if the file cannot be written
   */
  public static void write(Path dir, Path scenarioFile) throws IOException {
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(of(scenarioFile));
    AtomicFiles.writeString(dir.resolve(FILE), json + "\n");
  }

  /**
   * The hex SHA-256 of a file's bytes, or null when it cannot be read (a scenario built in
   * code, or a file removed since).
   *
   * @param file the file
   * @return 64 lower-case hex digits, or null
   */
  static String sha256(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** An argument as a shell would need it: quoted when it holds spaces or quotes. */
  private static String quote(String arg) {
    if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./=,:+@%-]+")) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
