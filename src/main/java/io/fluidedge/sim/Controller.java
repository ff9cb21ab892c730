package io.fluidedge.sim;

import io.fluidedge.cell.CellUsers;
import io.fluidedge.link.UplinkRates;
import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Policy;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.Solution;
import io.fluidedge.optimize.StopRequest;
import io.fluidedge.optimize.UserProfile;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.scenario.InputException;
import java.util.List;
import java.util.function.BiFunction;
import umontreal.ssj.simevents.Simulator;

/**
 * The joint optimizer as the network's controller. At block k (time k·T_c, computed by
 * multiplication) it advances the channel, solves the block's problem warm-started from the
 * allocation in force, records the decision and schedules it to take effect.
 *
 * <p>Timing of a decision: immediately when the control delay is 0 and the antennas need no
 * travel; otherwise at the time {@link FluidAntennaPanel#plan} gives. The first block's decision
 * always takes effect at time 0 (the network starts configured).
 *
 * <p>Rates while a decision is pending: the allocation in force (bits, CPU shares, positions)
 * stays, but the channel has moved on, so the rates in force are those of the OLD positions on the
 * NEW channel, R_k = UplinkRates.rates(new channel, old positions), i.e. with the closed-form
 * (optimal) combiners for that channel. Likewise a decision that takes effect after the channel
 * changed again gets the closed-form rates of its positions on the current channel; a decision
 * applied on the channel it was solved for uses the solver's own rates.
 *
 * <p>A policy that rejects its input (an {@link InputException} from {@code solve}, e.g. an
 * external agent's invalid action) stops the run: that block is not decided, no later block is
 * scheduled, and the exception is kept for {@link #failure()} so the outputs of the time
 * simulated so far can be written before it is raised.
 *
 * <p>A decision due after the run's end (the last simulated instant) is not scheduled: it never
 * takes effect. A block whose solve was cut short by a {@link StopRequest} is neither recorded
 * nor applied.
 */
final class Controller {

  private final Simulator sim;
  private final ChannelProcess channels;
  private final CellUsers cell;
  private final BiFunction<Channel, List<UserProfile>, Problem> problems;
  private List<UserProfile> fixedProfiles;
  private final Policy policy;
  private final BaseStation station;
  private final FluidAntennaPanel panel;
  private final InferenceServer server;
  private final UserDevice[] users;
  private final Ledger ledger;
  private final long blocks;
  private final double coherenceS;
  private final double controlDelayS;
  private final double endS;
  private final BlockStart blockStart;
  private Channel channel;
  private Allocation inForce;
  private long decided;
  private double optimizerWallMs;
  private InputException failure;

  Controller(Simulator sim, ChannelProcess channels, CellUsers cell,
      BiFunction<Channel, List<UserProfile>, Problem> problems,
      Policy policy, BaseStation station, FluidAntennaPanel panel, InferenceServer server,
      UserDevice[] users, Ledger ledger, long blocks, double coherenceS, double controlDelayS,
      double endS) {
    this.sim = sim;
    this.channels = channels;
    this.cell = cell;
    this.problems = problems;
    this.policy = policy;
    this.station = station;
    this.panel = panel;
    this.server = server;
    this.users = users;
    this.ledger = ledger;
    this.blocks = blocks;
    this.coherenceS = coherenceS;
    this.controlDelayS = controlDelayS;
    this.endS = endS;
    this.blockStart = new BlockStart(sim, this);
  }

  /** Schedules block 0 at time 0. */
  void start() {
    blockStart.block = 0;
    blockStart.scheduleAt(0.0);
  }

  /** Block {@code k} begins: new channel, solve, record, schedule the decision. */
  void blockStart(long k) {
    double now = sim.time();
    Channel previous = channel;
    cell.moveTo(k);
    double[] correlations = cell.correlations();
    channel = correlations == null ? channels.next() : channels.next(correlations);
    Solution solution;
    try {
      solution = policy.solve(problems.apply(channel, profiles()), inForce);
    } catch (InputException e) {
      failure = e;
      return;
    }
    if (StopRequest.requested()) {
      return; // stopped inside the solve: the block's partial decision is not applied
    }
    check(k, solution);
    decided++;
    optimizerWallMs += solution.wallMs();
    Allocation next = solution.allocation();
    BlockRecord record = BlockRecord.of(k, now, solution.loss().total(), solution.iterations(),
        solution.converged(), Math.max(0.0, solution.wallMs()), solution.rates(), next.bits(),
        next.cpuHz(), next.positions().toRows());
    ledger.block(cell.spatial() ? record.withColumns(cell.columnValues()) : record);
    Decision decision = new Decision(k, solution, channel, now);
    if (inForce == null) {
      apply(decision);
    } else {
      double applyS = panel.plan(next.positions(), now, controlDelayS);
      if (applyS <= now) {
        apply(decision);
      } else {
        if (channel != previous) {
          station.setRates(UplinkRates.rates(channel, panel.positions()));
        }
        if (applyS <= endS) {
          // A decision due after the run's end never takes effect within it; scheduling it
          // would only put an arbitrarily late time into the event list.
          new AllocationApplied(sim, this, decision).scheduleAt(applyS);
        }
      }
    }
    if (k + 1 < blocks) {
      blockStart.block = k + 1;
      blockStart.scheduleAt((k + 1) * coherenceS);
    }
  }

  /** The users' profiles this block: fixed in the normalised link budget, moving otherwise. */
  private List<UserProfile> profiles() {
    if (cell.spatial()) {
      return cell.profiles();
    }
    if (fixedProfiles == null) {
      fixedProfiles = cell.profiles();
    }
    return fixedProfiles;
  }

  /** A decision takes effect: positions, bits, CPU shares and rates. */
  void apply(Decision decision) {
    Allocation a = decision.solution().allocation();
    inForce = a;
    panel.apply(a.positions());
    for (int k = 0; k < users.length; k++) {
      users[k].setBits(a.bits(k));
    }
    server.setShares(a.cpuHz());
    station.setRates(decision.channel() == channel ? decision.solution().rates()
        : UplinkRates.rates(channel, a.positions()));
    ledger.pendingSpan(decision.block(), decision.decidedS(), sim.time());
  }

  /** Blocks decided so far. */
  long blocksDecided() {
    return decided;
  }

  /** The policy's rejection that stopped the run, or null. */
  InputException failure() {
    return failure;
  }

  /** Total optimizer wall-clock time, ms. */
  double optimizerWallMs() {
    return optimizerWallMs;
  }

  private void check(long k, Solution s) {
    Allocation a = s.allocation();
    double[] rates = s.rates();
    int n = users.length;
    if (rates.length != n || a.bits().length != n) {
      throw new IllegalStateException("block " + k + ": policy returned " + rates.length
          + " rates and " + a.bits().length + " bit counts for " + n + " users");
    }
    for (int u = 0; u < n; u++) {
      if (!(rates[u] >= 0) || Double.isInfinite(rates[u])) {
        throw new IllegalStateException("block " + k + ": rate of user " + u
            + " must be finite and >= 0: " + rates[u]);
      }
      if (a.bits(u) < 1 || a.bits(u) > 32) {
        throw new IllegalStateException("block " + k + ": bits of user " + u
            + " must be in 1..32: " + a.bits(u));
      }
      if (!(a.cpuHz(u) >= 0) || Double.isInfinite(a.cpuHz(u))) {
        throw new IllegalStateException("block " + k + ": CPU share of user " + u
            + " must be finite and >= 0: " + a.cpuHz(u));
      }
    }
  }
}
