package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/** The LLM server finished one batched iteration (prefill chunks and decode steps). */
final class IterationDone extends SimEvent {

  private final LlmServer server;

  IterationDone(Simulator sim, LlmServer server) {
    super(sim, INFERENCE_DONE);
    this.server = server;
  }

  @Override
  public void actions() {
    server.iterationDone();
  }
}
