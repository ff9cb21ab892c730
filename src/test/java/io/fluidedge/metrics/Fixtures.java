package io.fluidedge.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Seeded synthetic inputs and output masking shared by the metrics tests. */
public final class Fixtures {

  private static final Pattern JSON_WALL = Pattern.compile("(\"[^\"]*_wall_[^\"]*\": )[^,\\n}]*");

  private Fixtures() {}

  /** Requests with non-decreasing completion times, exponential-ish latencies of a few ms. */
  static List<RequestRecord> requests(long seed, int users, int n, double rateHz) {
    Random rnd = new Random(seed);
    List<RequestRecord> out = new ArrayList<>(n);
    double done = 0;
    for (int i = 0; i < n; i++) {
      done += -Math.log(1 - rnd.nextDouble()) / rateHz;
      double uplink = 1e-3 + 4e-3 * rnd.nextDouble();
      double server = 2e-4 + 1e-3 * rnd.nextDouble();
      double queueUp = rnd.nextDouble() < 0.3 ? -Math.log(1 - rnd.nextDouble()) * 5e-3 : 0;
      double queueServer = rnd.nextDouble() < 0.1 ? 2e-3 * rnd.nextDouble() : 0;
      double inferenceStart = done - server;
      double uplinkDone = inferenceStart - queueServer;
      double uplinkStart = uplinkDone - uplink;
      double arrival = Math.max(0, uplinkStart - queueUp);
      uplinkStart = Math.max(arrival, uplinkStart);
      int bits = 4 + rnd.nextInt(12);
      out.add(new RequestRecord(i, rnd.nextInt(users), arrival, uplinkStart, uplinkDone, inferenceStart,
          done, bits, 6.02 * bits + 10.8, 151296, 1 + rnd.nextInt(3), 0));
    }
    return out;
  }

  /** Blocks every {@code coherenceS} with drifting antenna positions; wall times from {@code wallSeed}. */
  static List<BlockRecord> blocks(long seed, long wallSeed, int users, int antennas, int n, double coherenceS) {
    Random rnd = new Random(seed);
    Random wall = new Random(wallSeed);
    double[][] pos = new double[antennas][2];
    for (int m = 0; m < antennas; m++) {
      pos[m][0] = 0.3 * rnd.nextDouble();
      pos[m][1] = 0.3 * rnd.nextDouble();
    }
    List<BlockRecord> out = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      double[] rates = new double[users];
      int[] bits = new int[users];
      double[] cpu = new double[users];
      for (int k = 0; k < users; k++) {
        rates[k] = 2 + 6 * rnd.nextDouble();
        bits[k] = 1 + rnd.nextInt(32);
        cpu[k] = 1e14 / users;
      }
      for (int m = 0; m < antennas; m++) {
        pos[m][0] += 1e-3 * (rnd.nextDouble() - 0.5);
        pos[m][1] += 1e-3 * (rnd.nextDouble() - 0.5);
      }
      out.add(BlockRecord.of(b, b * coherenceS, -0.5 + rnd.nextDouble(), 1 + rnd.nextInt(20), true,
          0.05 + wall.nextDouble(), rates, bits, cpu, pos));
    }
    return out;
  }

  /**
   * summary.json without its last section, {@code provenance} (build, Java, command line: it
   * differs between machines and commands); the text is then what it was before that section
   * existed.
   */
  public static String withoutProvenance(String json) {
    return PROVENANCE.matcher(json).replaceFirst("");
  }

  private static final java.util.regex.Pattern PROVENANCE =
      java.util.regex.Pattern.compile(",\n  \"provenance\": \\{[^}]*\\}");

  /** Replaces the values of CSV columns and JSON keys whose names contain {@code _wall_} by {@code *}. */
  public static String maskWall(String csvOrJson) {
    if (csvOrJson.startsWith("{")) {
      return JSON_WALL.matcher(withoutProvenance(csvOrJson)).replaceAll("$1*");
    }
    String[] lines = csvOrJson.split("\n", -1);
    String[] header = lines[0].split(",", -1);
    StringBuilder sb = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      sb.append('\n');
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] fields = lines[i].split(",", -1);
      for (int c = 0; c < fields.length; c++) {
        if (c < header.length && header[c].contains("_wall_")) {
          fields[c] = "*";
        }
      }
      sb.append(String.join(",", fields));
    }
    return sb.toString();
  }
}
