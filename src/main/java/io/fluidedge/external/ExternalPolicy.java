package io.fluidedge.external;

import com.fasterxml.jackson.databind.JsonNode;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.BcdPolicy;
import io.fluidedge.optimize.BlockCoordinateDescent.Plan;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.ResourceBlocks;
import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * {@code optimizer.policy: external}: an agent outside the JVM decides each block's allocation,
 * or part of it, over the JSON-lines protocol of {@link Messages}.
 *
 * <p>At block k the agent gets an observation (the allocation in force with its rates on the new
 * channel, the queues at the block start, the previous block's loss and completions, and the
 * channel when configured) and answers with an {@link Action}. The parts it leaves out are
 * decided by the built-in blocks: with positions given, the block coordinate descent of
 * {@code fpa} with those positions held fixed (so an agent returning the fpa layout and nothing
 * else reproduces {@code fpa} exactly); without, the joint descent. Bits and CPU shares the agent
 * gives then replace the descent's (its positions were chosen for its own bits), and the loss is
 * evaluated at the final allocation.
 *
 * <p>The agent is started at the first block (creating the policy only reads the
 * configuration), and closed at the run's end after an {@code end} message. An invalid or
 * missing reply is an {@link InputException} naming the block and the field, which stops the
 * run (its outputs so far are written, marked incomplete).
 */
public final class ExternalPolicy extends QueueWatch implements Policy, AutoCloseable {

  private final Scenario scenario;
  private final List<String> command;
  private final double timeoutS;
  private final double startupS;
  private final boolean sendChannel;
  private final double sloS;
  private final Panel panel;
  private final BcdPolicy joint;
  private final long[] roundTripNs;
  private AgentLink link;
  private long block;
  private double lastLoss = Double.NaN;

  /**
   * @param scenario    the run's scenario
   * @param command     the agent program and its arguments, or null for an agent on the
   *                    simulator's own standard input and output
   * @param timeoutS    how long to wait for each action, s (&gt; 0)
   * @param startupS    how long to wait for the agent's handshake, s (&gt; 0)
   * @param sendChannel whether observations carry the channel
   * @param sloS        latency objective for the observations' over-SLO counts, s (+∞: none)
   */
  public ExternalPolicy(Scenario scenario, List<String> command, double timeoutS,
      double startupS, boolean sendChannel, double sloS) {
    super(scenario.radio().users(), sloS);
    this.scenario = scenario;
    this.command = command == null ? null : List.copyOf(command);
    this.timeoutS = timeoutS;
    this.startupS = startupS;
    this.sendChannel = sendChannel;
    this.sloS = sloS;
    this.panel = Panel.of(scenario.radio());
    this.joint = BcdPolicy.joint(scenario.optimizer(), panel, scenario.radio().bsAntennas());
    this.roundTripNs = new long[(int) Math.min(scenario.blocks(), Integer.MAX_VALUE - 8)];
  }

  @Override
  public Solution solve(Problem problem, Allocation warm) {
    if (link == null) {
      link = command == null ? AgentLink.stdio(timeoutS, startupS)
          : AgentLink.start(command, timeoutS, startupS);
      handshake();
    }
    Allocation inForce = warm != null ? warm : coldStart(problem);
    double[] rates = UplinkRates.rates(problem.channel(), inForce.positions());
    String observation = Messages.observation(block, block * scenario.coherenceS(), inForce,
        rates, take(), lastLoss, sendChannel ? problem.channel() : null);
    long t0 = System.nanoTime();
    String reply = exchange(observation, block, "action");
    long tripNs = System.nanoTime() - t0;
    Action action;
    try {
      action = Action.parse(Messages.reply(reply, "action", block), problem, panel);
    } catch (BadReply e) {
      throw rejected(link.failure(block, e.field(), e.getMessage()));
    }
    Solution s = decide(problem, warm, action);
    if (block < roundTripNs.length) {
      roundTripNs[(int) block] = tripNs;
    }
    block++;
    lastLoss = s.loss().total();
    return new Solution(s.allocation(), s.rates(), s.loss(), s.lossHistory(), s.iterations(),
        s.converged(), s.wallMs() + tripNs / 1e6, s.combiners());
  }

  /** The built-in blocks decide what the action leaves out. */
  static Solution decide(Problem p, Allocation warm, Action action, Scenario scenario,
      BcdPolicy joint) {
    BcdPolicy bcd = action.positions() == null ? joint : new BcdPolicy(scenario.optimizer(),
        new Plan(action.positions(), action.positions(), 0, false));
    Solution base = bcd.solve(p, warm);
    if (action.bits() == null && action.cpuHz() == null) {
      return base;
    }
    Allocation a = base.allocation();
    int[] bits = action.bits() != null ? action.bits() : a.bits();
    double[] cpu = action.cpuHz() != null ? action.cpuHz() : a.cpuHz();
    Loss loss = Loss.evaluate(p, base.rates(), bits, cpu);
    return new Solution(new Allocation(a.positions(), bits, cpu), base.rates(), loss,
        base.lossHistory(), base.iterations(), base.converged(), base.wallMs(),
        base.combiners());
  }

  private Solution decide(Problem p, Allocation warm, Action action) {
    return decide(p, warm, action, scenario, joint);
  }

  /**
   * Tells the agent the run ended (the last block's outcome and the round-trip times) and closes
   * the link; nothing when the agent was never started or has already failed.
   */
  @Override
  public void close() {
    if (link == null) {
      return;
    }
    long[] trips = Arrays.copyOf(roundTripNs, (int) Math.min(block, roundTripNs.length));
    Arrays.sort(trips);
    link.send(Messages.end(block, lastLoss, take(), quantileUs(trips, 0.5),
        quantileUs(trips, 0.99)));
    link.close();
    link = null;
  }

  /** The allocation in force before the first decision: the joint cold start. */
  private Allocation coldStart(Problem p) {
    return new Allocation(Layouts.spread(panel, p.antennas()),
        ResourceBlocks.fixedBits(p, scenario.optimizer().fixedBits()),
        ResourceBlocks.equalShares(p));
  }

  private void handshake() {
    String reply = exchange(Messages.hello(scenario, sendChannel, sloS), -1, "ready");
    try {
      JsonNode ready = Messages.reply(reply, "ready", -1);
      JsonNode version = ready.get("protocol");
      if (version == null || !version.isIntegralNumber()
          || version.asInt() != Messages.PROTOCOL) {
        throw new BadReply("protocol", "this simulator speaks protocol " + Messages.PROTOCOL
            + ", the agent " + (version == null ? "none" : version.toString()));
      }
    } catch (BadReply e) {
      throw rejected(link.failure(-1, e.field(), e.getMessage()));
    }
  }

  private String exchange(String message, long k, String awaiting) {
    try {
      return link.exchange(message, k, awaiting);
    } catch (InputException e) {
      throw rejected(e);
    }
  }

  /** Tells the agent why the run stops (best effort), stops it and returns the error. */
  private InputException rejected(InputException e) {
    link.send(Messages.error(e.getMessage()));
    link.abort();
    link = null;
    return e;
  }

  /** The q-quantile (nearest rank) of sorted nanoseconds, in µs; 0 for none. */
  static double quantileUs(long[] sortedNs, double q) {
    if (sortedNs.length == 0) {
      return 0.0;
    }
    int rank = (int) Math.ceil(q * sortedNs.length) - 1;
    return sortedNs[Math.max(0, Math.min(sortedNs.length - 1, rank))] / 1e3;
  }
}
