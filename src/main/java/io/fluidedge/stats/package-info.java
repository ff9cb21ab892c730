/**
 * Statistics over runs: the numbers kept of one run ({@link io.fluidedge.stats.RunSummary}, read
 * from its summary.json text, with optional {@link io.fluidedge.stats.LatencyCurves}), means with
 * t-based 95 % confidence half-widths ({@link io.fluidedge.stats.MeanCi}), paired differences on
 * common random numbers ({@link io.fluidedge.stats.PairedStats}) and window-wise means over
 * replications ({@link io.fluidedge.stats.WindowMeans}).
 */
package io.fluidedge.stats;
