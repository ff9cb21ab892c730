/**
 * The compute-energy entity plugin: energy of the server's inference per request, from the bits
 * the request actually used, and of the base station's combiner computation per coherence block,
 * with the bit-width-scaled MAC and memory model of the compressed-DNN-precoder study
 * (Kasalaee, Hasanzadeh Karkan, Frigon, Leduc-Primeau, "Compression of Site-Specific Deep Neural
 * Networks for Massive MIMO Precoding", arXiv 2502.08758).
 */
package io.fluidedge.energy;
