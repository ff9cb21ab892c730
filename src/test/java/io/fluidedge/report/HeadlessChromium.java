package io.fluidedge.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium run headless on a local file: the DOM after load ({@code --dump-dom}) or a
 * screenshot, with Chromium's log on stderr (page console messages appear there as
 * {@code :CONSOLE} lines). Flags after the machine's notes: no sandbox (root), no GPU, no
 * background networking (the network is closed), a fresh profile.
 */
final class HeadlessChromium {

  /** Most time one page may take. */
  private static final long TIMEOUT_S = 120;

  private final Path binary;
  private final Path profile;

  private HeadlessChromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /** The browser binary: $CHROMIUM, else chromium or chromium-browser on the PATH; or null. */
  static Path find() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
      return Path.of(env);
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  static HeadlessChromium at(Path binary, Path scratch) throws IOException {
    return new HeadlessChromium(binary, Files.createDirectories(scratch.resolve("profile")));
  }

  /** What one Chromium run printed. */
  record Output(String stdout, String stderr) {

    /** The page's console messages from Chromium's log. */
    List<String> consoleLines() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  /** The DOM of {@code page} after its load event, with the log. */
  Output dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** A {@code width × height} screenshot of {@code page} into {@code png}. */
  Output screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(List.of("--window-size=" + width + "," + height, "--hide-scrollbars",
        "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
  }

  private Output run(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(args);
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + TIMEOUT_S + " s: " + cmd);
    }
    Output o = new Output(Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    if (p.exitValue() != 0) {
      throw new AssertionError("chromium exited with " + p.exitValue() + ": " + cmd + "\n"
          + o.stderr());
    }
    return o;
  }
}
