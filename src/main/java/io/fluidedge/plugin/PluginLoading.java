package io.fluidedge.plugin;

import io.fluidedge.metrics.Logging;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The {@code --plugins DIR} option: finds plugin jars in directories and builds the
 * {@link PluginRegistry} over them.
 *
 * <p>In each directory every {@code *.jar} (not recursive) is loaded. As a convenience for a
 * plugin's own Maven project, a directory with no jars whose {@code target/} holds some uses those
 * instead (sources, javadoc, test and {@code original-} jars excluded). The jars go into one
 * {@link URLClassLoader} whose parent is the application class loader, so plugins see the core
 * classes and the core's dependencies.
 */
public final class PluginLoading {

  private PluginLoading() {
  }

  /**
   * The registry of the built-ins plus the plugins in {@code dirs}.
   *
   * @param dirs plugin directories, in command-line order (empty: built-ins and the class path only)
   * @throws InputException if a directory is missing or not a directory, or two plugins of a kind
   *                        share a name
   */
  public static PluginRegistry registry(List<Path> dirs) {
    List<Path> jars = jars(dirs);
    ClassLoader app = PluginLoading.class.getClassLoader();
    if (jars.isEmpty()) {
      return PluginRegistry.load(app);
    }
    // A plugin may log through Log4j as it loads: only once Log4j is configured.
    Logging.ready();
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw InputException.argument("--plugins", "bad jar path: " + jars.get(i));
      }
    }
    // Never closed: plugin classes stay in use until the process ends.
    return PluginRegistry.load(new URLClassLoader("fluidedge-plugins", urls, app));
  }

  /**
   * The plugin jars of each directory, in command-line order, each directory's sorted by name.
   *
   * @throws InputException if a directory is missing or not a directory
   */
  public static List<Path> jars(List<Path> dirs) {
    List<Path> all = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.exists(dir)) {
        throw InputException.argument("--plugins", "no such directory: " + dir);
      }
      if (!Files.isDirectory(dir)) {
        throw InputException.argument("--plugins", "not a directory: " + dir);
      }
      List<Path> here = listJars(dir, false);
      Path target = dir.resolve("target");
      if (here.isEmpty() && Files.isDirectory(target)) {
        here = listJars(target, true);
      }
      for (Path jar : here) {
        requireJar(jar);
      }
      all.addAll(here);
    }
    return all;
  }

  /**
   * Checks the scenario's plugins before anything runs, so that every error is reported at the
   * line of the scenario that caused it: names and settings against the registry
   * ({@link PluginRegistry#validate}), then the channel model, accuracy model and policy are each
   * created once, so that a plugin rejecting its configuration fails here rather than when the
   * clock has started.
   *
   * @throws InputException naming the key's file, line and column
   */
  public static void requireKnown(PluginRegistry registry, LoadedScenario loaded) {
    registry.validate(loaded);
    Scenario s = loaded.scenario();
    create(loaded, s.radio().channel(), () -> registry.channelModel(s));
    create(loaded, s.model().accuracy(), () -> registry.accuracyModel(s));
    create(loaded, s.optimizer().policy(), () -> registry.policy(s));
  }

  /**
   * Creates a plugin once: its InputException is re-reported at the scenario line of the key it
   * names when the scenario has one; an IllegalArgumentException is taken as the plugin
   * rejecting its configuration.
   */
  private static void create(LoadedScenario loaded, String name, Runnable creation) {
    try {
      creation.run();
    } catch (InputException e) {
      boolean located = e.line() > 0 || e.field() == null
          || loaded.locations().key(e.field()).isEmpty();
      throw located ? e : loaded.locations().keyError(e.field(), e.rule());
    } catch (IllegalArgumentException e) {
      String key = "plugins." + name;
      String rule = "plugin '" + name + "' rejected its configuration: " + e.getMessage();
      throw loaded.locations().key(key).isPresent() ? loaded.locations().keyError(key, rule)
          : new InputException(loaded.scenario().source(), 0, 0, key, rule);
    }
  }

  private static List<Path> listJars(Path dir, boolean skipSideArtifacts) {
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.jar")) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && !(skipSideArtifacts && sideArtifact(name))) {
          jars.add(p);
        }
      }
    } catch (IOException e) {
      throw InputException.argument("--plugins", "cannot list " + dir + ": " + e.getMessage());
    }
    jars.sort(null);
    return jars;
  }

  /** A jar the class loader would silently skip is reported instead. */
  private static void requireJar(Path jar) {
    try (JarFile ignored = new JarFile(jar.toFile())) {
      // Opening reads the central directory: enough to know it is a zip archive.
    } catch (IOException e) {
      throw InputException.argument("--plugins", "not a readable jar: " + jar
          + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }
  }

  /** Jars a Maven build leaves beside the plugin jar that hold no (or duplicate) plugin code. */
  private static boolean sideArtifact(String name) {
    return name.startsWith("original-") || name.endsWith("-sources.jar")
        || name.endsWith("-javadoc.jar") || name.endsWith("-tests.jar");
  }
}
