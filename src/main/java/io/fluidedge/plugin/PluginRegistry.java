package io.fluidedge.plugin;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.optimize.Policy;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * All plugins found by ServiceLoader on a class loader (built-ins included), keyed by kind and
 * lower-case name. Duplicate names within a kind are rejected; an unknown name is bad input that
 * lists the names the registry knows.
 */
public final class PluginRegistry {

  private final Map<Class<?>, Map<String, Provider<?>>> byKind = new LinkedHashMap<>();
  private final Map<Provider<?>, String> origins = new LinkedHashMap<>();

  private PluginRegistry() {
  }

  /** The built-ins and whatever the context class loader provides. */
  public static PluginRegistry load() {
    return load(PluginRegistry.class.getClassLoader());
  }

  /** The plugins visible to a class loader (e.g. one over jars from {@code --plugins DIR}). */
  public static PluginRegistry load(ClassLoader loader) {
    PluginRegistry r = new PluginRegistry();
    for (Class<? extends Provider<?>> kind : kinds()) {
      r.register(kind, loader);
    }
    return r;
  }

  /** The provider interfaces, one per plugin kind. */
  public static List<Class<? extends Provider<?>>> kinds() {
    return List.of(ChannelModelProvider.class, AccuracyModelProvider.class, PolicyProvider.class);
  }

  private void register(Class<? extends Provider<?>> kind, ClassLoader loader) {
    Map<String, Provider<?>> named = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
    for (Provider<?> p : ServiceLoader.load(kind, loader)) {
      String key = p.name().toLowerCase(Locale.ROOT);
      Provider<?> previous = named.putIfAbsent(key, p);
      if (previous != null && previous.getClass() != p.getClass()) {
        throw new InputException(origin(p), 0, 0, kindName(kind),
            "duplicate plugin name '" + key + "' (also " + origin(previous) + ")");
      }
      origins.putIfAbsent(p, origin(p));
    }
  }

  /** "built-in" for classes of the core's own jar or directory, else where the class came from. */
  private static String origin(Provider<?> p) {
    var source = p.getClass().getProtectionDomain().getCodeSource();
    var core = PluginRegistry.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null
        || core != null && source.getLocation().equals(core.getLocation())) {
      return "built-in";
    }
    try {
      return java.nio.file.Path.of(source.getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return source.getLocation().toString();
    }
  }

  /** A kind's short name: "policy" for PolicyProvider. */
  public static String kindName(Class<?> kind) {
    String s = kind.getSimpleName().replace("Provider", "");
    return s.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Names known for a kind, sorted. */
  public List<String> names(Class<? extends Provider<?>> kind) {
    return new ArrayList<>(byKind.getOrDefault(kind, Map.of()).keySet());
  }

  /** The providers of a kind, sorted by name. */
  public List<Provider<?>> providers(Class<? extends Provider<?>> kind) {
    return Collections.unmodifiableList(new ArrayList<>(byKind.getOrDefault(kind, Map.of()).values()));
  }

  /** Where a provider was loaded from: "built-in" or the jar path. */
  public String originOf(Provider<?> p) {
    return origins.getOrDefault(p, "built-in");
  }

  /**
   * The provider of a kind by name.
   *
   * @param field the scenario key that named it, for the message
   * @throws InputException listing the known names if there is none
   */
  @SuppressWarnings("unchecked")
  public <T> Provider<T> provider(Class<? extends Provider<T>> kind, String name, String source,
      String field) {
    Provider<?> p = byKind.getOrDefault(kind, Map.of()).get(name.toLowerCase(Locale.ROOT));
    if (p == null) {
      throw new InputException(source, 0, 0, field, "unknown " + kindName(kind) + " '" + name
          + "'; known: " + String.join(", ", names(kind)));
    }
    return (Provider<T>) p;
  }

  /** The scenario's channel model. */
  public ChannelModel channelModel(Scenario s) {
    String name = s.radio().channel();
    return provider(ChannelModelProvider.class, name, s.source(), "radio.channel")
        .create(PluginContext.of(s, name));
  }

  /** The scenario's accuracy model. */
  public AccuracyModel accuracyModel(Scenario s) {
    String name = s.model().accuracy();
    return provider(AccuracyModelProvider.class, name, s.source(), "model.accuracy")
        .create(PluginContext.of(s, name));
  }

  /** A fresh instance of the scenario's policy (policies keep per-run state). */
  public Policy policy(Scenario s) {
    String name = s.optimizer().policy();
    return provider(PolicyProvider.class, name, s.source(), "optimizer.policy")
        .create(PluginContext.of(s, name));
  }
}
