package io.fluidedge.metrics;

import org.HdrHistogram.Histogram;

/**
 * Running sums over a population of requests (its {@link LatencySums}, and the sums of the
 * service times and bits), and its latency histogram (ns, 3 digits).
 *
 * <p>The histogram is not recorded here: a user's is recorded on the latency log's thread
 * ({@link HlogWriter}), which must have taken every request before it is read ({@code sync});
 * a population made of users (the run, a class) has the sum of its members' histograms
 * ({@link Histogram#add}: the same counts in the same buckets as recording every request again,
 * so the same percentiles). Each request added to a population of members must be added to
 * exactly one of its members.
 */
final class Tally {

  /** This tally's histogram, recorded elsewhere; null for a sum of members. */
  private final Histogram histogram;
  /** Run before the histogram is read: it then holds every request added. */
  private final Runnable sync;
  /** The member populations, or null. */
  private final Tally[] members;
  private final LatencySums sums = new LatencySums();
  private double uplinkSumS;
  private double serverSumS;
  private double bitsSum;

  /**
   * A population whose histogram is recorded elsewhere.
   *
   * @param histogram the histogram, recorded elsewhere with every request added here
   * @param sync      makes the histogram complete; run before each read
   */
  Tally(Histogram histogram, Runnable sync) {
    this(histogram, sync, null);
  }

  /**
   * A population whose histogram is the sum of its members' histograms.
   *
   * @param members the member populations, each with a histogram (not copied)
   */
  Tally(Tally[] members) {
    this(null, null, members);
  }

  private Tally(Histogram histogram, Runnable sync, Tally[] members) {
    this.histogram = histogram;
    this.sync = sync;
    this.members = members;
  }

  /**
   * Adds a completed request.
   *
   * @param latencyS end-to-end latency, s (finite, &ge; 0)
   * @param uplinkS  uplink service time, s
   * @param serverS  server service time, s
   * @param psnrDb   accuracy, dB
   * @param bits     quantization bits
   */
  void add(double latencyS, double uplinkS, double serverS, double psnrDb, int bits) {
    sums.add(latencyS, psnrDb);
    uplinkSumS += uplinkS;
    serverSumS += serverS;
    bitsSum += bits;
  }

  /**
   * The latency histogram, ns: this tally's own, complete (not to be modified), or a new sum of
   * its members'.
   */
  Histogram histogram() {
    if (members != null) {
      return sum(members);
    }
    sync.run();
    return histogram;
  }

  /** A new histogram, the sum of the tallies' histograms. */
  static Histogram sum(Tally[] tallies) {
    Histogram sum = new Histogram(3);
    for (Tally t : tallies) {
      sum.add(t.histogram());
    }
    return sum;
  }

  LatencyStats latency() {
    return LatencyStats.of(histogram(), sums.latencySumS(), sums.latencyMaxS());
  }

  double uplinkMeanS() {
    return mean(uplinkSumS);
  }

  double serverMeanS() {
    return mean(serverSumS);
  }

  double psnrMeanDb() {
    return sums.psnrMeanDb();
  }

  double bitsMean() {
    return mean(bitsSum);
  }

  private double mean(double sum) {
    long n = sums.count();
    return n == 0 ? Double.NaN : sum / n;
  }
}
