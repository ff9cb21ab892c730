package io.fluidedge.plugin;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.metrics.RequestRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in entity plugin {@code occupancy}: how many requests are in the network over time
 * (on the uplink, at the server, in total), time-averaged exactly from the events, with Little's
 * law L = λ·W as a check. Optionally samples the count every {@code sample-period-s} with its own
 * events (arrivals see time averages, PASTA, and so do periodic samples in the long run).
 *
 * <p>summary.json section: {@code time_average_in_system, time_average_uplink,
 * time_average_server, max_in_system, arrival_rate_hz, mean_latency_s, littles_law_in_system
 * (λ·W), samples, sampled_mean_in_system}. blocks.csv column: {@code occupancy_in_system} at
 * each block start. Requests still in flight at the end count in the averages, not in W, so
 * L and λ·W agree only when the run is long against the latency.
 */
final class Occupancy implements EntityPlugin {

  private final double samplePeriodS;
  private EntityContext context;
  private long uplink;
  private long server;
  private long maxInSystem;
  private double lastS;
  private double uplinkArea;
  private double serverArea;
  private long arrivals;
  private long completed;
  private double latencySumS;
  private long samples;
  private double sampleSum;

  Occupancy(double samplePeriodS) {
    this.samplePeriodS = samplePeriodS;
  }

  @Override
  public void start(EntityContext ctx) {
    this.context = ctx;
    if (samplePeriodS > 0) {
      ctx.schedule(samplePeriodS, this::sample);
    }
  }

  private void sample() {
    samples++;
    sampleSum += uplink + server;
    context.schedule(samplePeriodS, this::sample);
  }

  private void advance() {
    double now = context.now();
    uplinkArea += uplink * (now - lastS);
    serverArea += server * (now - lastS);
    lastS = now;
  }

  @Override
  public void arrival(RequestRecord request) {
    advance();
    arrivals++;
    uplink++;
    maxInSystem = Math.max(maxInSystem, uplink + server);
  }

  /** A request removed at its deadline leaves the stage it was in. */
  @Override
  public void expired(RequestRecord request) {
    advance();
    if (Double.isNaN(request.uplinkDoneS())) {
      uplink--;
    } else {
      server--;
    }
  }

  @Override
  public void uplinkDone(RequestRecord request) {
    advance();
    uplink--;
    server++;
  }

  @Override
  public void inferenceDone(RequestRecord request) {
    advance();
    server--;
    completed++;
    latencySumS += request.latencyS();
  }

  @Override
  public List<String> blockColumns() {
    return List.of("occupancy_in_system");
  }

  @Override
  public double[] blockValues(BlockRecord block) {
    return new double[] {uplink + server};
  }

  @Override
  public Map<String, Object> summary() {
    advance();
    double t = context.now();
    double lambda = t > 0 ? arrivals / t : Double.NaN;
    double w = completed > 0 ? latencySumS / completed : Double.NaN;
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("time_average_in_system", t > 0 ? (uplinkArea + serverArea) / t : Double.NaN);
    s.put("time_average_uplink", t > 0 ? uplinkArea / t : Double.NaN);
    s.put("time_average_server", t > 0 ? serverArea / t : Double.NaN);
    s.put("max_in_system", maxInSystem);
    s.put("arrival_rate_hz", lambda);
    s.put("mean_latency_s", w);
    s.put("littles_law_in_system", lambda * w);
    s.put("samples", samples);
    s.put("sampled_mean_in_system", samples > 0 ? sampleSum / samples : Double.NaN);
    return s;
  }
}
