package io.fluidedge.metrics;

import org.HdrHistogram.Histogram;

/** Running sums and a latency histogram (ns, 3 digits) over a population of requests. */
final class Tally {

  final Histogram histogram = new Histogram(3);
  private long count;
  private double latencySumS;
  private double latencyMaxS;
  private double uplinkSumS;
  private double serverSumS;
  private double psnrSumDb;
  private double bitsSum;

  void add(RequestRecord r) {
    double latencyS = r.latencyS();
    histogram.recordValue(Nanos.fromSeconds(latencyS));
    count++;
    latencySumS += latencyS;
    latencyMaxS = Math.max(latencyMaxS, latencyS);
    uplinkSumS += r.uplinkS();
    serverSumS += r.serverS();
    psnrSumDb += r.psnrDb();
    bitsSum += r.bits();
  }

  long count() {
    return count;
  }

  LatencyStats latency() {
    return LatencyStats.of(histogram, latencySumS, latencyMaxS);
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

  void reset() {
    histogram.reset();
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
