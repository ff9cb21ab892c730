/**
 * The radio side: the BS antenna panel and antenna layouts, the field-response channel model of
 * Ma et al. (docs/model.md) and its block-to-block evolution. No event kernel, no EJML in signatures.
 */
package io.fluidedge.radio;
