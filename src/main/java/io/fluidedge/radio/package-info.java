/**
 * The radio side: the BS antenna panel and antenna layouts, the per-user channel interface
 * ({@link io.fluidedge.radio.UserChannel}: rows of H_k and their gradient), the built-in channel
 * models (the field-response multipath channel of Ma et al. and the spatially correlated
 * fluid-antenna port channel; docs/model.md) and their block-to-block evolution. No event kernel, no EJML in
 * signatures.
 */
package io.fluidedge.radio;
