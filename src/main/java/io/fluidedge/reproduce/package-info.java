/**
 * The paper's figures reproduced from first principles ({@code fluidedge reproduce}): loss
 * against BCD iteration ({@link io.fluidedge.reproduce.Fig3LossVsIteration}), the
 * latency–accuracy trade-off against the sensitivity ρ
 * ({@link io.fluidedge.reproduce.Fig4Sensitivity}) and fluid against fixed-position antennas
 * against the number of BS antennas ({@link io.fluidedge.reproduce.Fig6Antennas}).
 *
 * <p>Every figure solves static problems: channel draw {@code d} (1-based) is the first draw of
 * the named stream {@code Streams.of(d, CHANNEL)}, so every configuration of a figure sees the
 * same channels (common random numbers), and each draw is solved cold by a fresh policy
 * instance. Draws run on a fixed thread pool ({@link io.fluidedge.reproduce.Draws}); results are
 * indexed by draw and reduced in draw order, so they do not depend on the thread count.
 *
 * <p>The base scenario is {@code scenarios/default.yaml}'s values
 * ({@link io.fluidedge.reproduce.Reference}). The optimizer lives in {@code optimize}; this
 * package only runs it, reduces the results and writes {@code figN.csv} and {@code figN.png}.
 */
package io.fluidedge.reproduce;
