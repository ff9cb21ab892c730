/** The large-model side: accuracy models of quantised features (PSNR) and their optima. */
package io.fluidedge.inference;
