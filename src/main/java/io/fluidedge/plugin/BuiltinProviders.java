package io.fluidedge.plugin;

import io.fluidedge.external.ExternalPolicy;
import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.inference.PsnrAccuracy;
import io.fluidedge.optimize.BcdPolicy;
import io.fluidedge.optimize.Policy;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.CorrelatedChannel;
import io.fluidedge.radio.GeometricChannel;
import io.fluidedge.radio.Layouts;
import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.UserClasses;
import io.fluidedge.scenario.Streams;
import io.fluidedge.traffic.PoissonSource;
import io.fluidedge.traffic.TraceReader;
import io.fluidedge.traffic.TrafficSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The built-in channel model, accuracy model, policies, traffic sources and entity plugin,
 * registered through ServiceLoader like any plugin.
 */
public final class BuiltinProviders {

  private BuiltinProviders() {
  }

  /** {@code geometric}: the field-response multipath channel of docs/model.md. */
  public static final class Geometric implements ChannelModelProvider {
    @Override
    public String name() {
      return "geometric";
    }

    @Override
    public String description() {
      return "field-response multipath channel (Ma et al.), L paths, Rician split";
    }

    @Override
    public ChannelModel create(PluginContext context) {
      return GeometricChannel.of(context.scenario().radio());
    }
  }

  /**
   * {@code correlated}: the spatially correlated fluid-antenna channel, Jakes correlation between
   * BS antenna positions, interpolated from a port grid ({@code radio.port-spacing-wavelengths}).
   */
  public static final class Correlated implements ChannelModelProvider {
    @Override
    public String name() {
      return "correlated";
    }

    @Override
    public String description() {
      return "spatially correlated Rayleigh ports, J0(2 pi d / lambda) (Jakes), kriged between"
          + " ports";
    }

    @Override
    public ChannelModel create(PluginContext context) {
      Scenario s = context.scenario();
      try {
        return CorrelatedChannel.of(s.radio());
      } catch (IllegalArgumentException e) {
        throw new InputException(s.source(), 0, 0, "radio.port-spacing-wavelengths",
            e.getMessage());
      }
    }
  }

  /** {@code psnr}: PSNR of uniformly quantised features. */
  public static final class Psnr implements AccuracyModelProvider {
    @Override
    public String name() {
      return "psnr";
    }

    @Override
    public String description() {
      return "PSNR of uniformly quantised features, dB";
    }

    @Override
    public AccuracyModel create(PluginContext context) {
      return new PsnrAccuracy(context.scenario().model().featureMin(),
          context.scenario().model().featureMax());
    }
  }

  private abstract static class Bcd implements PolicyProvider {
    @Override
    public Policy create(PluginContext context) {
      Scenario s = context.scenario();
      return create(s, Panel.of(s.radio()), s.radio().bsAntennas());
    }

    abstract Policy create(Scenario s, Panel panel, int antennas);
  }

  /** {@code joint}: every block optimised. */
  public static final class Joint extends Bcd {
    @Override
    public String name() {
      return "joint";
    }

    @Override
    public String description() {
      return "joint BCD over positions, combiners, CPU shares and bits";
    }

    @Override
    Policy create(Scenario s, Panel panel, int antennas) {
      return BcdPolicy.joint(s.optimizer(), panel, antennas,
          Streams.of(s.seed(), Streams.POSITIONS));
    }
  }

  /** {@code fpa}: fixed antennas on the panel diagonal. */
  public static final class Fpa extends Bcd {
    @Override
    public String name() {
      return "fpa";
    }

    @Override
    public String description() {
      return "fixed-position antennas on the panel diagonal";
    }

    @Override
    Policy create(Scenario s, Panel panel, int antennas) {
      if (antennas > Layouts.maxOnDiagonal(panel)) {
        throw new InputException(s.source(), 0, 0, "radio.bs-antennas", "fpa places the "
            + antennas + " antennas on the panel diagonal, which holds at most "
            + Layouts.maxOnDiagonal(panel) + " at the minimum spacing");
      }
      return BcdPolicy.fpa(s.optimizer(), panel, antennas);
    }
  }

  /** {@code random-fa}: random feasible positions, fixed for the run. */
  public static final class RandomFa extends Bcd {
    @Override
    public String name() {
      return "random-fa";
    }

    @Override
    public String description() {
      return "random feasible antenna positions, fixed";
    }

    @Override
    Policy create(Scenario s, Panel panel, int antennas) {
      return BcdPolicy.randomFa(s.optimizer(), panel, antennas,
          Streams.of(s.seed(), Streams.POSITIONS));
    }
  }

  /** {@code fixed-bits}: every user sends optimizer.fixed-bits bits. */
  public static final class FixedBits extends Bcd {
    @Override
    public String name() {
      return "fixed-bits";
    }

    @Override
    public String description() {
      return "bits fixed at optimizer.fixed-bits";
    }

    @Override
    Policy create(Scenario s, Panel panel, int antennas) {
      return BcdPolicy.fixedBits(s.optimizer(), panel, antennas);
    }
  }

  /** {@code equal-cpu}: f_k = F/K. */
  public static final class EqualCpu extends Bcd {
    @Override
    public String name() {
      return "equal-cpu";
    }

