package io.fluidedge.traffic;

import io.fluidedge.scenario.Traffic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helpers: trace settings, files and reading. */
final class Traces {

  static final Traffic.Columns DEFAULT_COLUMNS =
      new Traffic.Columns("time_s", "user", "features", "tokens");

  private Traces() {
  }

  static Traffic settings() {
    return settings(DEFAULT_COLUMNS, 0, Traffic.UserAssignment.ROUND_ROBIN, 1.0,
        Traffic.OnBadRow.FAIL);
  }

  static Traffic skipping() {
    return settings(DEFAULT_COLUMNS, 0, Traffic.UserAssignment.ROUND_ROBIN, 1.0,
        Traffic.OnBadRow.SKIP);
  }

  static Traffic settings(Traffic.Columns columns, double featuresPerToken,
      Traffic.UserAssignment assignment, double timeScale, Traffic.OnBadRow onBadRow) {
    return new Traffic("trace", 0, "trace.csv", columns, featuresPerToken, assignment, timeScale,
        onBadRow);
  }

  static Path write(Path file, String text) {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path gzip(Path file, String text) {
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
      os.write(text.getBytes(StandardCharsets.UTF_8));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Request> readAll(Path file, Traffic settings, int users) {
    try (TraceReader reader = TraceReader.open(file, settings, users, 1000)) {
      return drain(reader);
    }
  }

  static List<Request> drain(TrafficSource source) {
    List<Request> out = new ArrayList<>();
    Request r;
    while ((r = source.next()) != null) {
      out.add(r);
    }
    return out;
  }
}
