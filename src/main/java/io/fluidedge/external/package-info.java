/**
 * The external policy: an agent outside the JVM (a Python learner, a script in any language)
 * decides some or all of each coherence block's allocation over JSON lines on a pipe, and the
 * built-in blocks of the optimizer decide the rest. {@link io.fluidedge.external.ExternalPolicy}
 * is the policy, {@link io.fluidedge.external.AgentLink} the pipe,
 * {@link io.fluidedge.external.Messages} the versioned message format (docs/external.md) and
 * {@link io.fluidedge.external.QueueWatch} the queue state the observations report.
 */
package io.fluidedge.external;
