/**
 * Every chart FluidEdge draws (JFreeChart, headless, PNG): a run's plots
 * ({@link io.fluidedge.plots.RunPlots}: latency percentiles per window, latency CDF per user,
 * antenna trajectories), the comparison charts ({@link io.fluidedge.plots.CompareCharts}) and the
 * figures' shared layout ({@link io.fluidedge.plots.Charts}).
 */
package io.fluidedge.plots;
