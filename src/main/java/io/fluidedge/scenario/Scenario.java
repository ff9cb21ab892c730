package io.fluidedge.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fully resolved scenario: every key of docs/formats.md with its default filled in.
 *
 * <p>Units are SI and ride in the names. Instances come from {@link ScenarioLoader}, which
 * validates against file, line and key before constructing; the compact constructors here are the
 * last line of defence and put the bad value in the message.
 *
 * @param name       scenario name (free text)
 * @param seed       master seed; every random stream is seeded from it
 * @param durationS  simulated time, s (&gt; 0)
 * @param coherenceS channel coherence block length T_c, s (&gt; 0)
 * @param radio      radio and channel settings
 * @param model      large-model workload and accuracy model
 * @param server     edge server
 * @param traffic    request source
 * @param optimizer  policy and solver settings
 * @param output     what the run writes and where
 * @param cell       the cell: link-budget mode, path-loss model, heights, noise figure
 * @param classes    the declared user classes ({@code users.classes}); empty: one class from the
 *                   flat keys (see {@link #userClasses()})
 * @param plugins    per-plugin configuration, keyed by plugin name (values are plain YAML
 *                   scalars, lists and maps); empty when the scenario has no {@code plugins:}
 * @param source     the file the scenario was read from, for messages ("&lt;defaults&gt;" if none)
 */
public record Scenario(
    String name,
    long seed,
    double durationS,
    double coherenceS,
    Radio radio,
    Model model,
    Server server,
    Traffic traffic,
    OptimizerSettings optimizer,
    Output output,
    Cell cell,
    List<UserClass> classes,
    Map<String, Map<String, Object>> plugins,
    String source) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(radio, "radio");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(output, "output");
    cell = cell == null ? Cell.DEFAULT : cell;
    classes = classes == null ? List.of() : List.copyOf(classes);
    if (!classes.isEmpty()) {
      int k = classes.stream().mapToInt(UserClass::count).sum();
      if (k != radio.users()) {
        throw new IllegalArgumentException("users.classes counts sum to " + k
            + " users but radio.users = " + radio.users() + " (set radio.users: " + k + ")");
      }
      for (UserClass c : classes) {
        if (c.userAntennas() != radio.userAntennas()) {
          throw new IllegalArgumentException("class " + c.name() + " has user-antennas = "
              + c.userAntennas() + " but every class must have radio.user-antennas = "
              + radio.userAntennas() + " (the rate kernels need one N)");
        }
      }
    }
    if (!(durationS > 0) || Double.isInfinite(durationS)) {
      throw new IllegalArgumentException("duration-s must be positive and finite: " + durationS);
    }
    if (!(coherenceS > 0) || Double.isInfinite(coherenceS)) {
      throw new IllegalArgumentException("coherence-s must be positive and finite: " + coherenceS);
    }
    plugins = plugins == null ? Map.of() : Map.copyOf(plugins);
    source = source == null ? "<defaults>" : source;
  }

  /** A scenario without {@code cell} and {@code users} settings: the defaults' one class. */
  public Scenario(String name, long seed, double durationS, double coherenceS, Radio radio,
      Model model, Server server, Traffic traffic, OptimizerSettings optimizer, Output output,
      Map<String, Map<String, Object>> plugins, String source) {
    this(name, seed, durationS, coherenceS, radio, model, server, traffic, optimizer, output,
        Cell.DEFAULT, List.of(), plugins, source);
  }

  /**
   * The users grouped in classes: the declared {@code users.classes}, or one class
   * {@value UserClass#DEFAULT_NAME} from the flat keys. {@code userClasses().className(k)} is
   * user k's class name.
   */
  public UserClasses userClasses() {
    if (!classes.isEmpty()) {
      return new UserClasses(classes, true);
    }
    return new UserClasses(List.of(new UserClass(UserClass.DEFAULT_NAME, radio.users(),
        radio.userAntennas(), radio.snrDb(), cell.txPowerDbm(), model.parameters(),
        model.cyclesPerParameter(), model.featureElements(), model.bitsMin(), model.bitsMax(),
        traffic.rateHz(), Placement.annulus(cell.rMinM(), cell.rMaxM()), Mobility.STATIC)),
        false);
  }

  /** Number of coherence blocks that start within the run: ceil(duration / T_c). */
  public long blocks() {
    return (long) Math.ceil(durationS / coherenceS - 1e-9);
  }

  /** A copy with another seed (the CLI's {@code --seed}). */
  public Scenario withSeed(long newSeed) {
    return new Scenario(name, newSeed, durationS, coherenceS, radio, model, server, traffic,
        optimizer, output, cell, classes, plugins, source);
  }

  /** A copy with another optimizer section. */
  public Scenario withOptimizer(OptimizerSettings settings) {
    return new Scenario(name, seed, durationS, coherenceS, radio, model, server, traffic,
        settings, output, cell, classes, plugins, source);
  }
}
