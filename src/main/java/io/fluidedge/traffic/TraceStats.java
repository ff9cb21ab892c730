package io.fluidedge.traffic;

import io.fluidedge.scenario.Traffic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Summary of a trace (or any source) from one streaming pass.
 *
 * <p>Means and variances use Welford's update, stable over millions of rows. Statistics of an
 * empty set are NaN (min and max included).
 *
 * @param count             requests read
 * @param firstTimeS        time of the first request, s
 * @param lastTimeS         time of the last request, s
 * @param perUserCounts     requests per user, index = user (at least {@code users} entries)
 * @param featuresMean      mean feature elements per request
 * @param featuresMin       least feature elements
 * @param featuresMax       most feature elements
 * @param tokensMean        mean tokens per request
 * @param tokensMin         least tokens
 * @param tokensMax         most tokens
 * @param interArrivalMeanS mean gap between consecutive requests, s (needs 2 requests)
 * @param interArrivalCv    coefficient of variation of the gaps: sample standard deviation
 *                          over mean (needs 3 requests; 1 for Poisson, 0 for evenly spaced)
 * @param rejectedRows      rows skipped as malformed (on-bad-row: skip)
 */
public record TraceStats(long count, double firstTimeS, double lastTimeS, List<Long> perUserCounts,
    double featuresMean, double featuresMin, double featuresMax, double tokensMean,
    double tokensMin, double tokensMax, double interArrivalMeanS, double interArrivalCv,
    long rejectedRows) {

  /** Copies the per-user counts. */
  public TraceStats {
    perUserCounts = List.copyOf(perUserCounts);
    if (count < 0 || rejectedRows < 0) {
      throw new IllegalArgumentException("counts must be >= 0: " + count + ", " + rejectedRows);
    }
  }

  /** Time between the first and the last request, s (0 with fewer than 2 requests). */
  public double durationS() {
    return count < 2 ? 0.0 : lastTimeS - firstTimeS;
  }

  /** Mean arrival rate, requests/s: 1 / mean inter-arrival time (NaN with fewer than 2). */
  public double meanRateHz() {
    return 1.0 / interArrivalMeanS;
  }

  /**
   * Reads {@code source} to its end (does not close it).
   *
   * @param users report at least this many users (0 for only those seen)
   */
  public static TraceStats of(TrafficSource source, int users) {
    Objects.requireNonNull(source, "source");
    long[] perUser = new long[Math.max(users, 1)];
    int maxUser = users - 1;
    long n = 0;
    double first = Double.NaN;
    double last = Double.NaN;
    Moments features = new Moments();
    Moments tokens = new Moments();
    Moments gaps = new Moments();
    Request r;
    while ((r = source.next()) != null) {
      if (n == 0) {
        first = r.timeS();
      } else {
        gaps.add(r.timeS() - last);
      }
      last = r.timeS();
      n++;
      if (r.user() >= perUser.length) {
        perUser = Arrays.copyOf(perUser, Math.max(r.user() + 1, 2 * perUser.length));
      }
      perUser[r.user()]++;
      maxUser = Math.max(maxUser, r.user());
      features.add(r.features());
      tokens.add(r.tokens());
    }
    List<Long> counts = new ArrayList<>(maxUser + 1);
    for (int k = 0; k <= maxUser; k++) {
      counts.add(perUser[k]);
    }
    return new TraceStats(n, first, last, counts, features.mean(), features.min, features.max,
        tokens.mean(), tokens.min, tokens.max, gaps.mean(), gaps.sd() / gaps.mean(),
        source.rejectedRows());
  }

  /**
   * Opens, reads and closes a trace with {@link TraceReader}.
   *
   * @see TraceReader#open(Path, Traffic, int, double)
   */
  public static TraceStats scan(Path file, Traffic settings, int users, double defaultFeatures) {
    try (TraceReader reader = TraceReader.open(file, settings, users, defaultFeatures)) {
      return of(reader, 0);
    }
  }

  /** A readable multi-line summary (English, SI units, '.' decimal point). */
  public String report() {
    StringBuilder sb = new StringBuilder();
    line(sb, "requests", Long.toString(count));
    if (rejectedRows > 0) {
      line(sb, "rejected rows", Long.toString(rejectedRows));
    }
    if (count > 0) {
      line(sb, "time span", f(firstTimeS) + " .. " + f(lastTimeS) + " s (" + f(durationS())
          + " s)");
    }
    line(sb, "mean rate", count < 2 ? "n/a" : durationS() == 0
        ? "n/a (every request at one instant)" : f(meanRateHz()) + " requests/s");
    line(sb, "inter-arrival", count < 2 ? "n/a"
        : "mean " + f(interArrivalMeanS) + " s, CV " + (count < 3 ? "n/a" : f(interArrivalCv)));
    if (count > 0) {
      line(sb, "features", "mean " + f(featuresMean) + ", min " + f(featuresMin) + ", max "
          + f(featuresMax));
      line(sb, "tokens", "mean " + f(tokensMean) + ", min " + f(tokensMin) + ", max "
          + f(tokensMax));
    }
    line(sb, "users", Integer.toString(perUserCounts.size()));
    for (int k = 0; k < perUserCounts.size(); k++) {
      long c = perUserCounts.get(k);
      line(sb, "  user " + k, c + (count > 0 ? String.format(Locale.ROOT, " (%.1f%%)",
          100.0 * c / count) : ""));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return report();
  }

  private static void line(StringBuilder sb, String key, String value) {
    sb.append(String.format(Locale.ROOT, "%-15s %s%n", key + ":", value));
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.6g", v);
  }

  /** Welford's running mean and variance, plus extremes. */
  private static final class Moments {
    long n;
    double mean;
    double m2;
    double min = Double.NaN;
    double max = Double.NaN;

    void add(double x) {
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
      min = n == 1 ? x : Math.min(min, x);
      max = n == 1 ? x : Math.max(max, x);
    }

    double mean() {
      return n == 0 ? Double.NaN : mean;
    }

    double sd() {
      return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
    }
  }
}
