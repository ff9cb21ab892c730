package io.fluidedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.plugin.PolicyProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.rng.RandomStream;

/**
 * {@code plugins} and {@code --plugins DIR}, with a policy plugin compiled and packed into a jar
 * here, so that its class exists only in that jar.
 */
class PluginsCommandTest {

  private static final String PROVIDER = "testplugin.CopyOfJointProvider";
  private static final String SOURCE = """
      package testplugin;

      import io.fluidedge.optimize.BcdPolicy;
      import io.fluidedge.optimize.Policy;
      import io.fluidedge.plugin.PluginContext;
      import io.fluidedge.plugin.PolicyProvider;
      import io.fluidedge.radio.Panel;
import io.fluidedge.scenario.Streams;
      import io.fluidedge.scenario.Scenario;

      public final class CopyOfJointProvider implements PolicyProvider {
        @Override
        public String name() {
          return "Copy-Of-Joint";
        }

        @Override
        public String description() {
          return "the joint policy, from a plugin jar";
        }

        @Override
        public Policy create(PluginContext context) {
          Scenario s = context.scenario();
          return BcdPolicy.joint(s.optimizer(), Panel.of(s.radio()), s.radio().bsAntennas(),
              Streams.of(s.seed(), Streams.POSITIONS));
        }
      }
      """;

  @TempDir
  static Path dir;
  static Path pluginDir;
  static Path jar;
  static Path projectDir;
  static Path projectJar;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void buildPluginJar() throws Exception {
    Path src = dir.resolve("src/testplugin/CopyOfJointProvider.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String classPath = String.join(File.pathSeparator, List.of(
        location(PluginRegistry.class), location(RandomStream.class),
        location(ZMatrixRMaj.class)));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code = javac.run(null, log, log, "-d", classes.toString(), "-cp", classPath,
        "--release", "17", src.toString());
    assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();

    pluginDir = Files.createDirectories(dir.resolve("plugins"));
    jar = pluginDir.resolve("copy-of-joint.jar");
    writeJar(jar, classes.resolve("testplugin/CopyOfJointProvider.class"));
    projectDir = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(projectDir.resolve("target"));
    projectJar = projectDir.resolve("target/copy-of-joint-1.0.jar");
    Files.copy(jar, projectJar);
  }

  private static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static void writeJar(Path target, Path classFile) throws Exception {
    try (OutputStream file = Files.newOutputStream(target);
        JarOutputStream jarOut = new JarOutputStream(file)) {
      jarOut.putNextEntry(new JarEntry("META-INF/services/" + PolicyProvider.class.getName()));
      jarOut.write((PROVIDER + "\n").getBytes(StandardCharsets.UTF_8));
      jarOut.closeEntry();
      jarOut.putNextEntry(new JarEntry(PROVIDER.replace('.', '/') + ".class"));
      jarOut.write(Files.readAllBytes(classFile));
      jarOut.closeEntry();
    }
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void plugins_listsTheBuiltInsByKind() {
    assertThat(run("plugins")).isZero();
    String text = out.toString();
    assertThat(text).contains("channel-model (2)", "accuracy-model (1)", "policy (6)",
        "traffic-source (2)", "entity-plugin (1)");
    for (String name : List.of("geometric", "correlated", "psnr", "joint", "fpa", "random-fa",
        "fixed-bits", "equal-cpu", "external", "poisson", "trace", "occupancy")) {
      assertThat(text.lines()).anyMatch(l -> l.matches("  " + name + " +built-in  \\S.*"));
    }
    assertThat(text).contains("  occupancy ").containsPattern(
        "(?m)^  occupancy .*\n      keys \\(plugins\\.occupancy\\): sample-period-s$");
    assertThat(text.indexOf("channel-model")).isLessThan(text.indexOf("accuracy-model"));
    assertThat(text.indexOf("accuracy-model")).isLessThan(text.indexOf("policy"));
    assertThat(text.indexOf("policy")).isLessThan(text.indexOf("traffic-source"));
    assertThat(text.indexOf("traffic-source")).isLessThan(text.indexOf("entity-plugin"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void plugins_listsAJarPluginWithItsPath() {
    assertThat(run("plugins", "--plugins", pluginDir.toString())).isZero();
    assertThat(out.toString()).contains("policy (7)")
        .containsPattern("  copy-of-joint +" + Pattern.quote(jar.toString())
            + "  the joint policy, from a plugin jar");
  }

  @Test
  void plugins_usesTargetJarsOfAPluginProject() {
    assertThat(PluginLoading.jars(List.of(projectDir))).containsExactly(projectJar);
    assertThat(run("plugins", "--plugins", projectDir.toString())).isZero();
    assertThat(out.toString()).contains("copy-of-joint", projectJar.toString());
  }

  @Test
  void plugins_missingOrNonDirectoryExitsTwo() {
    Path none = dir.resolve("none");
    assertThat(run("plugins", "--plugins", none.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: --plugins: no such directory: " + none
        + System.lineSeparator());
    assertThat(run("plugins", "--plugins", jar.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: --plugins: not a directory: " + jar);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void optimize_runsAPolicyFromAPluginJar() throws Exception {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, "optimizer: {policy: copy-of-joint}\n");
    assertThat(run("optimize", scenario.toString(), "--json")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown policy 'copy-of-joint'");

    ObjectMapper mapper = new ObjectMapper();
    assertThat(run("optimize", scenario.toString(), "--json", "--plugins", pluginDir.toString()))
        .as(err.toString()).isZero();
    ObjectNode plugin = (ObjectNode) mapper.readTree(out.toString());
    assertThat(plugin.get("policy").asText()).isEqualTo("copy-of-joint");
    assertThat(run("optimize", scenario.toString(), "--json", "--set", "optimizer.policy=joint"))
        .isZero();
    ObjectNode builtin = (ObjectNode) mapper.readTree(out.toString());
    for (ObjectNode o : List.of(plugin, builtin)) {
      o.remove("policy");
      o.remove("opt_wall_ms");
    }
    assertThat(plugin).isEqualTo(builtin);
  }
}
