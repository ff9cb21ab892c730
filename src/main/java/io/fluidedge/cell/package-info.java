/**
 * Users in space: where users stand in the cell around the base station, how they move from one
 * coherence block to the next, and the large-scale fading (path loss, line-of-sight state,
 * log-normal shadowing, thermal noise) that turns a position into a per-user link gain β_k and a
 * Doppler-driven block-to-block correlation. Pure functions and small value types; no event
 * kernel and no EJML.
 */
package io.fluidedge.cell;
