/**
 * The {@code fluidedge} command line (picocli): {@link io.fluidedge.cli.Main} and one class per
 * subcommand. The shared option mixins and the exit-code policy are in
 * {@link io.fluidedge.command}; a run is assembled by {@link io.fluidedge.run.RunSession}.
 * Nothing else depends on this package.
 */
package io.fluidedge.cli;
