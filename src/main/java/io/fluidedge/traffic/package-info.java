/**
 * Request traffic: request records, pull sources and trace readers.
 */
package io.fluidedge.traffic;
