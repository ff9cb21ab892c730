/**
 * Request traffic: where requests come from and how traces are read, written and summarised.
 *
 * <p>A {@link io.fluidedge.traffic.TrafficSource} hands out {@link io.fluidedge.traffic.Request}s
 * in non-decreasing time order. Sources: {@link io.fluidedge.traffic.PoissonSource} (the
 * scenario's {@code traffic.source: poisson}), {@link io.fluidedge.traffic.OnOffSource} (bursty),
 * {@link io.fluidedge.traffic.PeriodicSource} (frames) and {@link io.fluidedge.traffic.TraceReader}
 * (a CSV or {@code .csv.gz} trace, streamed in constant memory, with the column mapping of the
 * scenario's {@code traffic} section). {@link io.fluidedge.traffic.TraceGenerator} writes synthetic
 * traces in the same format, {@link io.fluidedge.traffic.TraceStats} summarises one in a single
 * pass, and {@link io.fluidedge.scenario.Streams} derives explicit MRG32k3a seeds.
 * {@link io.fluidedge.traffic.TraceVerdicts} remembers full reads of unchanged traces (in memory
 * and in the user's cache directory) so a run need not check the same trace twice; a trace is
 * decompressed and decoded on a read-ahead thread while it is parsed.
 *
 * <p>Nothing here knows the event kernel: the simulator pulls requests and schedules the arrivals.
 * Every random source draws from a {@link umontreal.ssj.rng.RandomStream} the caller seeded.
 */
package io.fluidedge.traffic;
