package io.fluidedge.sim;

import io.fluidedge.metrics.RunListener;
import io.fluidedge.optimize.Problem;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Streams;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs one scenario as a discrete-event simulation on its own SSJ simulator.
 *
 * <p>Entities: one {@link UserDevice} per user, the {@link BaseStation}, the
 * {@link FluidAntennaPanel}, the {@link EdgeServer} and the {@link Controller}, plus the entity
 * plugins of {@link Components#entities()}, which see every request and block event. The channel draws
 * come from the scenario seed's channel stream and the Poisson arrivals from its traffic stream,
 * so two policies run on one seed see the same channels and requests (common random numbers).
 * Not thread-safe; independent runs may proceed in parallel threads.
 */
public final class NetworkSimulation {

  private NetworkSimulation() {
  }

  /**
   * Simulates a scenario with explicit components; the traffic source is closed at the end.
   *
   * @param scenario      the resolved scenario (radio, model, server, optimizer timing, duration)
   * @param components    channel model, accuracy model, policy, traffic source and entity
   *                      plugins (started at time 0, before the first block)
   * @param output        receives every request and block record and the spans it wants, after
   *                      the entity plugins (e.g. the run's {@link io.fluidedge.metrics.RunRecorder})
   * @param stopRequested polled every 1024 events and after every block; true stops the run
   * @return the run's counts and timing
   */
  public static RunResult run(Scenario scenario, Components components, RunListener output,
      BooleanSupplier stopRequested) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(stopRequested, "stopRequested");
    try (var traffic = components.traffic()) {
      int users = scenario.radio().users();
      EventLoop sim = new EventLoop();
      EntityHub entities = new EntityHub(sim, scenario, components.entities());
      Ledger ledger = new Ledger(output, components.accuracy(), users, entities);
      EdgeServer server = new EdgeServer(sim, users, scenario.server().discipline(), ledger);
      UserDevice[] devices = new UserDevice[users];
      for (int k = 0; k < users; k++) {
        devices[k] = new UserDevice(sim, k, server, ledger);
      }
      BaseStation station = new BaseStation(scenario.radio().bandwidthHz(), devices);
      FluidAntennaPanel panel = new FluidAntennaPanel(scenario.optimizer().antennaSpeedMps());
      ChannelProcess channels = new ChannelProcess(components.channelModel(),
          scenario.radio().evolution(), scenario.radio().dopplerHz(), scenario.coherenceS(),
          Streams.of(scenario.seed(), Streams.CHANNEL));
      Controller controller = new Controller(sim, channels,
          channel -> Problem.of(scenario, channel, components.accuracy()), components.policy(),
          station, panel, server, devices, ledger, scenario.blocks(), scenario.coherenceS(),
          scenario.optimizer().controlDelayS());
      double cyclesPerToken = scenario.model().cyclesPerParameter() * scenario.model().parameters();
      RequestFeed feed = new RequestFeed(sim, traffic, devices, ledger, cyclesPerToken,
          scenario.durationS());

      long t0 = System.nanoTime();
      entities.start();
      if (!entities.columns().isEmpty()) {
        output.blockColumns(entities.columns());
      }
      controller.start();
      feed.start();
      boolean complete = sim.runUntil(scenario.durationS(), stopRequested);
      double wallMs = (System.nanoTime() - t0) / 1e6;

      long inFlight = server.inFlight();
      for (UserDevice d : devices) {
        inFlight += d.inFlight();
      }
      return new RunResult(sim.time(), complete, ledger.arrived(), ledger.completed(), inFlight,
          ledger.dropped(), sim.events(), controller.blocksDecided(),
          controller.optimizerWallMs(), wallMs, traffic.rejectedRows(),
          traffic.firstRejection());
    }
  }
}
