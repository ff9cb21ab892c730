package io.fluidedge.sim;

import io.fluidedge.scenario.LlmServing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.simevents.Simulator;

/**
 * The edge server as an LLM-serving engine with continuous batching (the llm discipline).
 *
 * <p>Requests whose prompt features reached the server wait in one FIFO for admission. A request
 * of P prompt and T decode tokens is admitted when fewer than {@code max-batch} requests run and
 * the KV cache has P + T free tokens; the whole P + T is reserved at admission and freed at
 * completion, so the cache never exceeds its capacity and no request is ever preempted.
 * Admission is strictly first come, first served: a head request that does not fit blocks those
 * behind it. A request needing more than the whole cache is dropped at submission.
 *
 * <p>The engine runs back-to-back iterations while any request is admitted. Each iteration has a
 * token budget {@code max-batch-tokens}: first every running request past its prompt takes one
 * decode step (one token of budget), in admission order; then requests still prefilling take
 * prompt chunks from what is left, in admission order (chunked prefill, as Sarathi-Serve and
 * vLLM do). It lasts {@code a + b·(prompt tokens) + c·(decode steps)} seconds. The iteration that
 * finishes a prompt yields the request's first token; every decode step yields one more. Each
 * token reaches the user {@code downlink-token-s} after it is generated (a fixed delay per token,
 * no queueing), so the first-token and completion times include it. Admission happens at
 * iteration boundaries; an idle engine starts an iteration as soon as a request arrives.
 */
final class LlmServer implements InferenceServer {

  private final Simulator sim;
  private final Ledger ledger;
  private final LlmServing model;
  private final long capacityTokens;
  private final ArrayDeque<Job> waiting = new ArrayDeque<>();
  private final List<Job> running = new ArrayList<>();
  private final IterationDone done;
  private long kvUsedTokens;
  private boolean busy;
  private IterationObserver observer;

  /** Sees every iteration as it starts (tests check batch limits and token counts with it). */
  interface IterationObserver {
    /**
     * @param running        the admitted requests, each with its {@link Job#step} set
     * @param prefillTokens  prompt tokens in the iteration
     * @param decodeRequests decode steps in the iteration
     * @param kvUsedTokens   KV-cache tokens reserved
     */
    void iteration(List<Job> running, long prefillTokens, int decodeRequests, long kvUsedTokens);
  }

  /**
   * @param sim    the run's simulator
   * @param model  iteration time, batch limits, KV cache and downlink delay
   * @param ledger receives completions and drops
   */
  LlmServer(Simulator sim, LlmServing model, Ledger ledger) {
    this.sim = sim;
    this.model = model;
    this.ledger = ledger;
    this.capacityTokens = model.kvCapacityTokens();
    this.done = new IterationDone(sim, this);
  }

  @Override
  public void submit(Job job) {
    if ((long) job.prefillTokens + job.decodeTokens > capacityTokens) {
      ledger.rejected(job);
      return;
    }
    waiting.addLast(job);
    if (!busy) {
      startIteration();
    }
  }

  /** The CPU shares do not drive LLM iterations; ignored. */
  @Override
  public void setShares(double[] cpuHz) {
  }

  @Override
  public int inFlight() {
    return waiting.size() + running.size();
  }

  /** The running requests in admission order, then the waiting ones. */
  @Override
  public void forEachHeld(java.util.function.Consumer<Job> to) {
    running.forEach(to);
    waiting.forEach(to);
  }

  /**
   * None: batched iterations have no fixed service capacity to compare the offered load with
   * (the utilisation in windows.csv shows a saturated engine instead).
   */
  @Override
  public void loads(double endS, LoadSink sink) {
  }

  /** Sets the observer of iterations (null for none). */
  void observe(IterationObserver iterations) {
    this.observer = iterations;
  }

  /** The iteration in progress finished: advance its requests, complete those done, go on. */
  void iterationDone() {
    double tokenAtUserS = sim.time() + model.downlinkTokenS();
    int kept = 0;
    for (int i = 0; i < running.size(); i++) {
      Job job = running.get(i);
      if (job.step > 0) {
        job.prefillLeft -= job.step;
        if (job.prefillLeft == 0) {
          job.generated = 1;
          job.firstTokenS = tokenAtUserS;
        }
      } else if (job.step < 0) {
        job.generated++;
      }
      job.step = 0;
      if (job.generated == job.decodeTokens) {
        kvUsedTokens -= (long) job.prefillTokens + job.decodeTokens;
        ledger.completed(job, tokenAtUserS);
      } else {
        running.set(kept++, job);
      }
    }
    running.subList(kept, running.size()).clear();
    startIteration();
  }

  private void startIteration() {
    admit();
    if (running.isEmpty()) {
      if (busy) {
        busy = false;
        ledger.serverLoad(sim.time(), 0);
      }
      return;
    }
    long budget = model.maxBatchTokens();
    int decodes = 0;
    for (int i = 0; i < running.size() && budget > 0; i++) {
      Job job = running.get(i);
      if (job.prefillLeft == 0) {
        job.step = -1;
        budget--;
        decodes++;
      }
    }
    long prefill = 0;
    for (int i = 0; i < running.size() && budget > 0; i++) {
      Job job = running.get(i);
      if (job.prefillLeft > 0) {
        int chunk = (int) Math.min(job.prefillLeft, budget);
        job.step = chunk;
        budget -= chunk;
        prefill += chunk;
      }
    }
    if (!busy) {
      busy = true;
      ledger.serverLoad(sim.time(), 1);
    }
    if (observer != null) {
      observer.iteration(running, prefill, decodes, kvUsedTokens);
    }
    done.scheduleAt(sim.time() + model.iterationTimeS(prefill, decodes));
  }

  private void admit() {
    double now = sim.time();
    while (!waiting.isEmpty() && running.size() < model.maxBatch()) {
      Job head = waiting.peekFirst();
      long need = (long) head.prefillTokens + head.decodeTokens;
      if (need > capacityTokens - kvUsedTokens) {
        return;
      }
      waiting.pollFirst();
      kvUsedTokens += need;
      head.prefillLeft = head.prefillTokens;
      head.inferenceStartS = now;
      head.stage = Job.SERVING;
      running.add(head);
    }
  }
}
