/**
 * What every FluidEdge command line shares, the {@code fluidedge} CLI and other entry points
 * such as the Spark sweep runner alike: the exit-code policy
 * ({@link io.fluidedge.command.CommandLines}: 0 ok, 2 bad input, 1 internal error) and the option
 * mixins for a scenario ({@link io.fluidedge.command.ScenarioOptions}), a sweep
 * ({@link io.fluidedge.command.SweepOptions}) and the console's verbosity
 * ({@link io.fluidedge.command.LogOptions}).
 */
package io.fluidedge.command;
