package io.fluidedge.plugin;

import java.util.Set;

/**
 * A named factory of one plugin kind, found by {@link java.util.ServiceLoader} through the kind's
 * provider interface (e.g. {@link PolicyProvider}). Built-ins register the same way.
 *
 * <p>A plugin's configuration is the map under its name in the scenario's {@code plugins:}
 * section. Keys outside {@link #configKeys()} are rejected (with the file and line) before the
 * run starts, and a plugin with a non-empty configuration is created once then to check the
 * values, so {@link #create} may be called more than once per run and should do nothing but
 * read its configuration (and files it names).
 *
 * @param <T> what the provider creates
 */
public interface Provider<T> {

  /** The name scenarios use to select this plugin (matched case-insensitively). */
  String name();

  /** One line for {@code fluidedge plugins}. */
  default String description() {
    return "";
  }

  /** The keys this plugin accepts under {@code plugins.<name>} (lower-kebab); none by default. */
  default Set<String> configKeys() {
    return Set.of();
  }

  /**
   * Creates an instance for one run.
   *
   * @param context the run's scenario and this plugin's configuration
   * @throws io.fluidedge.scenario.InputException if the configuration is bad (raise it through
   *                                              {@link PluginContext#error})
   */
  T create(PluginContext context);
}
