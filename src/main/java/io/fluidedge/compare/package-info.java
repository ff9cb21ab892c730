/**
 * {@code fluidedge compare}'s reports: {@link io.fluidedge.compare.CompareReport} writes
 * compare.csv, compare.md and compare_windows.csv from the runs of each policy on the same seeds,
 * with paired differences against the first policy. The charts are in {@link io.fluidedge.plots}.
 */
package io.fluidedge.compare;
