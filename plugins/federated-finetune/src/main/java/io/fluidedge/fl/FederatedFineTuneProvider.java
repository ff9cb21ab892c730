package io.fluidedge.fl;

import io.fluidedge.fl.FlSettings.Layout;
import io.fluidedge.fl.OtaDesign.Transmit;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.EntityPluginProvider;
import io.fluidedge.plugin.PluginContext;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import java.util.Locale;
import java.util.Set;

/**
 * {@code fl}: the federated fine-tuning entity plugin ({@link FederatedFineTune}). Enabled by a
 * {@code plugins: {fl: {...}}} entry; its summary.json section is {@code fl} and it writes
 * {@code fl-rounds.csv}.
 *
 * <p>Settings (defaults in brackets): {@code concurrency} K [1], {@code rounds} R [30] (with
 * {@code rounds-auto: true} [false] the upper limit of R, which {@link RoundCount} then chooses
 * assuming a mean OTA MSE of {@code mse-prior} [0.05]),
 * {@code selection} exhaustive | fair-exhaustive | top-gain | random | round-robin [exhaustive],
 * {@code fairness-beta} [1], {@code layout} optimized | fixed | random [optimized],
 * {@code transmit} truncated | zero-forcing [truncated], {@code grid-wavelengths} δ/λ [0.125],
 * {@code position-passes} [3], {@code local-steps} τ [1], {@code cycles-per-sample} [5.6e8],
 * {@code kappa} [1e-28], {@code cpu-min-hz} [0.5e9], {@code cpu-max-hz} [2e9],
 * {@code batch-min} [1], {@code batch-max} [64], {@code budget-latency-s} [300],
 * {@code budget-energy-j} [500], {@code layers} [26], {@code d-model} [3200],
 * {@code lora-rank} [8], {@code lora-targets} [2] (q = layers·targets·rank·2·d-model, or
 * {@code entries} to give q directly), {@code symbols-per-entry} [0.5], {@code ota-bandwidth-hz}
 * [radio.bandwidth-hz], {@code tx-power-w} [0.2], {@code broadcast-rate-bps} [1e8],
 * {@code broadcast-bits} [16], {@code upload-channel} hold | per-block [hold], and the bound's constants {@code delta-pre} [1],
 * {@code lipschitz-data} [1], {@code wasserstein} [0.25], {@code smoothness} [1], {@code pl}
 * [0.1], {@code learning-rate} [1], {@code gradient-variance} [2], {@code update-variance}
 * [1e-6], {@code loss-floor} [0.9].
 */
public final class FederatedFineTuneProvider implements EntityPluginProvider {

  @Override
  public String name() {
    return "fl";
  }

  @Override
  public String description() {
    return "movable-antenna federated fine-tuning: OTA aggregation rounds, selection, CPU, batch";
  }

  @Override
  public Set<String> configKeys() {
    return Set.of("concurrency", "rounds", "rounds-auto", "mse-prior", "selection", "fairness-beta", "layout", "transmit",
        "grid-wavelengths", "position-passes", "local-steps", "cycles-per-sample", "kappa",
        "cpu-min-hz", "cpu-max-hz", "batch-min", "batch-max", "budget-latency-s",
        "budget-energy-j", "layers", "d-model", "lora-rank", "lora-targets", "entries",
        "symbols-per-entry", "ota-bandwidth-hz", "tx-power-w", "broadcast-rate-bps",
        "broadcast-bits", "upload-channel", "delta-pre", "lipschitz-data", "wasserstein", "smoothness", "pl",
        "learning-rate", "gradient-variance", "update-variance", "loss-floor");
  }

