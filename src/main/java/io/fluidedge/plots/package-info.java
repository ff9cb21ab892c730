/**
 * Every figure FluidEdge draws, with JFreeChart in one {@link io.fluidedge.plots.Theme}, written
 * as PNG, SVG (JFreeSVG) or PDF (JFreePDF) by {@link io.fluidedge.plots.FigureFiles}: a run's
 * figures ({@link io.fluidedge.plots.RunPlots}: latency percentiles over time, latency CDF per
 * user, the antenna map), the comparison figures ({@link io.fluidedge.plots.CompareCharts}) and
 * the paper's figures ({@link io.fluidedge.plots.ReproduceCharts}). Each is drawn from data that
 * its output folder keeps in files ({@link io.fluidedge.plots.Folders}), so {@code plot} can
 * redraw any folder without running again.
 */
package io.fluidedge.plots;
