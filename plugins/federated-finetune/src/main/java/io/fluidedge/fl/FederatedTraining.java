package io.fluidedge.fl;

import io.fluidedge.fl.FlSettings.Layout;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * The rounds of federated fine-tuning, apart from the clock: {@link #begin} selects the
 * round's clients, places the antennas and fixes the round's phases; {@link #finish} designs the
 * OTA transceiver for the channel at the upload, and books the round's MSE, energy, bound and
 * participation. The caller ({@link FederatedFineTune}) schedules the phases as events.
 *
 * <p>Planning: the latency and energy budgets are split evenly over the R rounds; a
 * round's compute deadline is T_max/R − T^dl − T^ota − T^mov (the last: the panel diagonal at the
 * antenna speed, when antennas move), and each client's compute-energy share is
 * E_max/(R·K) − P·T^ota (the upload at full power, an upper bound), which fix f and B by
 * {@link ComputePlan}. A round starts only if its worst case still fits both budgets.
 */
final class FederatedTraining {

  /** Why rounds stopped. */
  enum Stop {
    ROUNDS, LATENCY_BUDGET, ENERGY_BUDGET
  }

  private final FlSettings settings;
  private final Panel panel;
  private final double speedMps;
  private final RandomStream selectionRng;
  private final OtaPositions search;
  private final Participation participation;
  private final ComputePlan plan;
  private final double movementReserveS;
  private final List<RoundRecord> rounds = new ArrayList<>();
  private Positions layout;
  private Stop stop;
  private double elapsedS;
  private double spentJ;
  private double mseSum;

  /** A round under way: what {@link #begin} fixed. */
  record Started(int round, double startS, int[] clients) {
  }

  /** The antenna placement of a round: farthest move, m, and travel time, s. */
  record Placed(double maxMoveM, double movementS) {
  }

  /**
   * @param settings     the workload's settings
   * @param panel        the panel (A, D_min)
   * @param pool         N_c, clients in the pool
   * @param antennas     M, base-station antennas
   * @param speedMps     antenna speed, m/s (+∞: moves take no time)
   * @param positionsRng the positions stream (random layouts; modified)
   * @param selectionRng the selection stream (random selection; modified)
   * @throws IllegalArgumentException if the budgets leave no compute time or energy (see
   *                                  {@link #budgetPlan}), or the fixed array does not fit
   */
  FederatedTraining(FlSettings settings, Panel panel, int pool, int antennas, double speedMps,
      RandomStream positionsRng, RandomStream selectionRng) {
    this.settings = settings;
    this.panel = panel;
    this.speedMps = speedMps;
    this.selectionRng = selectionRng;
    this.search = new OtaPositions(panel, settings.gridM(), settings.positionPasses());
    this.participation = new Participation(pool);
    this.layout = switch (settings.layout()) {
      case FIXED -> centredArray(panel, antennas);
      case RANDOM -> Layouts.random(panel, antennas, positionsRng);
      case OPTIMIZED -> Layouts.spread(panel, antennas);
    };
    movementReserveS = movementReserveS(settings, panel, speedMps);
    plan = budgetPlan(settings, movementReserveS);
  }

  /** The antenna-travel time a round reserves: the panel diagonal at the speed, if antennas move. */
  static double movementReserveS(FlSettings settings, Panel panel, double speedMps) {
    return settings.layout() == Layout.OPTIMIZED && Double.isFinite(speedMps)
        ? panel.sideM() * Math.sqrt(2) / speedMps : 0;
  }

  /**
   * Every round's compute plan from the budgets (see the class note).
   *
   * @throws IllegalArgumentException if the budgets leave no compute time or energy, or not even
   *                                  B_min fits
   */
  static ComputePlan budgetPlan(FlSettings settings, double movementReserveS) {
    int r = settings.rounds();
    double deadline = settings.latencyBudgetS() / r - settings.broadcastS() - settings.uploadS()
        - movementReserveS;
    double share = settings.energyBudgetJ() / ((double) r * settings.concurrency())
        - settings.txPowerW() * settings.uploadS();
    if (!(deadline > 0)) {
      throw new IllegalArgumentException(String.format(
          "budget-latency-s leaves no compute time: %.4g s per round minus %.4g s broadcast, "
              + "%.4g s upload and %.4g s antenna travel", settings.latencyBudgetS() / r,
          settings.broadcastS(), settings.uploadS(), movementReserveS));
    }
    if (!(share > 0)) {
      throw new IllegalArgumentException(String.format(
          "budget-energy-j leaves no compute energy: %.4g J per client and round minus %.4g J "
              + "upload", share + settings.txPowerW() * settings.uploadS(),
          settings.txPowerW() * settings.uploadS()));
    }
    ComputePlan plan = ComputePlan.of(settings.cyclesPerSample(), settings.localSteps(),
        settings.kappa(), settings.cpuMinHz(), settings.cpuMaxHz(), settings.batchMin(),
        settings.batchMax(), deadline, share);
    if (plan == null) {
      throw new IllegalArgumentException(String.format(
          "budget-latency-s and budget-energy-j do not fit batch-min = %d: compute deadline "
              + "%.4g s, energy share %.4g J per client and round", settings.batchMin(), deadline,
          share));
    }
    return plan;
  }

  /**
   * A uniform planar array at D_min spacing (λ/2 by default), c × r with c = ⌈√M⌉, centred on the
   * panel: the fixed-position baseline.
   *
   * @throws IllegalArgumentException if it does not fit
   */
  static Positions centredArray(Panel panel, int antennas) {
    int cols = (int) Math.ceil(Math.sqrt(antennas));
    int rows = (int) Math.ceil(antennas / (double) cols);
    double d = panel.minSpacingM() > 0 ? panel.minSpacingM() : panel.wavelengthM() / 2;
    double x0 = (panel.sideM() - (cols - 1) * d) / 2;
    double y0 = (panel.sideM() - (rows - 1) * d) / 2;
    double[] x = new double[antennas];
    double[] y = new double[antennas];
    for (int m = 0; m < antennas; m++) {
      x[m] = x0 + (m % cols) * d;
      y[m] = y0 + (m / cols) * d;
    }
    Positions p = Positions.of(x, y);
    if (!p.feasibleOn(panel)) {
      throw new IllegalArgumentException("a " + cols + " x " + rows + " array at D_min does not "
          + "fit the panel");
    }
    return p;
  }

  /** The compute plan every round uses. */
  ComputePlan plan() {
    return plan;
  }

  /** The antenna layout in force. */
  Positions layout() {
    return layout;
  }

  /** Completed rounds. */
  List<RoundRecord> rounds() {
    return List.copyOf(rounds);
  }

  /** Participation so far. */
  Participation participation() {
    return participation;
  }

  /** Why rounds stopped, or null while they may go on. */
  Stop stop() {
    return stop;
  }

  /**
   * Starts round r: selection on {@code channel} at the layout in force. Returns null, with
   * {@link #stop()} set, when the round budget is spent or the round's worst case would break a
   * budget.
   */
  Started begin(Channel channel, double nowS) {
    if (rounds.size() >= settings.rounds()) {
      stop = Stop.ROUNDS;
      return null;
    }
    int k = settings.concurrency();
    double worstS = movementReserveS + settings.broadcastS() + plan.computeS()
        + settings.uploadS();
    double worstJ = k * (plan.computeJ() + settings.txPowerW() * settings.uploadS());
    if (elapsedS + worstS > settings.latencyBudgetS() * (1 + 1e-12)) {
      stop = Stop.LATENCY_BUDGET;
      return null;
    }
    if (spentJ + worstJ > settings.energyBudgetJ() * (1 + 1e-12)) {
      stop = Stop.ENERGY_BUDGET;
      return null;
    }
    int[] clients = settings.selection().select(channel, layout, k, settings.fairnessBeta(),
        participation, selectionRng);
    return new Started(rounds.size() + 1, nowS, clients);
  }

  /**
   * Places the antennas for round {@code s}'s clients on the channel as the computation ends
   * (optimized layout; the others never move), so the layout uses the freshest channel.
   *
   * @return the farthest move, m, and the travel time, s
   */
  Placed place(Started s, Channel channel) {
    double move = 0;
    if (settings.layout() == Layout.OPTIMIZED) {
      int k = s.clients().length;
      double[] w = new double[k];
      for (int i = 0; i < k; i++) {
        w[i] = channel.user(s.clients()[i]).txPower() * k * k;
      }
      Positions next = search.improve(channel, s.clients(), w, layout).layout();
      move = next.maxMove(layout);
      layout = next;
    }
    return new Placed(move, Double.isFinite(speedMps) ? move / speedMps : 0);
  }

  /**
   * Ends round {@code s}: the OTA design for each channel block the upload saw (one when the
   * channel is held), blended by {@link OtaDesign#blend}; energy, bound and participation booked.
   *
   * @param channels  the upload's channels, in time order
   * @param fractions each channel's share of the upload time (summing to 1)
   */
  RoundRecord finish(Started s, Placed p, List<Channel> channels, double[] fractions) {
    int k = s.clients().length;
    List<OtaDesign> parts = new ArrayList<>();
    double[] power = null;
    for (Channel channel : channels) {
      ClientChannels h = ClientChannels.of(channel, s.clients(), layout);
      int[] all = new int[k];
      double[] w = new double[k];
      double[] phi = new double[k];
      for (int i = 0; i < k; i++) {
        all[i] = i;
        phi[i] = 1.0 / k;
        w[i] = h.power[i] / (phi[i] * phi[i]);
      }
      double[][] c = Receiver.design(h, all, w);
      parts.add(OtaDesign.of(OtaDesign.alphas(h, all, c), phi, h.power, h.noise,
          settings.transmit()));
      power = h.power;
    }
    OtaDesign design = OtaDesign.blend(parts, fractions);
    double uploadS = settings.uploadS();
    double[] uploadJ = design.energy(uploadS);
    for (int i = 0; i < k; i++) {
      uploadJ[i] *= settings.txPowerW() / power[i];
    }
    participation.record(s.clients());
    mseSum += design.mse();
    int r = rounds.size() + 1;
    double bound = settings.learning().bound(r, (double) k * plan.batch(), mseSum / r);
    double latency = p.movementS() + settings.broadcastS() + plan.computeS() + uploadS;
    RoundRecord rec = new RoundRecord(r, s.startS(), s.clients(), design, layout, p.maxMoveM(),
        p.movementS(), settings.broadcastS(), plan.computeS(), uploadS, plan, uploadJ, bound,
        settings.learning().perplexity(bound), participation.jain(), elapsedS + latency,
        spentJ + k * plan.computeJ() + sum(uploadJ));
    elapsedS = rec.elapsedS();
    spentJ = rec.spentJ();
    rounds.add(rec);
    return rec;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
