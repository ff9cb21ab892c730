/**
 * Running scenarios: {@link io.fluidedge.run.RunSession} is the one place a run is assembled
 * (components from the plugin registry, the simulation, every output file, the plugin sections of
 * summary.json), and {@code run}, {@code compare}, {@code sweep} and the Spark runner all call
 * it. {@link io.fluidedge.run.Replications} runs many sessions on a fixed thread pool and returns
 * their summaries in task order, so no output depends on the number of threads; replication
 * {@code i} uses seed {@code scenario.seed + i}, and every random input is drawn from streams
 * named under that seed, so two policies (or two grid cells) see the same channels and requests.
 * {@link io.fluidedge.run.Progress} reports progress on standard error, with an ETA.
 * {@link io.fluidedge.run.BuildInfo} and {@link io.fluidedge.run.Provenance} say where an output
 * came from (version, commit, Java, the scenario's SHA-256, the command line).
 */
package io.fluidedge.run;
