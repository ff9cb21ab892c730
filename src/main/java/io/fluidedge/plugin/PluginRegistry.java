package io.fluidedge.plugin;

import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.optimize.Policy;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.SourceMap;
import io.fluidedge.scenario.Suggest;
import io.fluidedge.traffic.TrafficSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All plugins found by ServiceLoader on a class loader (built-ins included), keyed by kind and
 * lower-case name. Duplicate names within a kind are rejected; an unknown name is bad input that
 * lists the names the registry knows.
 *
 * <p>How a scenario selects plugins: {@code radio.channel}, {@code model.accuracy},
 * {@code optimizer.policy} and {@code traffic.source} each name one plugin of their kind; every
 * entry of the {@code plugins:} section is the configuration of the plugin of that name (of any
 * kind), and an entry naming an entity plugin also makes that entity run.
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
    return List.of(ChannelModelProvider.class, AccuracyModelProvider.class, PolicyProvider.class,
        TrafficSourceProvider.class, EntityPluginProvider.class);
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
      throw new InputException(source, 0, 0, field, unknown(kind, name));
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

  /** The scenario's traffic source, opened (close it when done). */
  public TrafficSource trafficSource(Scenario s) {
    String name = s.traffic().source();
    return provider(TrafficSourceProvider.class, name, s.source(), "traffic.source")
        .create(PluginContext.of(s, name));
  }

  /**
   * Fresh instances of the entity plugins the scenario runs: one per {@code plugins:} entry that
   * names an entity plugin, keyed by the entry's name, in name order.
   *
   * @throws InputException if an entry names no plugin of any kind
   */
  public Map<String, EntityPlugin> entityPlugins(Scenario s) {
    Map<String, EntityPlugin> out = new LinkedHashMap<>();
    for (String name : new TreeSet<>(s.plugins().keySet())) {
      if (named(name).isEmpty()) {
        throw new InputException(s.source(), 0, 0, "plugins." + name, unknownPlugin(name));
      }
      Provider<?> p = byKind.getOrDefault(EntityPluginProvider.class, Map.of())
          .get(name.toLowerCase(Locale.ROOT));
      if (p != null) {
        out.put(name, ((EntityPluginProvider) p).create(PluginContext.of(s, name)));
      }
    }
    return out;
  }

  /**
   * Checks a loaded scenario's plugin choices before anything runs, so that errors name the file
   * and line the user wrote: the channel model, accuracy model, policy and traffic source exist;
   * every {@code plugins:} entry names a plugin; its keys are among the plugin's
   * {@link Provider#configKeys()}; and a plugin with settings accepts their values (it is created
   * once and discarded, closed if it is {@link AutoCloseable}).
   *
   * @throws InputException for the first problem, listing the known names or keys
   */
  public void validate(LoadedScenario loaded) {
    Scenario s = loaded.scenario();
    SourceMap at = loaded.locations();
    requireKnown(at, ChannelModelProvider.class, s.radio().channel(), "radio.channel");
    requireKnown(at, AccuracyModelProvider.class, s.model().accuracy(), "model.accuracy");
    requireKnown(at, PolicyProvider.class, s.optimizer().policy(), "optimizer.policy");
    requireKnown(at, TrafficSourceProvider.class, s.traffic().source(), "traffic.source");
    for (String name : new TreeSet<>(s.plugins().keySet())) {
      List<Provider<?>> named = named(name);
      if (named.isEmpty()) {
        throw at.keyError("plugins." + name, unknownPlugin(name));
      }
      Set<String> keys = new TreeSet<>();
      for (Provider<?> p : named) {
        keys.addAll(p.configKeys());
      }
      Map<String, Object> config = s.plugins().get(name);
      for (String key : config.keySet()) {
        if (!keys.contains(key)) {
          throw at.keyError("plugins." + name + "." + key, keys.isEmpty()
              ? "unknown key; plugin '" + name + "' takes no settings"
              : "unknown key; known keys of '" + name + "': " + String.join(", ", keys));
        }
      }
      if (!config.isEmpty()) {
        for (Provider<?> p : named) {
          closeQuietly(p.create(PluginContext.of(loaded, name)));
        }
      }
    }
  }

  private void requireKnown(SourceMap at, Class<? extends Provider<?>> kind, String name,
      String key) {
    if (!names(kind).contains(name.toLowerCase(Locale.ROOT))) {
      throw at.error(key, unknown(kind, name));
    }
  }

  /** The providers of every kind with this name (case-insensitive). */
  private List<Provider<?>> named(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    List<Provider<?>> out = new ArrayList<>();
    for (Map<String, Provider<?>> named : byKind.values()) {
      Provider<?> p = named.get(key);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** "unknown policy 'jiont'; known: ...; did you mean 'joint'?" */
  private String unknown(Class<? extends Provider<?>> kind, String name) {
    return "unknown " + kindName(kind) + " '" + name + "'; known: "
        + String.join(", ", names(kind))
        + Suggest.didYouMean(name.toLowerCase(Locale.ROOT), names(kind));
  }

  private String unknownPlugin(String name) {
    StringBuilder known = new StringBuilder();
    List<String> all = new ArrayList<>();
    for (Class<? extends Provider<?>> kind : kinds()) {
      if (known.length() > 0) {
        known.append("; ");
      }
      known.append(kindName(kind)).append(": ").append(String.join(", ", names(kind)));
      all.addAll(names(kind));
    }
    return "unknown plugin '" + name + "'; known: " + known
        + Suggest.didYouMean(name.toLowerCase(Locale.ROOT), all);
  }

  private static void closeQuietly(Object created) {
    if (created instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // Created only to check its settings; nothing depends on the close.
      }
    }
  }
}
