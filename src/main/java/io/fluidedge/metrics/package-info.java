/**
 * Run metrics: latency recording, time windows, optimizer statistics and the output files of
 * {@code fluidedge run}.
 *
 * <p>What a run emits is one record type per thing, from the event loop to the files and to
 * entity plugins: a {@link io.fluidedge.metrics.RequestRecord} per request (at arrival, uplink
 * done, inference done, or drop) and a {@link io.fluidedge.metrics.BlockRecord} per coherence
 * block, handed to {@link io.fluidedge.metrics.RunListener}s. The output writer,
 * {@link io.fluidedge.metrics.RunRecorder}, is one such listener (the entity-plugin hub is the
 * other); it also takes activity spans for {@code trace.json}. At the end
 * {@link io.fluidedge.metrics.RunOutputs} writes {@code summary.json}, {@code windows.csv},
 * {@code blocks.csv}, {@code latency.hlog} and the optional {@code requests.csv.gz} and
 * {@code trace.json} (contract: docs/formats.md); the plots are drawn by
 * {@link io.fluidedge.plots.RunPlots}. The opt-in {@link io.fluidedge.metrics.EventLog} is another
 * listener ({@code events.log}, one line per event), joined to the recorder by
 * {@link io.fluidedge.metrics.RunListener#tee}; {@link io.fluidedge.metrics.RunLog} is an output
 * folder's {@code run.log}, started and stopped with the folder's lock. Nothing here knows the
 * event kernel or the numeric libraries.
 *
 * <p>Latencies are recorded into HdrHistogram in nanoseconds with 3 significant digits
 * (conversion in {@link io.fluidedge.metrics.Nanos#fromSeconds(double)} only), so percentiles are
 * exact to 0.1 %; means and maxima are kept exactly beside the histograms.
 *
 * <p>Determinism: the same recorded values give byte-identical {@code summary.json},
 * {@code windows.csv} and {@code blocks.csv}, except fields whose names contain {@code _wall_}.
 * Numbers are written by {@link io.fluidedge.metrics.Formats#decimal(double)} (12 significant
 * digits, independent of the JDK's {@code Double.toString}). Statistics of an empty population
 * are {@code null} in JSON and empty fields in CSV, never NaN or Infinity.
 *
 * <p>Every file is written atomically ({@link io.fluidedge.metrics.AtomicFiles}); rows that can
 * be many (blocks, requests, spans, window histograms) are streamed to hidden temporary files
 * during the run and moved into place at the end, so memory grows only with the number of
 * windows (and a bounded antenna-trajectory sample for the plot).
 */
package io.fluidedge.metrics;
