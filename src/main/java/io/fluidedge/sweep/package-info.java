/**
 * Resumable parameter sweeps: a {@link io.fluidedge.sweep.SweepPlan} of grids
 * ({@link io.fluidedge.sweep.SweepGrid}) lists {@link io.fluidedge.sweep.RunSpec}s (strings and
 * numbers only), which {@link io.fluidedge.sweep.SweepRunner} runs locally into
 * {@code runs/<cell>-<seed>-<hash>/} (skipping runs finished earlier) or
 * {@link io.fluidedge.sweep.SweepRunner#runOne} on any machine that has the scenario file, and
 * {@link io.fluidedge.sweep.ResultsCsv} aggregates in plan order, so a distributed runner (e.g.
 * Spark) writes the same {@code results.csv} as the local one.
 */
package io.fluidedge.sweep;
