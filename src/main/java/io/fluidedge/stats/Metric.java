package io.fluidedge.stats;

import java.util.function.ToDoubleFunction;

/**
 * A per-run number that {@code compare} estimates over replications, in compare.csv order.
 * The first four are the docs/formats.md contract metrics.
 */
public enum Metric {
  /** Mean end-to-end latency of the completed requests, s. */
  LATENCY_MEAN_S("latency_mean_s", RunSummary::latencyMeanS),
  /** 99th-percentile latency, s. */
  LATENCY_P99_S("latency_p99_s", RunSummary::latencyP99S),
  /** Mean PSNR of the quantized features, dB. */
  PSNR_DB_MEAN("psnr_db_mean", RunSummary::psnrDbMean),
  /** Mean optimizer loss J over the coherence blocks (s − ρ·dB). */
  LOSS("loss", RunSummary::lossMean),
  /** Median latency, s. */
  LATENCY_P50_S("latency_p50_s", RunSummary::latencyP50S),
  /** Requests completed within the simulated time. */
  COMPLETED("completed", s -> s.completed());

  private final String column;
  private final ToDoubleFunction<RunSummary> value;

  Metric(String column, ToDoubleFunction<RunSummary> value) {
    this.column = column;
    this.value = value;
  }

  /** The name written in the {@code metric} column, e.g. {@code latency_mean_s}. */
  public String column() {
    return column;
  }

  /**
   * This metric of one run.
   *
   * @param run the run's summary
   * @return the value (NaN when the run has none, e.g. no completed requests)
   */
  public double of(RunSummary run) {
    return value.applyAsDouble(run);
  }
}
