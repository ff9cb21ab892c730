/**
 * Multi-SPIN: multi-access speculative inference at the edge as a FluidEdge entity plugin. Users
 * draft tokens with a small on-device model, upload the drafts over the fluid-antenna uplink, and
 * the edge server's large model verifies every user's draft in one batch; the draft lengths are
 * chosen per coherence block to maximise the sum token goodput ({@link
 * io.fluidedge.multispin.DraftControl}).
 */
package io.fluidedge.multispin;
