package io.fluidedge.sim;

import io.fluidedge.cell.CellUsers;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.optimize.Problem;
import io.fluidedge.optimize.StopRequest;
import io.fluidedge.radio.ChannelProcess;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Server;
import io.fluidedge.scenario.Streams;
import io.fluidedge.scenario.UserClass;
import io.fluidedge.traffic.ReadAhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs one scenario as a discrete-event simulation on its own SSJ simulator.
 *
 * <p>Entities: one {@link UserDevice} per user, the {@link BaseStation}, the
 * {@link FluidAntennaPanel}, the edge server ({@link EdgeServer}, or {@link LlmServer} for the
 * llm discipline) and the {@link Controller}, plus the entity
 * plugins of {@link Components#entities()}, which see every request and block event. The channel draws
 * come from the scenario seed's channel stream and the Poisson arrivals from its traffic stream,
 * so two policies run on one seed see the same channels and requests (common random numbers).
 *
 * <p>A policy that is also a {@link RunListener} sees every request and block record before the
 * output does (so it knows the queues at each block start), and a policy that is
 * {@link AutoCloseable} is closed when the run ends, like the traffic source. A policy that
 * rejects its input stops the run early ({@link RunResult#failure()}).
 * Not thread-safe; independent runs may proceed in parallel threads.
 */
public final class NetworkSimulation {

  /** Runs in progress in this JVM: a trace is parsed ahead only while a processor is free. */
  private static final AtomicInteger RUNNING = new AtomicInteger();

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
    int running = RUNNING.incrementAndGet();
    try (var traffic = ReadAhead.of(components.traffic(), running)) {
      int users = scenario.radio().users();
      EventLoop sim = new EventLoop();
      EntityHub entities = new EntityHub(sim, scenario, components.entities());
      RunListener listeners = components.policy() instanceof RunListener watching
          ? RunListener.tee(watching, output) : output;
      Ledger ledger = new Ledger(listeners, components.accuracy(), users, entities);
      boolean llm = scenario.server().discipline() == Server.Discipline.LLM;
      InferenceServer server = llm ? new LlmServer(sim, scenario.server().llm(), ledger)
          : new EdgeServer(sim, users, scenario.server().discipline(),
              scenario.server().cpuHz(), ledger);
      UserDevice[] devices = new UserDevice[users];
      for (int k = 0; k < users; k++) {
        devices[k] = new UserDevice(sim, k, server, ledger, scenario.queues());
      }
      BaseStation station = new BaseStation(scenario.radio().bandwidthHz(), devices);
      FluidAntennaPanel panel = new FluidAntennaPanel(scenario.optimizer().antennaSpeedMps());
      ChannelProcess channels = new ChannelProcess(components.channelModel(),
          scenario.radio().evolution(), scenario.radio().dopplerHz(), scenario.coherenceS(),
          Streams.of(scenario.seed(), Streams.CHANNEL));
      CellUsers cell = CellUsers.of(scenario);
      Controller controller = new Controller(sim, channels, cell,
          (channel, profiles) -> Problem.of(scenario, channel, components.accuracy(), profiles),
          components.policy(), station, panel, server, devices, ledger, scenario.blocks(),
          scenario.coherenceS(), scenario.optimizer().controlDelayS(), scenario.durationS());
      double[] cyclesPerToken = new double[users];
      for (int k = 0; k < users; k++) {
        UserClass c = scenario.userClasses().classOf(k);
        cyclesPerToken[k] = c.cyclesPerParameter() * c.parameters();
      }
      RequestFeed feed = new RequestFeed(sim, traffic, devices, ledger, cyclesPerToken,
          scenario.durationS(), llm ? scenario.traffic().featuresPerToken() : 0,
          scenario.slo().deadlineS(),
          scenario.slo().dropExpired() && server instanceof EdgeServer e ? e : null);

      long t0 = System.nanoTime();
      entities.start();
      List<String> columns = new ArrayList<>(entities.columns());
      if (cell.spatial()) {
        columns.addAll(CellUsers.columnNames(users));
      }
      if (!columns.isEmpty()) {
        output.blockColumns(columns);
      }
      controller.start();
      feed.start();
      boolean complete = StopRequest.during(stopRequested,
          () -> sim.runUntil(scenario.durationS(),
              () -> controller.failure() != null || stopRequested.getAsBoolean()))
          && controller.failure() == null;
      double wallMs = (System.nanoTime() - t0) / 1e6;

      long inFlight = server.inFlight();
      List<QueueLoad> loads = new ArrayList<>();
      for (int k = 0; k < users; k++) {
        inFlight += devices[k].inFlight();
        devices[k].forEachHeld(job -> ledger.inFlightAtEnd(job, sim.time()));
        loads.add(new QueueLoad("uplink of user " + k, devices[k].offeredBits(),
            devices[k].capacityBits(sim.time()), "bits"));
      }
      server.forEachHeld(job -> ledger.inFlightAtEnd(job, sim.time()));
      server.loads(sim.time(), (queue, offered, capacity, unit) ->
          loads.add(new QueueLoad(queue, offered, capacity, unit)));
      return new RunResult(sim.time(), complete, ledger.arrived(), ledger.completed(), inFlight,
          ledger.dropped(), sim.events(), controller.blocksDecided(),
          controller.optimizerWallMs(), wallMs, traffic.rejectedRows(),
          traffic.firstRejection(), controller.failure(), ledger.expired(), loads);
    } finally {
      RUNNING.decrementAndGet();
      close(components.policy());
    }
  }

  /** Closes the policy at the end of the run if it holds resources (e.g. an agent process). */
  private static void close(Object policy) {
    if (policy instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("closing the policy: " + e.getMessage(), e);
      }
    }
  }
}