  @Override
  public EntityPlugin create(PluginContext c) {
    Scenario s = c.scenario();
    if (!s.radio().channel().equals("geometric")) {
      throw new InputException(s.source(), 0, 0, "radio.channel", "the fl plugin replays the "
          + "geometric channel model; radio.channel is '" + s.radio().channel() + "'");
    }
    int pool = s.radio().users();
    int k = between(c, "concurrency", 1, 1, pool);
    int rounds = between(c, "rounds", 30, 1, 1_000_000);
    Selection selection = Selection.of(c.string("selection", "exhaustive"));
    if (selection == null) {
      throw c.error("selection", "expected exhaustive, fair-exhaustive, top-gain, random or "
          + "round-robin, got '" + c.string("selection", "") + "'");
    }
    double beta = c.atLeast("fairness-beta", 1, 0);
    Layout layout = choice(c, "layout", "optimized", Layout.class);
    Transmit transmit = choice(c, "transmit", "truncated", Transmit.class);
    Panel panel = Panel.of(s.radio());
    double grid = c.positive("grid-wavelengths", 0.125) * panel.wavelengthM();
    int passes = between(c, "position-passes", 3, 1, 100);
    int steps = between(c, "local-steps", 1, 1, 1_000_000);
    double cycles = c.positive("cycles-per-sample", 5.6e8);
    double kappa = c.positive("kappa", 1e-28);
    double fMin = c.positive("cpu-min-hz", 0.5e9);
    double fMax = c.positive("cpu-max-hz", 2e9);
    if (fMax < fMin) {
      throw c.error("cpu-max-hz", "must be >= cpu-min-hz = " + fMin + ", got " + fMax);
    }
    int bMin = between(c, "batch-min", 1, 1, Integer.MAX_VALUE);
    int bMax = between(c, "batch-max", 64, bMin, Integer.MAX_VALUE);
    double latency = c.positive("budget-latency-s", 300);
    double energy = c.positive("budget-energy-j", 500);
    double q = c.config().containsKey("entries") ? c.positive("entries", 1)
        : c.positive("layers", 26) * c.positive("lora-targets", 2)
            * c.positive("lora-rank", 8) * 2 * c.positive("d-model", 3200);
    double symbols = c.positive("symbols-per-entry", 0.5);
    double bandwidth = c.positive("ota-bandwidth-hz", s.radio().bandwidthHz());
    double power = c.positive("tx-power-w", 0.2);
    double downlink = c.positive("broadcast-rate-bps", 1e8);
    double bits = c.positive("broadcast-bits", 16);
    String upload = c.string("upload-channel", "hold");
    if (!upload.equals("hold") && !upload.equals("per-block")) {
      throw c.error("upload-channel", "expected hold or per-block, got '" + upload + "'");
    }
    boolean perBlock = upload.equals("per-block");
    double smooth = c.positive("smoothness", 1);
    double pl = c.positive("pl", 0.1);
    double lr = c.positive("learning-rate", 1);
    if (lr > 1 / smooth * (1 + 1e-12)) {
      throw c.error("learning-rate", "must be <= 1/smoothness = " + 1 / smooth + ", got " + lr);
    }
    if (pl * lr > 1) {
      throw c.error("pl", "pl x learning-rate must be <= 1, got " + pl * lr);
    }
    LearningModel model = new LearningModel(c.atLeast("delta-pre", 1, 0),
        c.atLeast("lipschitz-data", 1, 0), c.atLeast("wasserstein", 0.25, 0), smooth, pl, lr,
        c.atLeast("gradient-variance", 2, 0), c.atLeast("update-variance", 1e-6, 0), q,
        c.number("loss-floor", 0.9));
    FlSettings settings = new FlSettings(k, rounds, false, selection, beta, layout, transmit, grid,
        passes, steps, cycles, kappa, fMin, fMax, bMin, bMax, latency, energy, q, symbols,
        bandwidth, power, downlink, bits, perBlock, model);
    double reserveS = FederatedTraining.movementReserveS(settings, panel,
        s.optimizer().antennaSpeedMps());
    if (c.bool("rounds-auto", false)) {
      int best = RoundCount.best(settings, reserveS, c.atLeast("mse-prior", 0.05, 0));
      if (best == 0) {
        throw c.error("rounds", "no number of rounds up to " + rounds + " fits the budgets");
      }
      settings = settings.withChosenRounds(best);
    }
    try {
      // The budgets and the fixed array are checked now, before the clock starts.
      FederatedTraining.budgetPlan(settings, reserveS);
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage().startsWith("budget-energy") ? "budget-energy-j"
          : "budget-latency-s", e.getMessage());
    }
    if (layout == Layout.FIXED) {
      try {
        FederatedTraining.centredArray(panel, s.radio().bsAntennas());
      } catch (IllegalArgumentException e) {
        throw c.error("layout", e.getMessage());
      }
    }
    return new FederatedFineTune(settings);
  }

  private static <E extends Enum<E>> E choice(PluginContext c, String key, String fallback,
      Class<E> type) {
    String given = c.string(key, fallback);
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(given)) {
        return e;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ")
          .append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw c.error(key, "expected one of " + known + ", got '" + given + "'");
  }

  private static int between(PluginContext c, String key, int fallback, int min, int max) {
    int v = c.integer(key, fallback);
    if (v < min || v > max) {
      throw c.error(key, "must be in " + min + ".." + max + ", got " + v);
    }
    return v;
  }
}
