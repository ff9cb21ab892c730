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
 *
 * <p>{@code reproduce}: the paper's figures from first principles (DESIGN §4): loss against BCD
 * iteration ({@link io.fluidedge.experiments.Fig3LossVsIteration}), the
 * latency–accuracy trade-off against the sensitivity ρ
 * ({@link io.fluidedge.experiments.Fig4Sensitivity}) and fluid against fixed-position antennas
 * against the number of BS antennas ({@link io.fluidedge.experiments.Fig6Antennas}).
 *
 * <p>Every figure solves static problems: channel draw {@code d} (1-based) is the first draw of
 * the named stream {@code Streams.of(d, CHANNEL)}, so every configuration of a figure sees the
 * same channels (common random numbers), and each draw is solved cold by a fresh policy
 * instance. Draws run on a fixed thread pool ({@link io.fluidedge.experiments.Draws}); results
 * are indexed by draw and reduced in draw order, so they do not depend on the thread count.
 * Means carry 95 % Student-t confidence half-widths ({@link io.fluidedge.experiments.MeanCi}).
 *
 * <p>The base scenario is {@code scenarios/default.yaml}'s values
 * ({@link io.fluidedge.experiments.Reference}). The optimizer lives in {@code optimize}; this
 * package only runs it, reduces the results and writes {@code figN.csv} and {@code figN.png}.
 */
package io.fluidedge.experiments;
