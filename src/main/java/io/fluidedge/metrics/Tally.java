package io.fluidedge.metrics;

import org.HdrHistogram.Histogram;

/**
 * Running sums and a latency histogram (ns, 3 digits) over a population of requests.
 *
 * <p>A population made of smaller ones (the run of its users, a class of its users) keeps its
 * sums request by request but records no histogram of its own: its histogram is the sum of its
 * members' ({@link Histogram#add}), the same counts in the same buckets as recording every
 * request again, so the same percentiles, for one histogram update per request instead of two
 * or three. Each request added to such a tally must be added to exactly one of its members.
 */
final class Tally {

  private Histogram histogram = new Histogram(3);
  /** The member populations, or null when this tally records its own histogram. */
  private final Tally[] members;
  private long count;
  private double latencySumS;
  private double latencyMaxS;
  private double uplinkSumS;
  private double serverSumS;
  private double psnrSumDb;
  private double bitsSum;

  /** A population that records its own histogram. */
  Tally() {
    this.members = null;
  }

  /**
   * A population whose histogram is the sum of its members' histograms.
   *
   * @param members the member populations, each recording its own histogram (not copied)
   */
  Tally(Tally[] members) {
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
    if (members == null) {
      histogram.recordValue(Nanos.fromSeconds(latencyS));
    }
    count++;
    latencySumS += latencyS;
    latencyMaxS = Math.max(latencyMaxS, latencyS);
    uplinkSumS += uplinkS;
    serverSumS += serverS;
    psnrSumDb += psnrDb;
    bitsSum += bits;
  }

  /** Adds a completed request's latency, service times, accuracy and bits. */
  void add(RequestRecord r) {
    add(r.latencyS(), r.uplinkS(), r.serverS(), r.psnrDb(), r.bits());
  }

  long count() {
    return count;
  }

  /**
   * The latency histogram, ns: this tally's own (not to be modified), or a new sum of its
   * members'.
   */
  Histogram histogram() {
    if (members == null) {
      return histogram;
    }
    Histogram sum = new Histogram(3);
    for (Tally m : members) {
      sum.add(m.histogram());
    }
    return sum;
  }

  LatencyStats latency() {
    return LatencyStats.of(histogram(), latencySumS, latencyMaxS);
  }

  /** Sum of the latencies, s. */
  double latencySumS() {
    return latencySumS;
  }

  /** Largest latency, s (0 with none). */
  double latencyMaxS() {
    return latencyMaxS;
  }

  double uplinkMeanS() {
    return mean(uplinkSumS);
  }

  double serverMeanS() {
    return mean(serverSumS);
  }

  double psnrMeanDb() {
    return mean(psnrSumDb);
  }

  double bitsMean() {
    return mean(bitsSum);
  }

  /**
   * Starts over, empty, with {@code empty} as the histogram (this tally no longer uses its old
   * one, and does not clear it).
   *
   * @param empty an empty histogram of the old one's shape
   */
  void restart(Histogram empty) {
    if (members != null || empty.getTotalCount() != 0) {
      throw new IllegalStateException("restart needs a tally with its own histogram and an "
          + "empty histogram");
    }
    histogram = empty;
    count = 0;
    latencySumS = 0;
    latencyMaxS = 0;
    uplinkSumS = 0;
    serverSumS = 0;
    psnrSumDb = 0;
    bitsSum = 0;
  }

  private double mean(double sum) {
    return count == 0 ? Double.NaN : sum / count;
  }
}
