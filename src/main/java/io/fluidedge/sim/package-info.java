/**
 * The discrete-event network model on SSJ (docs/model.md): entities, events and the run façade.
 *
 * <p>{@link io.fluidedge.sim.NetworkSimulation} builds one SSJ simulator per run with the entities
 * (user devices, base station, fluid-antenna panel, edge server, controller) and runs it to the
 * scenario's duration. Events are small final classes naming what happened ({@code BlockStart},
 * {@code AllocationApplied}, {@code RequestArrival}, {@code UplinkDone}, {@code InferenceDone});
 * each calls one entity method, and at equal times they act in that order (explicit SSJ
 * priorities), so a block boundary acts before arrivals and completions. Block k starts at k·T_c.
 *
 * <p>Rates and server speeds are piecewise constant: a transmission or service in progress keeps
 * its remaining work and is re-timed whenever its rate changes. This is the only package that
 * imports {@code umontreal.ssj.simevents}.
 */
package io.fluidedge.sim;
