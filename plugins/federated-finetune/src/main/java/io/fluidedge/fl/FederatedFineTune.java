package io.fluidedge.fl;

import io.fluidedge.metrics.BlockRecord;
import io.fluidedge.plugin.EntityContext;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The federated fine-tuning entity: the scenario's users are the client pool, the base station's
 * movable antennas aggregate their LoRA updates over the air, and rounds run as events on the
 * run's clock.
 *
 * <p>Channel: the same block channels as the core's. The plugin replays the core's channel
 * process — the geometric model of the scenario's radio section, its evolution, and the
 * scenario seed's {@code channel} stream — advancing it once per block as the core does, so at
 * every block it holds the channel the core's optimizer sees (common random numbers with any
 * other run on the seed). The random layout and random selection have their own streams
 * ({@code positions}, {@code fl-selection}).
 *
 * <p>A round, as events: at its start the clients are selected on the current block's channel;
 * after the adapter broadcast and the slowest client's computation the antennas are placed for
 * them on the channel of that moment; after their travel the upload starts and holds the channel
 * of the block it starts in for its whole duration (the "hold H for the round" reading;
 * the shipped scenario's 1.33 s upload spans two 1 s blocks), or with {@code upload-channel:
 * per-block} is redesigned at every block boundary it crosses, MSE and energy averaged over time;
 * at its end the aggregate is booked and the next round starts at once.
 */
final class FederatedFineTune implements EntityPlugin {

  private final FlSettings settings;
  private EntityContext context;
  private ChannelProcess channels;
  private Channel channel;
  private FederatedTraining training;
  private boolean started;
  /** The channels an upload under way has seen (per-block uploads), with their start times. */
  private List<Channel> uploadChannels;
  private List<Double> uploadStarts;

  FederatedFineTune(FlSettings settings) {
    this.settings = settings;
  }

  @Override
  public void start(EntityContext ctx) {
    context = ctx;
    Scenario s = ctx.scenario();
    channels = new ChannelProcess(GeometricChannel.of(s.radio()), s.radio().evolution(),
        s.radio().dopplerHz(), s.coherenceS(), Streams.of(s.seed(), Streams.CHANNEL));
    training = new FederatedTraining(settings, Panel.of(s.radio()), s.radio().users(),
        s.radio().bsAntennas(), s.optimizer().antennaSpeedMps(),
        Streams.of(s.seed(), Streams.POSITIONS), Streams.of(s.seed(), "fl-selection"));
  }

  @Override
  public void block(BlockRecord block) {
    channel = channels.next();
    if (uploadChannels != null && settings.perBlockUpload()) {
      uploadChannels.add(channel);
      uploadStarts.add(context.now());
    }
    if (!started) {
      started = true;
      context.schedule(0, this::roundStart);
    }
  }

  /** The settings in force (with R chosen, if the scenario asked for that). */
  FlSettings settings() {
    return settings;
  }

  /** The channel of the current block, as the plugin replays it. */
  Channel channel() {
    return channel;
  }

  /** The rounds so far. */
  FederatedTraining training() {
    return training;
  }

  private void roundStart() {
    FederatedTraining.Started round = training.begin(channel, context.now());
    if (round == null) {
      return;
    }
    // Broadcast, local computation, antenna travel, upload.
    context.schedule(settings.broadcastS(), () ->
        context.schedule(training.plan().computeS(), () -> place(round)));
  }

  private void place(FederatedTraining.Started round) {
    FederatedTraining.Placed placed = training.place(round, channel);
    context.schedule(placed.movementS(), () -> upload(round, placed));
  }

  private void upload(FederatedTraining.Started round, FederatedTraining.Placed placed) {
    double startS = context.now();
    uploadChannels = new ArrayList<>(List.of(channel));
    uploadStarts = new ArrayList<>(List.of(startS));
    context.schedule(settings.uploadS(), () -> {
      double endS = context.now();
      int n = uploadChannels.size();
      double[] fractions = new double[n];
      for (int i = 0; i < n; i++) {
        double to = i + 1 < n ? uploadStarts.get(i + 1) : endS;
        fractions[i] = n == 1 ? 1 : (to - uploadStarts.get(i)) / (endS - startS);
      }
      List<Channel> seen = uploadChannels;
      uploadChannels = null;
      training.finish(round, placed, seen, fractions);
      roundStart();
    });
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    List<RoundRecord> rounds = training.rounds();
    Participation who = training.participation();
    out.put("pool", who.pool());
    out.put("concurrency", settings.concurrency());
    out.put("selection", settings.selection().key());
    out.put("layout", settings.layout().name().toLowerCase(Locale.ROOT));
    out.put("transmit", settings.transmit().name().toLowerCase(Locale.ROOT)
        .replace('_', '-'));
    out.put("entries", settings.entries());
    out.put("rounds_budget", settings.rounds());
    out.put("rounds_chosen_by", settings.roundsAuto() ? "bound" : "scenario");
    out.put("rounds_completed", rounds.size());
    FederatedTraining.Stop stop = training.stop();
    out.put("stopped_by", stop != null ? stop.name().toLowerCase(Locale.ROOT)
        .replace('_', '-') : "duration");
    ComputePlan plan = training.plan();
    out.put("cpu_hz", plan.cpuHz());
    out.put("batch", plan.batch());
    out.put("compute_s", plan.computeS());
    out.put("compute_j", plan.computeJ());
    out.put("upload_s", settings.uploadS());
    out.put("broadcast_s", settings.broadcastS());
    double mse = 0;
    double mseZf = 0;
    double movement = 0;
    for (RoundRecord r : rounds) {
      mse += r.design().mse() / rounds.size();
      mseZf += r.design().mseZf() / rounds.size();
      movement += r.movementS();
    }
    out.put("mse_mean", rounds.isEmpty() ? Double.NaN : mse);
    out.put("mse_zero_forcing_mean", rounds.isEmpty() ? Double.NaN : mseZf);
    LearningModel model = settings.learning();
    double initial = model.initialGap();
    out.put("bound_initial", initial);
    RoundRecord last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    out.put("bound_final", last != null ? last.bound() : initial);
    out.put("perplexity_final", model.perplexity(last != null ? last.bound() : initial));
    out.put("elapsed_s", last != null ? last.elapsedS() : 0.0);
    out.put("movement_s", movement);
    out.put("energy_j", last != null ? last.spentJ() : 0.0);
    out.put("jain", who.jain());
    List<Long> counts = new ArrayList<>();
    for (int k = 0; k < who.pool(); k++) {
      counts.add(who.count(k));
    }
    out.put("participation", counts);
    out.put("positions_m", Arrays.asList(training.layout().toRows()));
    out.put("min_spacing_m", training.layout().minSpacing());
    return out;
  }

  @Override
  public Map<String, String> outputFiles() {
    return Map.of("fl-rounds.csv", RoundsCsv.of(training.rounds(),
        training.participation().pool()));
  }
}
