package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.LoadedScenario;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What every plugin provider must do, whatever its kind: a usable name and description,
 * lower-kebab configuration keys, registration through ServiceLoader under its name, and
 * acceptance of its contract scenario by {@link PluginRegistry#validate} (while an unknown
 * configuration key is rejected at its line).
 *
 * <p>Extend one of the kind contracts ({@link ChannelModelContract}, {@link TrafficSourceContract},
 * {@link AccuracyModelContract}, {@link PolicyContract}, {@link EntityPluginContract}), not this.
 * The scenario comes from {@link #scenarioYaml()}: a small, fast one by default; override it to
 * select the plugin and give it settings (see {@link #SMALL_SCENARIO}).
 *
 * @param <P> the provider interface of the kind
 */
public abstract class ProviderContract<P extends Provider<?>> {

  /**
   * A small scenario (K = 2, N = 1, M = 4, 0.2 s in 10 blocks) without a {@code plugins:}
   * section, for subclasses to extend with their selection and settings.
   */
  public static final String SMALL_SCENARIO = """
      name: contract
      seed: 7
      duration-s: 0.2
      coherence-s: 0.02
      radio: {users: 2, user-antennas: 1, bs-antennas: 4}
      optimizer: {max-iterations: 5}
      output: {window-s: 0.05, plots: false}
      """;

  /** The provider under test. */
  protected abstract P provider();

  /** The provider interface of the kind, e.g. {@code PolicyProvider.class}. */
  protected abstract Class<P> kind();

  /**
   * The scenario the plugin is created in, as YAML: {@link #SMALL_SCENARIO} by default. Override
   * to select the plugin (e.g. {@code optimizer: {policy: mine}}) and configure it under
   * {@code plugins:}.
   */
  protected String scenarioYaml() {
    return SMALL_SCENARIO;
  }

  /**
   * Whether the provider is registered through {@code META-INF/services} on its class loader
   * (true for every real plugin; false only for test doubles).
   */
  protected boolean registered() {
    return true;
  }

  /** The contract scenario with key locations (source name {@code contract.yaml}). */
  protected final LoadedScenario loaded() {
    return ScenarioLoader.loadWithLocations(scenarioYaml(), "contract.yaml", List.of());
  }

  /** The contract scenario. */
  protected final Scenario scenario() {
    return loaded().scenario();
  }

  /** The plugin's context in the contract scenario. */
  protected final PluginContext context() {
    return PluginContext.of(loaded(), provider().name());
  }

  /** The registry over the provider's own class loader (built-ins and the plugin's jar). */
  protected final PluginRegistry registry() {
    return PluginRegistry.load(provider().getClass().getClassLoader());
  }

  @Test
  public void name_isLowerKebabCaseOnceLowered() {
    assertThat(provider().name().toLowerCase(Locale.ROOT)).matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  @Test
  public void description_isOneNonBlankLine() {
    assertThat(provider().description()).isNotBlank().doesNotContain("\n");
  }

  @Test
  public void configKeys_areLowerKebabCase() {
    assertThat(provider().configKeys()).isNotNull()
        .allSatisfy(k -> assertThat(k).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  public void registry_findsTheProviderByNameUnderItsKind() {
    if (!registered()) {
      return;
    }
    PluginRegistry registry = registry();
    String name = provider().name().toLowerCase(Locale.ROOT);
    assertThat(registry.names(kind())).contains(name);
    assertThat(registry.providers(kind())).anySatisfy(p -> {
      assertThat(p.name().toLowerCase(Locale.ROOT)).isEqualTo(name);
      assertThat(p).isInstanceOf(provider().getClass());
    });
  }

  @Test
  public void validate_acceptsTheContractScenario() {
    if (registered()) {
      registry().validate(loaded());
    }
  }

  @Test
  public void validate_rejectsAnUnknownKeyAtItsLine() {
    if (!registered()) {
      return;
    }
    String name = provider().name();
    String yaml = SMALL_SCENARIO + "plugins:\n  " + name + ":\n    no-such-key: 1\n";
    LoadedScenario bad = ScenarioLoader.loadWithLocations(yaml, "contract.yaml", List.of());
    assertThatThrownBy(() -> registry().validate(bad))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("contract.yaml:" + (yaml.lines().count()) + ":5: plugins."
            + name + ".no-such-key: unknown key");
  }
}
