/**
 * Run metrics: per-request and per-block records and the run recorder.
 */
package io.fluidedge.metrics;
