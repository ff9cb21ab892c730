/**
 * Experiments over many runs: replications on common random numbers, policy comparisons with
 * paired confidence intervals, and resumable parameter sweeps.
 *
 * <p>The engine: {@link io.fluidedge.experiments.Replications} runs independent simulations on a
 * fixed thread pool and returns one {@link io.fluidedge.experiments.RunSummary} per run, in task
 * order, so no output depends on the number of threads. Replication {@code i} of any policy or
 * grid cell uses seed {@code scenario.seed + i}; every random input is drawn from streams named
 * under that seed, so two policies (or two cells) see the same channels and the same requests.
 * {@link io.fluidedge.experiments.PairedStats} turns per-seed values into means with t-based 95 %
 * confidence half-widths and paired differences.
 *
 * <p>{@code compare}: {@link io.fluidedge.experiments.CompareReport} (compare.csv, compare.md,
 * compare_windows.csv) and {@link io.fluidedge.experiments.CompareCharts} (latency CDFs and
 * percentiles over time). {@code sweep}: a {@link io.fluidedge.experiments.SweepPlan} lists
 * {@link io.fluidedge.experiments.RunSpec}s (strings and numbers only), which
 * {@link io.fluidedge.experiments.SweepRunner#runOne} turns into summaries on any machine that
 * has the scenario file, and {@link io.fluidedge.experiments.ResultsCsv} aggregates in plan
 * order, so a distributed runner (e.g. Spark) writes the same {@code results.csv} as the local
 * {@link io.fluidedge.experiments.SweepRunner}.
 */
package io.fluidedge.experiments;
