/**
 * The multi-user MIMO uplink: channel matrices, interference-plus-noise covariances, rates for any
 * combiner, the closed-form and Riemannian combiners, and Schur-complement rate updates for moving
 * one antenna. EJML types stay inside this package and {@code optimize}.
 */
package io.fluidedge.link;
