package io.fluidedge.plugin;

/**
 * A named factory of one plugin kind, found by {@link java.util.ServiceLoader} through the kind's
 * provider interface (e.g. {@link PolicyProvider}). Built-ins register the same way.
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

  /**
   * Creates an instance for one run.
   *
   * @param context the run's scenario and this plugin's configuration
   * @throws io.fluidedge.scenario.InputException if the configuration is bad
   */
  T create(PluginContext context);
}
