package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.plugin.PluginLoading;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.plugin.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fluidedge plugins [--plugins DIR]...}: lists the plugins found, by kind, then name, with
 * where each came from ({@code built-in} or the jar's path) and its one-line description, and
 * under it the configuration keys it accepts in the scenario's {@code plugins.<name>} section.
 */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    description = "List the plugins found (built-in and from --plugins directories), by kind and "
        + "name.")
public final class PluginsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Directory of plugin jars to load (repeatable).")
  private List<Path> pluginDirs = new ArrayList<>();

  /** Prints one block per kind and one line per plugin; returns 0. */
  @Override
  public Integer call() {
    PluginRegistry registry = PluginLoading.registry(pluginDirs);
    PrintWriter out = spec.commandLine().getOut();
    int nameWidth = 4;
    int originWidth = 6;
    for (Class<? extends Provider<?>> kind : PluginRegistry.kinds()) {
      for (Provider<?> p : registry.providers(kind)) {
        nameWidth = Math.max(nameWidth, p.name().length());
        originWidth = Math.max(originWidth, registry.originOf(p).length());
      }
    }
    String row = "  %-" + nameWidth + "s  %-" + originWidth + "s  %s";
    boolean first = true;
    for (Class<? extends Provider<?>> kind : PluginRegistry.kinds()) {
      if (!first) {
        out.println();
      }
      first = false;
      List<Provider<?>> providers = registry.providers(kind);
      out.println(PluginRegistry.kindName(kind) + " (" + providers.size() + ")");
      for (Provider<?> p : providers) {
        out.println(String.format(Locale.ROOT, row, p.name().toLowerCase(Locale.ROOT),
            registry.originOf(p), p.description()).stripTrailing());
        if (!p.configKeys().isEmpty()) {
          out.println("      keys (plugins." + p.name().toLowerCase(Locale.ROOT) + "): "
              + String.join(", ", new TreeSet<>(p.configKeys())));
        }
      }
    }
    out.flush();
    return CommandLines.OK;
  }
}
