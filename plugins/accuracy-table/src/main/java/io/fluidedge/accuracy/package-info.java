/**
 * The accuracy-table plugin: an accuracy model read from a CSV table of (bits, accuracy), e.g. a
 * measured accuracy-vs-feature-bits curve of the server-side model.
 */
package io.fluidedge.accuracy;
