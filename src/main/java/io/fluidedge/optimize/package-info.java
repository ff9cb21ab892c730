/**
 * The optimizer: the loss J, block coordinate descent over CPU shares, bits, combiners and antenna
 * positions (fast and paper solvers), and the built-in policies and baselines. Knows nothing of
 * the event kernel.
 */
package io.fluidedge.optimize;
