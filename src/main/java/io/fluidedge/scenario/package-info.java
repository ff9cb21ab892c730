/**
 * Scenario schema (records per YAML section), loading with defaults from one resource file,
 * {@code --set} overrides and validation that names file, line and key.
 */
package io.fluidedge.scenario;
