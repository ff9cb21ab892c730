package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.plugin.ChannelModelProvider;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.plugin.PolicyProvider;
import io.fluidedge.plugin.TrafficSourceProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import umontreal.ssj.rng.RandomStream;

/**
 * The registry built from {@code --plugins DIR} is the one every command uses: a traffic-source,
 * a policy and a channel-model plugin, compiled here into one jar whose classes exist nowhere
 * else, each selected by its scenario key and run with {@code run}, {@code validate},
 * {@code compare} and {@code sweep}.
 */
class PluginDirectoryCommandsTest {

  private static final String TRAFFIC = """
      package dirplugin;

      import io.fluidedge.plugin.PluginContext;
      import io.fluidedge.plugin.TrafficSourceProvider;
      import io.fluidedge.scenario.Scenario;
      import io.fluidedge.scenario.Streams;
      import io.fluidedge.traffic.PeriodicSource;
      import io.fluidedge.traffic.TrafficSource;

      public final class Frames implements TrafficSourceProvider {
        public String name() { return "dir-frames"; }
        public String description() { return "periodic frames, from a plugin directory"; }
        public TrafficSource create(PluginContext context) {
          Scenario s = context.scenario();
          return new PeriodicSource(Streams.of(s.seed(), Streams.TRAFFIC), s.radio().users(),
              s.traffic().rateHz(), 0.0, s.model().featureElements(), 1.0, s.durationS());
        }
      }
      """;

  private static final String POLICY = """
      package dirplugin;

      import io.fluidedge.optimize.BcdPolicy;
      import io.fluidedge.optimize.Policy;
      import io.fluidedge.plugin.PluginContext;
      import io.fluidedge.plugin.PolicyProvider;
      import io.fluidedge.radio.Panel;
      import io.fluidedge.scenario.Scenario;

      public final class Joint implements PolicyProvider {
        public String name() { return "dir-joint"; }
        public String description() { return "the joint policy, from a plugin directory"; }
        public Policy create(PluginContext context) {
          Scenario s = context.scenario();
          return BcdPolicy.joint(s.optimizer(), Panel.of(s.radio()), s.radio().bsAntennas());
        }
      }
      """;

  private static final String CHANNEL = """
      package dirplugin;

      import io.fluidedge.plugin.ChannelModelProvider;
      import io.fluidedge.plugin.PluginContext;
      import io.fluidedge.radio.ChannelModel;
      import io.fluidedge.radio.GeometricChannel;

      public final class Geometric implements ChannelModelProvider {
        public String name() { return "dir-geometric"; }
        public String description() { return "the geometric channel, from a plugin directory"; }
        public ChannelModel create(PluginContext context) {
          return GeometricChannel.of(context.scenario().radio());
        }
      }
      """;

  /** The scenario with its channel model, traffic source and policy filled in. */
  private static final String SCENARIO = String.join("\n",
      "name: dir-plugins",
      "duration-s: 0.3",
      "coherence-s: 0.02",
      "radio: {channel: %s}",
      "model: {sensitivity: 1.4e-4, bits-max: 16}",
      "traffic: {rate-hz: 30, source: %s}",
      "optimizer: {policy: %s}",
      "output: {window-s: 0.1, plots: false}",
      "");

  @TempDir
  static Path dir;
  static Path plugins;

  @BeforeAll
  static void buildPluginJar() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/dirplugin"));
    List<String> sources = new ArrayList<>();
    for (String[] s : new String[][] {{"Frames", TRAFFIC}, {"Joint", POLICY},
        {"Geometric", CHANNEL}}) {
      Path file = src.resolve(s[0] + ".java");
      Files.writeString(file, s[1]);
      sources.add(file.toString());
    }
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String classPath = String.join(File.pathSeparator, List.of(location(PluginRegistry.class),
        location(RandomStream.class), location(ZMatrixRMaj.class)));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath,
        "--release", "17"));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code = javac.run(null, log, log, args.toArray(String[]::new));
    assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();

    plugins = Files.createDirectories(dir.resolve("plugins"));
    try (OutputStream file = Files.newOutputStream(plugins.resolve("dir-plugins.jar"));
        JarOutputStream jar = new JarOutputStream(file)) {
      service(jar, TrafficSourceProvider.class, "dirplugin.Frames");
      service(jar, PolicyProvider.class, "dirplugin.Joint");
      service(jar, ChannelModelProvider.class, "dirplugin.Geometric");
      for (String name : List.of("Frames", "Joint", "Geometric")) {
        jar.putNextEntry(new JarEntry("dirplugin/" + name + ".class"));
        jar.write(Files.readAllBytes(classes.resolve("dirplugin/" + name + ".class")));
        jar.closeEntry();
      }
    }
  }

  private static void service(JarOutputStream jar, Class<?> kind, String provider)
      throws Exception {
    jar.putNextEntry(new JarEntry("META-INF/services/" + kind.getName()));
    jar.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
    jar.closeEntry();
  }

  private static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static String command(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"radio.channel=dir-geometric", "traffic.source=dir-frames",
      "optimizer.policy=dir-joint"})
  void everyCommand_usesThePluginFromTheDirectory(String setting) throws Exception {
    String key = setting.substring(0, setting.indexOf('='));
    String name = setting.substring(setting.indexOf('=') + 1);
    Path out = dir.resolve(name);
    String p = plugins.toString();
    Path scenario = Files.writeString(dir.resolve(name + ".yaml"), String.format(SCENARIO,
        key.equals("radio.channel") ? name : "geometric",
        key.equals("traffic.source") ? name : "poisson",
        key.equals("optimizer.policy") ? name : "joint"));

    assertThat(command("validate", scenario.toString(), "--plugins", p)).contains("ok");
    command("run", scenario.toString(), "--plugins", p, "--out", out.resolve("run").toString());
    assertThat(out.resolve("run/scenario.yaml")).content().contains(name);
    assertThat(new ObjectMapper().readTree(out.resolve("run/summary.json").toFile())
        .path("complete").asBoolean()).isTrue();

    String policies = key.equals("optimizer.policy") ? "dir-joint,fpa" : "joint,fpa";
    command("compare", scenario.toString(), "--plugins", p, "--policies",
        policies, "--replications", "2", "--out", out.resolve("compare").toString());
    assertThat(out.resolve("compare/compare.csv")).content().contains(policies.split(",")[0]);

    command("sweep", scenario.toString(), "--plugins", p, "--grid",
        "radio.snr-db=5,10", "--replications", "1", "--out", out.resolve("sweep").toString());
    assertThat(out.resolve("sweep/results.csv")).content().hasLineCount(3);
  }
}