    @Override
    public String description() {
      return "equal server CPU shares F/K";
    }

    @Override
    Policy create(Scenario s, Panel panel, int antennas) {
      return BcdPolicy.equalCpu(s.optimizer(), panel, antennas);
    }
  }

  /**
   * {@code external}: an agent outside the JVM decides the allocation, or part of it, over JSON
   * lines (docs/external.md). Configuration under {@code plugins.external}: {@code command} (the
   * agent program and its arguments, as a list or a space-separated string; {@code stdio} for the
   * simulator's own standard input and output), {@code timeout-s} (wait per reply, default 60),
   * {@code channel} (observations carry the channel, default false), {@code slo-s} (latency
   * objective for the over-SLO counts, default none).
   */
  public static final class External implements PolicyProvider {
    @Override
    public String name() {
      return "external";
    }

    @Override
    public String description() {
      return "an agent outside the JVM over JSON lines (plugins.external.command)";
    }

    @Override
    public Set<String> configKeys() {
      return Set.of("command", "timeout-s", "startup-timeout-s", "channel", "slo-s");
    }

    @Override
    public Policy create(PluginContext context) {
      List<String> command = command(context);
      double timeoutS = context.number("timeout-s", 60);
      if (!(timeoutS > 0)) {
        throw context.error("timeout-s", "must be > 0 s, got " + timeoutS);
      }
      double startupS = context.number("startup-timeout-s", 60);
      if (!(startupS > 0)) {
        throw context.error("startup-timeout-s", "must be > 0 s, got " + startupS);
      }
      double sloS = context.number("slo-s", Double.POSITIVE_INFINITY);
      if (!(sloS > 0)) {
        throw context.error("slo-s", "must be > 0 s, got " + sloS);
      }
      return new ExternalPolicy(context.scenario(),
          command.equals(List.of("stdio")) ? null : command, timeoutS, startupS,
          context.bool("channel", false), sloS);
    }

    private static List<String> command(PluginContext context) {
      Object raw = context.config().get("command");
      List<String> words = new ArrayList<>();
      if (raw instanceof List<?> list) {
        for (Object o : list) {
          words.add(String.valueOf(o));
        }
      } else if (raw != null) {
        words.addAll(Arrays.asList(context.string("command", "").trim().split("\\s+")));
        words.removeIf(String::isEmpty);
      }
      if (words.isEmpty()) {
        throw context.error("command", "the agent to start is required (a program and its "
            + "arguments, or 'stdio' for the simulator's own standard input and output)");
      }
      return words;
    }
  }

  /**
   * {@code poisson}: independent Poisson arrivals at traffic.rate-hz per user from the scenario
   * seed's traffic stream; every request has D feature elements and one token; arrivals in
   * [0, duration-s).
   */
  public static final class Poisson implements TrafficSourceProvider {
    @Override
    public String name() {
      return "poisson";
    }

    @Override
    public String description() {
      return "Poisson arrivals, traffic.rate-hz per user";
    }

    @Override
    public TrafficSource create(PluginContext context) {
      Scenario s = context.scenario();
      UserClasses classes = s.userClasses();
      if (classes.declared()) {
        int k = classes.users();
        double[] rates = new double[k];
        double[] features = new double[k];
        for (int u = 0; u < k; u++) {
          rates[u] = classes.classOf(u).rateHz();
          features[u] = classes.classOf(u).featureElements();
        }
        return new PoissonSource(Streams.of(s.seed(), Streams.TRAFFIC), rates, features,
            s.durationS());
      }
      return new PoissonSource(Streams.of(s.seed(), Streams.TRAFFIC), s.radio().users(),
          s.traffic().rateHz(), s.model().featureElements(), 1.0, s.durationS());
    }
  }

  /**
   * {@code trace}: replays traffic.trace (CSV or CSV.gz, streamed), a relative path resolved
   * against the scenario file's folder.
   */
  public static final class Trace implements TrafficSourceProvider {
    @Override
    public String name() {
      return "trace";
    }

    @Override
    public String description() {
      return "replays the CSV trace traffic.trace";
    }

    @Override
    public TrafficSource create(PluginContext context) {
      Scenario s = context.scenario();
      Path trace = context.resolve(s.traffic().trace());
      if (!Files.exists(trace)) {
        throw new InputException(s.source(), 0, 0, "traffic.trace", "no such file: " + trace
            + (Path.of(s.traffic().trace()).isAbsolute() ? ""
            : " (a relative path is resolved against the scenario file's folder)"));
      }
      return TraceReader.open(trace, s.traffic(), s.radio().users(),
          s.model().featureElements());
    }
  }

  /** {@code occupancy}: requests in the network over time and Little's law (see Occupancy). */
  public static final class OccupancyProvider implements EntityPluginProvider {
    @Override
    public String name() {
      return "occupancy";
    }

    @Override
    public String description() {
      return "requests in the network over time, Little's law check";
    }

    @Override
    public Set<String> configKeys() {
      return Set.of("sample-period-s");
    }

    @Override
    public EntityPlugin create(PluginContext context) {
      double period = context.number("sample-period-s", 0);
      if (!(period >= 0)) {
        throw context.error("sample-period-s", "must be >= 0 (0: no sampling), got " + period);
      }
      return new Occupancy(period);
    }
  }
}
