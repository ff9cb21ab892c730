/**
 * The {@code fluidedge} command line (picocli): {@link io.fluidedge.cli.Main} with its exit-code
 * policy, the shared {@link io.fluidedge.cli.ScenarioOptions} mixin and one class per subcommand.
 * Nothing else depends on this package.
 */
package io.fluidedge.cli;
