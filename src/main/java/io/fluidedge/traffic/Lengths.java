package io.fluidedge.traffic;

import java.util.Locale;
import java.util.Objects;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A distribution of token counts (prompt or answer lengths of LLM requests), on the integers
 * 1..max.
 *
 * <ul>
 *   <li>{@code lognormal}: {@code round(median · exp(σ·Z))}, Z standard normal, clamped to
 *       [1, max]: the heavy right tail of conversation traces (ShareGPT-style prompts and
 *       answers are close to lognormal);</li>
 *   <li>{@code zipf}: P(n) = n^(−s) / H(max, s) for n = 1..max, by inverse transform on the
 *       tabulated distribution function (max ≤ {@value #MAX_ZIPF}).</li>
 * </ul>
 *
 * @param kind      lognormal or zipf
 * @param parameter the median (lognormal, &gt; 0) or the exponent s (zipf, &gt; 0)
 * @param sigma     σ of the log (lognormal, &ge; 0); 0 for zipf
 * @param max       largest count (&ge; 1)
 */
public record Lengths(Kind kind, double parameter, double sigma, long max) {

  /** Largest support of a Zipf distribution (its distribution function is tabulated). */
  public static final long MAX_ZIPF = 10_000_000;

  /** The two families. */
  public enum Kind { LOGNORMAL, ZIPF }

  /** Validates the parameters; the message names the bad value. */
  public Lengths {
    Objects.requireNonNull(kind, "kind");
    if (!(parameter > 0) || Double.isInfinite(parameter)) {
      throw new IllegalArgumentException((kind == Kind.ZIPF ? "exponent" : "median")
          + " must be finite and > 0: " + parameter);
    }
    if (kind == Kind.LOGNORMAL ? !(sigma >= 0 && sigma <= 10) : sigma != 0) {
      throw new IllegalArgumentException("sigma must be in [0, 10] for lognormal, 0 for zipf: "
          + sigma);
    }
    if (max < 1 || (kind == Kind.ZIPF && max > MAX_ZIPF)) {
      throw new IllegalArgumentException("max must be in [1, " + (kind == Kind.ZIPF ? MAX_ZIPF
          : Long.MAX_VALUE) + "]: " + max);
    }
  }

  /**
   * Parses {@code lognormal:MEDIAN:SIGMA[:MAX]} (MAX default 1e6) or {@code zipf:S:MAX}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Lengths parse(String text) {
    String[] parts = text.trim().split(":", -1);
    try {
      String family = parts[0].toLowerCase(Locale.ROOT);
      if (family.equals("lognormal") && (parts.length == 3 || parts.length == 4)) {
        long max = parts.length == 4 ? whole(parts[3]) : 1_000_000;
        return new Lengths(Kind.LOGNORMAL, Double.parseDouble(parts[1]),
            Double.parseDouble(parts[2]), max);
      }
      if (family.equals("zipf") && parts.length == 3) {
        return new Lengths(Kind.ZIPF, Double.parseDouble(parts[1]), 0, whole(parts[2]));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number in '" + text + "': " + e.getMessage());
    }
    throw new IllegalArgumentException("expected lognormal:MEDIAN:SIGMA[:MAX] or zipf:S:MAX, got '"
        + text + "'");
  }

  private static long whole(String s) {
    double v = Double.parseDouble(s);
    if (v != Math.rint(v) || v > 9e15) {
      throw new NumberFormatException("max must be a whole number: " + s);
    }
    return (long) v;
  }

  /** A sampler drawing from {@code stream} (modified by every draw). */
  public Sampler sampler(RandomStream stream) {
    return new Sampler(this, stream);
  }

  /** Draws token counts; a Zipf sampler holds its distribution function (max doubles). */
  public static final class Sampler {

    private final Lengths lengths;
    private final RandomStream stream;
    private final double[] cdf;

    private Sampler(Lengths lengths, RandomStream stream) {
      this.lengths = lengths;
      this.stream = stream;
      this.cdf = lengths.kind == Kind.ZIPF ? zipfCdf(lengths.parameter, (int) lengths.max)
          : null;
    }

    /** The next count, in [1, max]. */
    public long next() {
      double u = stream.nextDouble();
      if (cdf == null) {
        double x = Math.rint(lengths.parameter * Math.exp(lengths.sigma * NormalDist.inverseF01(u)));
        return (long) Math.max(1, Math.min(lengths.max, x));
      }
      int lo = 0;
      int hi = cdf.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cdf[mid] < u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo + 1;
    }

    /** P(N ≤ n) for n = 1..max at index n − 1, the last entry exactly 1. */
    private static double[] zipfCdf(double s, int max) {
      double[] cdf = new double[max];
      double sum = 0;
      for (int n = 1; n <= max; n++) {
        sum += Math.pow(n, -s);
        cdf[n - 1] = sum;
      }
      for (int i = 0; i < max; i++) {
        cdf[i] /= sum;
      }
      cdf[max - 1] = 1;
      return cdf;
    }
  }
}
